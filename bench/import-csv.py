#!/usr/bin/env python3
"""Writes the import benchmark's CSV (UTF-8, CRLF, a header and ROWS data rows) to stdout.

Companies with Chinese names, provinces and cities that belong together, unique valid mobile
numbers and, in about 60 % of the rows, a unique email address. About DUPLICATES % of the rows
repeat an earlier row (half of them word for word, half with the phone written differently,
"+86 138-1234-5678", and another note), so that the import finds them by their normalised phone.
Industry, level and source are written the ways people do (制造, 批发零售, VIP, 官网 ...): codes,
labels or synonyms of the vocabularies, which the import stores as their codes.
Deterministic: the same arguments write the same bytes.

    python3 bench/import-csv.py ROWS [DUPLICATES_PERCENT] > file.csv
"""
import random
import sys

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
DUPLICATES = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0

# every row number maps to a different name and phone: n -> n * STEP mod SPACE is one to one
NAME_SPACE = 20 * 40 * 40 * 40 * 24
PHONE_SPACE = 100_000_000
STEP = 7_919_993  # prime, shares no factor with either space

PLACES = [("广东", "深圳"), ("广东", "广州"), ("广东", "东莞"), ("浙江", "杭州"), ("浙江", "宁波"),
          ("江苏", "南京"), ("江苏", "苏州"), ("江苏", "无锡"), ("四川", "成都"), ("湖北", "武汉"),
          ("山东", "青岛"), ("山东", "济南"), ("福建", "厦门"), ("福建", "福州"), ("河南", "郑州"),
          ("湖南", "长沙"), ("陕西", "西安"), ("北京", "北京"), ("上海", "上海"), ("天津", "天津")]
BRAND = list("华瑞达恒信泰鑫盛源宏嘉兴隆昌祥和丰诚茂永安康富佳宇天正中新博远明德弘顺景润辉凯亿")
INDUSTRIES = [("科技", "软件"), ("贸易", "批发零售"), ("制造", "制造业"), ("电子", "电子制造"), ("物流", "交通运输"),
              ("餐饮管理", "餐饮"), ("建筑工程", "建筑"), ("医药", "医疗健康"), ("文化传媒", "文化传媒"),
              ("教育咨询", "教育"), ("新材料", "化工"), ("食品", "食品制造"), ("环保", "环保"),
              ("信息技术", "软件"), ("农业发展", "农业"), ("汽车服务", "维修"), ("家居", "零售"),
              ("服饰", "纺织服装"), ("能源", "能源"), ("网络科技", "互联网"), ("机械设备", "机械"),
              ("供应链管理", "物流"), ("实业", "制造"), ("投资管理", "金融")]
SUFFIXES = ["有限公司", "股份有限公司", "有限责任公司"]
PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
            "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187",
            "188", "189", "199"]
STREETS = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "科技园路", "滨江大道", "长江路", "东风路"]
LEVELS = ["A", "B", "C", "VIP", "重要", "普通"]
SOURCES = ["展会", "官网", "电话营销", "朋友介绍", "广告", "渠道合作", "老客户推荐"]
TAGS = ["重点客户", "华东", "华南", "新客户", "待跟进", "大客户", "长期合作", "潜在"]
NOTES = ["", "", "", "年度采购意向明确", "需要报价单", "已寄样品，等待反馈", "联系人周一至周五在岗", "对价格敏感"]


def company(i):
    n = i * STEP % NAME_SPACE
    place = PLACES[n % 20]
    n //= 20
    brand = BRAND[n % 40] + BRAND[n // 40 % 40] + BRAND[n // 1600 % 40]
    n //= 64000
    industry = INDUSTRIES[n % 24]
    return place, place[1] + brand + industry[0] + SUFFIXES[i % 3], industry[1]


def phone(i):
    return PREFIXES[i % len(PREFIXES)] + "%08d" % (i * STEP % PHONE_SPACE)


def quoted(cell):
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def row(i, rnd):
    (province, city), name, industry = company(i)
    email = "sales%d@%s.example.cn" % (i, "abcdefgh"[i % 8]) if rnd.random() < 0.6 else ""
    address = "%s%s%d号" % (city, rnd.choice(STREETS), rnd.randint(1, 999))
    tags = "、".join(rnd.sample(TAGS, rnd.randint(0, 2)))
    return [name, phone(i), email, province, city, address, industry, rnd.choice(LEVELS), rnd.choice(SOURCES),
            rnd.choice(NOTES), tags]


def main():
    if ROWS > NAME_SPACE:
        sys.exit("at most %d rows" % NAME_SPACE)
    rnd = random.Random(20240501)
    out = sys.stdout
    out.reconfigure(encoding="utf-8", newline="")
    out.write("客户名称,手机,邮箱,省份,城市,地址,行业,级别,来源,备注,标签\r\n")
    written = []  # the rows so far, for duplicates (only the cells, kept as one line)
    originals = 0
    for n in range(ROWS):
        if written and rnd.random() * 100 < DUPLICATES:
            cells = list(rnd.choice(written))
            if rnd.random() < 0.5:
                p = cells[1]
                cells[1] = "+86 %s-%s-%s" % (p[:3], p[3:7], p[7:])
                cells[9] = "重复录入"
        else:
            cells = row(originals + 1, rnd)
            originals += 1
            if len(written) < 200_000:
                written.append(cells)
            else:
                written[rnd.randrange(len(written))] = cells
        out.write(",".join(quoted(c) for c in cells) + "\r\n")


if __name__ == "__main__":
    main()

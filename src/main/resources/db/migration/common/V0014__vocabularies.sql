-- The vocabularies of the customer fields level, industry and source. Each entry has the code
-- customers store (it never changes), a Chinese and an English label, synonyms (a JSON array of
-- strings) that are accepted and stored as the code, a place in display order and whether it
-- takes new values (a retired entry stays on the customers that hold it; entries are never deleted).
create table vocabulary_entries (
    field    varchar(16)   not null,
    code     varchar(100)  not null,
    label_zh varchar(100)  not null,
    label_en varchar(100)  not null,
    synonyms varchar(8000) not null,
    position integer       not null,
    active   boolean       not null,
    primary key (field, code),
    constraint vocabulary_entries_field check (field in ('level', 'industry', 'source'))
);

-- Levels A to D; industries are the 20 sections of GB/T 4754-2017 (国民经济行业分类), stored by
-- their Chinese names and also written with their section letters; sources of first contact.
insert into vocabulary_entries (field, code, label_zh, label_en, synonyms, position, active) values
    ('level', 'A', '重点客户', 'Key account', '["A级", "A类", "A级客户", "A类客户", "重点", "VIP", "Key"]', 1, true),
    ('level', 'B', '重要客户', 'Important account', '["B级", "B类", "B级客户", "B类客户", "重要", "Important"]', 2, true),
    ('level', 'C', '普通客户', 'Regular account', '["C级", "C类", "C级客户", "C类客户", "普通", "一般客户", "Regular"]', 3, true),
    ('level', 'D', '低价值客户', 'Low-value account', '["D级", "D类", "D级客户", "D类客户", "低价值", "小客户", "Low value"]', 4, true),
    ('industry', '农、林、牧、渔业', '农、林、牧、渔业', 'Agriculture, Forestry, Animal Husbandry and Fishery', '["A", "农林牧渔", "农业", "林业", "畜牧业", "渔业", "养殖", "Agriculture", "Farming"]', 1, true),
    ('industry', '采矿业', '采矿业', 'Mining', '["B", "采矿", "矿业", "煤炭开采"]', 2, true),
    ('industry', '制造业', '制造业', 'Manufacturing', '["C", "制造", "生产制造", "加工制造", "工业", "机械", "机械制造", "电子制造", "化工", "纺织服装", "服装纺织", "食品制造", "医药制造", "汽车制造"]', 3, true),
    ('industry', '电力、热力、燃气及水生产和供应业', '电力、热力、燃气及水生产和供应业', 'Electricity, Heat, Gas and Water Production and Supply', '["D", "电力", "热力", "燃气", "供水", "水务", "能源", "公用事业", "Utilities", "Energy"]', 4, true),
    ('industry', '建筑业', '建筑业', 'Construction', '["E", "建筑", "建筑工程", "建工", "装修", "装饰装修", "工程施工"]', 5, true),
    ('industry', '批发和零售业', '批发和零售业', 'Wholesale and Retail Trade', '["F", "批发", "零售", "批发零售", "贸易", "商贸", "商业", "电商", "电子商务", "Wholesale", "Retail", "Trade", "E-commerce"]', 6, true),
    ('industry', '交通运输、仓储和邮政业', '交通运输、仓储和邮政业', 'Transport, Storage and Postal Services', '["G", "交通运输", "运输", "物流", "仓储", "快递", "邮政", "Logistics", "Transportation"]', 7, true),
    ('industry', '住宿和餐饮业', '住宿和餐饮业', 'Accommodation and Catering', '["H", "住宿", "餐饮", "餐饮管理", "酒店", "Hotel", "Catering", "Hospitality"]', 8, true),
    ('industry', '信息传输、软件和信息技术服务业', '信息传输、软件和信息技术服务业', 'Information Transmission, Software and Information Technology Services', '["I", "软件", "软件服务", "信息技术", "IT", "互联网", "网络科技", "通信", "电信", "Software", "Internet", "Telecommunications"]', 9, true),
    ('industry', '金融业', '金融业', 'Finance', '["J", "金融", "银行", "保险", "证券", "投资", "基金", "Banking", "Insurance"]', 10, true),
    ('industry', '房地产业', '房地产业', 'Real Estate', '["K", "房地产", "地产", "房产", "物业", "物业管理", "Property"]', 11, true),
    ('industry', '租赁和商务服务业', '租赁和商务服务业', 'Leasing and Business Services', '["L", "租赁", "商务服务", "企业服务", "咨询", "咨询服务", "企业管理咨询", "广告", "人力资源", "Consulting", "Business services"]', 12, true),
    ('industry', '科学研究和技术服务业', '科学研究和技术服务业', 'Scientific Research and Technical Services', '["M", "科学研究", "科研", "技术服务", "研发", "检验检测", "工程设计", "Research", "Research and development"]', 13, true),
    ('industry', '水利、环境和公共设施管理业', '水利、环境和公共设施管理业', 'Water Conservancy, Environment and Public Facilities Management', '["N", "水利", "环境", "环保", "环境治理", "公共设施", "园林绿化", "Environmental protection"]', 14, true),
    ('industry', '居民服务、修理和其他服务业', '居民服务、修理和其他服务业', 'Resident Services, Repair and Other Services', '["O", "居民服务", "修理", "维修", "家政", "美容美发", "Repair", "Household services"]', 15, true),
    ('industry', '教育', '教育', 'Education', '["P", "教育培训", "培训", "学校", "教育咨询", "Training"]', 16, true),
    ('industry', '卫生和社会工作', '卫生和社会工作', 'Health and Social Work', '["Q", "卫生", "医疗", "医疗卫生", "医疗健康", "医院", "社会工作", "养老", "Healthcare", "Health"]', 17, true),
    ('industry', '文化、体育和娱乐业', '文化、体育和娱乐业', 'Culture, Sports and Entertainment', '["R", "文化", "体育", "娱乐", "文化传媒", "传媒", "影视", "出版", "新闻出版", "Media", "Entertainment"]', 18, true),
    ('industry', '公共管理、社会保障和社会组织', '公共管理、社会保障和社会组织', 'Public Administration, Social Security and Social Organizations', '["S", "公共管理", "政府", "政府机关", "社会保障", "社会组织", "事业单位", "Government", "Public administration"]', 19, true),
    ('industry', '国际组织', '国际组织', 'International Organizations', '["T", "International organisations"]', 20, true),
    ('source', '电话营销', '电话营销', 'Telemarketing', '["电销", "电话", "电话销售", "陌生电话", "Telesales", "Cold call"]', 1, true),
    ('source', '网站', '网站', 'Website', '["官网", "官方网站", "网站咨询", "在线咨询", "网页", "Web"]', 2, true),
    ('source', '展会', '展会', 'Trade show', '["展览会", "展览", "会展", "博览会", "交易会", "Exhibition", "Trade fair"]', 3, true),
    ('source', '转介绍', '转介绍', 'Referral', '["介绍", "朋友介绍", "客户介绍", "客户推荐", "老客户推荐", "推荐", "口碑"]', 4, true),
    ('source', '广告', '广告', 'Advertising', '["广告投放", "网络广告", "搜索推广", "搜索引擎", "SEM", "Ads", "Advertisement"]', 5, true),
    ('source', '社交媒体', '社交媒体', 'Social media', '["社媒", "新媒体", "微信", "公众号", "微博", "抖音", "小红书", "WeChat"]', 6, true),
    ('source', '线下活动', '线下活动', 'Offline event', '["活动", "会议", "研讨会", "沙龙", "地推", "线下拜访", "上门拜访", "Event", "Seminar"]', 7, true),
    ('source', '合作伙伴', '合作伙伴', 'Partner', '["渠道", "渠道合作", "代理商", "经销商", "合作伙伴推荐", "Channel", "Reseller"]', 8, true),
    ('source', '老客户', '老客户', 'Existing customer', '["复购", "回头客", "老客户复购", "续约", "Returning customer", "Repeat customer"]', 9, true),
    ('source', '其他', '其他', 'Other', '["其它", "未知", "不详", "Others", "Unknown"]', 10, true);

insert into role_permissions (role_id, permission) values ('00000000-0000-0000-0000-0000000000a1', 'vocabulary:admin');

package dev.clientele.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * Chinese company names built the way they are registered: place + distinctive name (字号) +
 * industry word + organisational form, e.g. 深圳市华泰鑫科技有限公司. Place, industry word and
 * form repeat across many companies; the distinctive name rarely does.
 */
final class CompanyNames {

	/** Characters common in distinctive names; two or three of them make one. */
	private static final String NAME_CHARACTERS = "华鑫泰盛恒达瑞丰源隆兴宏信诚安康乐美佳嘉博创新德正和福祥鸿金银天宇星辰海山川云峰林森远航东方中"
			+ "亿万通汇聚合力凯旭阳光明辉腾飞龙凤豪杰俊宁雅卓越优品智慧思维启迪领锐捷迅精工联众普惠同仁永长青春晨曦朗润泽沃"
			+ "富贵顺吉裕广伟立鼎昌茂荣耀煌蓝绿紫石玉宝钻铭诺义礼勇诗韵尚道易铂晟翔麟奥唯艺峻岚澜清源昊宸熙逸骏驰骐";

	/** An industry word of a company name and the industry it stands for, with a relative weight. */
	record Industry(String word, String industry, int weight) {
	}

	private static final String MANUFACTURING = "制造业";

	private static final String IT = "信息传输、软件和信息技术服务业";

	private static final String TRADE = "批发和零售业";

	private static final String LOGISTICS = "交通运输、仓储和邮政业";

	private static final String BUSINESS_SERVICES = "租赁和商务服务业";

	private static final String REAL_ESTATE = "房地产业";

	/** The industries are codes of the industry vocabulary: sections of GB/T 4754-2017. */
	static final List<Industry> INDUSTRIES = List.of(new Industry("科技", IT, 20), new Industry("网络科技", IT, 6),
			new Industry("信息技术", IT, 5), new Industry("软件", IT, 3), new Industry("电子", MANUFACTURING, 6),
			new Industry("贸易", TRADE, 10), new Industry("商贸", TRADE, 5), new Industry("实业", MANUFACTURING, 6),
			new Industry("机械设备", MANUFACTURING, 4), new Industry("建筑工程", "建筑业", 3), new Industry("建材", MANUFACTURING, 2),
			new Industry("物流", LOGISTICS, 3), new Industry("供应链管理", LOGISTICS, 2), new Industry("食品", MANUFACTURING, 3),
			new Industry("医疗器械", MANUFACTURING, 2), new Industry("生物科技", "科学研究和技术服务业", 2),
			new Industry("医药", MANUFACTURING, 1), new Industry("文化传媒", "文化、体育和娱乐业", 3),
			new Industry("广告", BUSINESS_SERVICES, 1), new Industry("教育咨询", "教育", 2),
			new Industry("企业管理咨询", BUSINESS_SERVICES, 2), new Industry("餐饮管理", "住宿和餐饮业", 2),
			new Industry("服装", MANUFACTURING, 2), new Industry("纺织", MANUFACTURING, 1),
			new Industry("新能源", "电力、热力、燃气及水生产和供应业", 2), new Industry("环保科技", "水利、环境和公共设施管理业", 2),
			new Industry("汽车销售服务", TRADE, 1), new Industry("房地产开发", REAL_ESTATE, 1), new Industry("物业管理", REAL_ESTATE, 1),
			new Industry("农业发展", "农、林、牧、渔业", 1), new Industry("化工", MANUFACTURING, 1), new Industry("家居", MANUFACTURING, 1),
			new Industry("投资", "金融业", 1));

	private static final int TOTAL_WEIGHT = INDUSTRIES.stream().mapToInt(Industry::weight).sum();

	private CompanyNames() {
	}

	/** A registered name and its parts. */
	record CompanyName(String name, String distinctive, Industry industry) {
	}

	static CompanyName next(Regions.City city, Random random) {
		StringBuilder distinctive = new StringBuilder();
		int length = random.nextInt(3) == 0 ? 3 : 2;
		for (int i = 0; i < length; i++) {
			distinctive.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
		}
		Industry industry = industry(random);
		String place = place(city, random.nextInt(20));
		String form = switch (random.nextInt(20)) {
			case 0, 1 -> "股份有限公司";
			case 2 -> "集团有限公司";
			default -> "有限公司";
		};
		return new CompanyName(place + distinctive + industry.word() + form, distinctive.toString(), industry);
	}

	/** Mostly the city, sometimes the province's short name, sometimes no place at all. */
	private static String place(Regions.City city, int dice) {
		if (dice < 14 && city.name().endsWith("市")) {
			return city.name();
		}
		if (dice < 17) {
			return shortProvince(city.province());
		}
		return "";
	}

	private static String shortProvince(String province) {
		for (String suffix : List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市")) {
			if (province.endsWith(suffix)) {
				return province.substring(0, province.length() - suffix.length());
			}
		}
		return province;
	}

	private static Industry industry(Random random) {
		int ticket = random.nextInt(TOTAL_WEIGHT);
		for (Industry industry : INDUSTRIES) {
			ticket -= industry.weight();
			if (ticket < 0) {
				return industry;
			}
		}
		throw new IllegalStateException("weights");
	}

}

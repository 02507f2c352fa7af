package dev.clientele.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import net.datafaker.Faker;

/**
 * An endless, deterministic stream of realistic customers: about 60% Chinese companies, 30%
 * Chinese persons and 10% English names (companies and persons). The same seed and owners give
 * the same customers in the same order.
 */
final class DemoCustomers {

	/** Levels and sources are codes of their vocabularies. */
	private static final List<String> LEVELS = List.of("A", "B", "B", "C", "C", "C", "C", "D", "D", "D");

	private static final List<String> SOURCES = List.of("展会", "网站", "转介绍", "电话营销", "广告", "线下活动", "社交媒体",
			"老客户");

	private static final List<String> STATUSES = List.of("潜在", "潜在", "潜在", "跟进中", "跟进中", "跟进中", "已成交", "已成交",
			"已成交", "已流失");

	private static final List<String> TAGS = List.of("重点客户", "VIP", "老客户", "新客户", "高意向", "待回访", "大客户", "政府关系",
			"上市公司", "外资企业", "价格敏感", "需要发票");

	private static final List<String> TITLES = List.of("总经理", "副总经理", "董事长", "采购经理", "采购专员", "财务总监",
			"技术总监", "销售经理", "市场总监", "行政主管", "人事经理", "项目经理");

	private static final List<String> ENGLISH_TITLES = List.of("CEO", "Managing Director", "Purchasing Manager", "CFO",
			"CTO", "Sales Director", "Office Manager", "Project Manager");

	private static final List<String> STREETS = List.of("人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "科技园路",
			"长江路", "黄河路", "文化路", "工业大道", "创业路", "世纪大道", "滨江路", "南京路", "高新大道");

	private static final List<String> PERSONAL_MAIL = List.of("163.com", "126.com", "sina.com", "foxmail.com", "qq.com");

	private static final List<String> COMPANY_MAILBOXES = List.of("info", "sales", "service", "contact", "admin", "hr");

	private static final List<String> NOTES = List.of("展会上交换过名片，对新品感兴趣。", "老客户介绍，需尽快安排拜访。",
			"要求提供报价单和样品。", "预算审批中，下季度再联系。", "已签框架协议，关注续约时间。", "对价格比较敏感，需要申请折扣。");

	/** The thirty most frequent surnames, about 70% of the population; the rest come from Faker's long list. */
	private static final List<String> COMMON_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
			"徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");

	private final Random random;

	private final Faker chinese;

	private final Faker english;

	private final Regions regions;

	private final List<UUID> owners;

	DemoCustomers(long seed, List<UUID> owners, Regions regions) {
		if (owners.isEmpty()) {
			throw new IllegalArgumentException("Demo customers need at least one owner");
		}
		this.random = new Random(seed);
		this.chinese = new Faker(Locale.SIMPLIFIED_CHINESE, random);
		this.english = new Faker(Locale.ENGLISH, random);
		this.regions = regions;
		this.owners = List.copyOf(owners);
	}

	/** A customer to create and, for a company, the contacts to add to it. */
	record DemoCustomer(CustomerInput customer, List<ContactInput> contacts) {
	}

	DemoCustomer next() {
		int dice = random.nextInt(100);
		if (dice < 60) {
			return chineseCompany();
		}
		if (dice < 90) {
			return chinesePerson();
		}
		return dice < 95 ? englishCompany() : englishPerson();
	}

	private DemoCustomer chineseCompany() {
		Regions.City city = regions.pick(random);
		CompanyNames.CompanyName name = CompanyNames.next(city, random);
		List<EmailInput> emails = new ArrayList<>();
		if (random.nextInt(10) < 6) {
			String domain = PinyinSpelling.of(name.distinctive()) + pick(List.of(".com", ".cn", ".com.cn"));
			emails.add(new EmailInput(pick(COMPANY_MAILBOXES) + "@" + domain, "work"));
		}
		List<ContactInput> contacts = new ArrayList<>();
		int count = 1 + (random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
		for (int i = 0; i < count; i++) {
			contacts.add(contact(chineseName(), pick(TITLES), "手机", i == 0));
		}
		return new DemoCustomer(customer("company", name.name(), phones("办公", "手机"), emails, city,
				name.industry().industry()), contacts);
	}

	private DemoCustomer chinesePerson() {
		Regions.City city = regions.pick(random);
		String name = chineseName();
		List<EmailInput> emails = new ArrayList<>();
		if (random.nextInt(10) < 5) {
			String domain = pick(PERSONAL_MAIL);
			String local = domain.equals("qq.com") ? String.valueOf(10_000_000L + random.nextInt(1_999_999_999))
					: PinyinSpelling.of(name) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(2000)));
			emails.add(new EmailInput(local + "@" + domain, "personal"));
		}
		String industry = random.nextBoolean() ? pick(CompanyNames.INDUSTRIES).industry() : null;
		return new DemoCustomer(customer("person", name, phones("手机", "备用"), emails, city, industry), List.of());
	}

	private DemoCustomer englishCompany() {
		Regions.City city = regions.pick(random);
		String name = english.company().name();
		List<EmailInput> emails = new ArrayList<>();
		if (random.nextInt(10) < 7) {
			emails.add(new EmailInput(pick(COMPANY_MAILBOXES) + "@" + english.internet().domainName(), "work"));
		}
		List<ContactInput> contacts = new ArrayList<>();
		int count = 1 + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			contacts.add(contact(englishName(), pick(ENGLISH_TITLES), "mobile", i == 0));
		}
		return new DemoCustomer(customer("company", name, phones("office", "mobile"), emails, city,
				pick(CompanyNames.INDUSTRIES).industry()), contacts);
	}

	private DemoCustomer englishPerson() {
		Regions.City city = regions.pick(random);
		String name = englishName();
		List<EmailInput> emails = new ArrayList<>();
		if (random.nextInt(10) < 7) {
			emails.add(new EmailInput(english.internet().emailAddress(), "personal"));
		}
		return new DemoCustomer(customer("person", name, phones("mobile", "other"), emails, city, null), List.of());
	}

	private CustomerInput customer(String kind, String name, List<PhoneInput> phones, List<EmailInput> emails,
			Regions.City city, String industry) {
		String district = null;
		String address = null;
		if (!city.districts().isEmpty() && random.nextInt(10) < 6) {
			district = pick(city.districts());
			if (random.nextBoolean()) {
				address = district + pick(STREETS) + (1 + random.nextInt(999)) + "号";
			}
		}
		List<String> tags = new LinkedHashSet<>(List.of(pick(TAGS), pick(TAGS), pick(TAGS))).stream()
			.limit(random.nextInt(4))
			.toList();
		String notes = random.nextInt(5) == 0 ? pick(NOTES) : null;
		return new CustomerInput(kind, name, phones, emails, city.province(), city.name(), district, address, industry,
				pick(LEVELS), pick(SOURCES), pick(STATUSES), pick(owners).toString(), tags, notes, null);
	}

	private ContactInput contact(String name, String title, String phoneLabel, boolean primary) {
		List<EmailInput> emails = new ArrayList<>();
		if (random.nextInt(10) < 3) {
			emails.add(new EmailInput(PinyinSpelling.of(name.toLowerCase(Locale.ROOT)) + random.nextInt(100) + "@"
					+ pick(PERSONAL_MAIL), "work"));
		}
		return new ContactInput(name, title, List.of(new PhoneInput(mobile(), phoneLabel)), emails, primary, null, null);
	}

	/** One number, or two different ones. */
	private List<PhoneInput> phones(String firstLabel, String secondLabel) {
		String first = MobileNumbers.next(random);
		if (random.nextInt(10) < 7) {
			return List.of(new PhoneInput(MobileNumbers.typed(first, random), firstLabel));
		}
		String second = MobileNumbers.next(random);
		while (second.equals(first)) {
			second = MobileNumbers.next(random);
		}
		return List.of(new PhoneInput(MobileNumbers.typed(first, random), firstLabel),
				new PhoneInput(MobileNumbers.typed(second, random), secondLabel));
	}

	private String mobile() {
		return MobileNumbers.typed(MobileNumbers.next(random), random);
	}

	private String chineseName() {
		String surname = random.nextInt(10) < 7 ? pick(COMMON_SURNAMES) : chinese.name().lastName();
		return surname + chinese.name().firstName();
	}

	private String englishName() {
		return english.name().firstName() + " " + english.name().lastName();
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}

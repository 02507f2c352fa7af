package dev.clientele.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.PhoneInput;
import org.junit.jupiter.api.Test;

class DemoCustomersTests {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern EMAIL = Pattern.compile("[a-z0-9._'+-]{1,64}@([a-z0-9-]+\\.)+[a-z]{2,63}");

	private static final List<UUID> OWNERS = IntStream.range(0, 20)
		.mapToObj(i -> new UUID(0, i + 100))
		.toList();

	private static final Regions REGIONS = Regions.load();

	@Test
	void theSameSeedGivesTheSameCustomersAndAnotherSeedOtherOnes() {
		List<DemoCustomers.DemoCustomer> first = generate(42, 1_000);

		assertThat(generate(42, 1_000)).isEqualTo(first);
		assertThat(generate(43, 1_000)).isNotEqualTo(first);
	}

	@Test
	void aboutSixtyPercentAreChineseCompaniesThirtyChinesePersonsAndTenEnglishNames() {
		List<DemoCustomers.DemoCustomer> customers = generate(7, 10_000);
		Map<String, Long> byKind = customers.stream()
			.collect(Collectors.groupingBy(c -> c.customer().kind() + (latin(c.customer().name()) ? "/en" : "/zh"),
					Collectors.counting()));

		assertThat(byKind.get("company/zh")).isBetween(5_700L, 6_300L);
		assertThat(byKind.get("person/zh")).isBetween(2_700L, 3_300L);
		assertThat(byKind.get("company/en") + byKind.get("person/en")).isBetween(800L, 1_200L);
	}

	@Test
	void companyNamesShareCommonFragmentsButRarelyTheirDistinctiveOnes() {
		List<String> names = generate(42, 10_000).stream()
			.map(c -> c.customer().name())
			.filter(name -> name.endsWith("公司"))
			.toList();

		assertThat(names.size()).isGreaterThan(5_500);
		assertThat(names.stream().filter(name -> name.contains("有限"))).hasSameSizeAs(names);
		assertThat(names.stream().filter(name -> name.contains("科技")).count()).isGreaterThan(names.size() / 5);
		Map<String, Long> byName = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(byName.size()).isGreaterThan(names.size() * 95 / 100);
	}

	@Test
	void everyPhoneIsAValidChineseMobileNumberAndNoCustomerRepeatsOne() {
		for (DemoCustomers.DemoCustomer demo : generate(42, 5_000)) {
			List<PhoneInput> phones = demo.customer().phones();
			assertThat(phones).hasSizeBetween(1, 2);
			assertThat(phones.stream().map(p -> p.number().replaceAll("[ -]", "")).distinct()).hasSameSizeAs(phones);
			Stream.concat(phones.stream(), demo.contacts().stream().flatMap(c -> c.phones().stream()))
				.forEach(phone -> assertThat(isValidMobile(phone.number())).as(phone.number()).isTrue());
		}
	}

	@Test
	void everyPrefixAcceptsEveryEnding() {
		Random random = new Random(1);
		for (String prefix : MobileNumbers.PREFIXES) {
			assertThat(isValidMobile(prefix + "00000000")).as(prefix).isTrue();
			assertThat(isValidMobile(prefix + "99999999")).as(prefix).isTrue();
			for (int i = 0; i < 200; i++) {
				String number = prefix + String.format("%08d", random.nextInt(100_000_000));
				assertThat(isValidMobile(number)).as(number).isTrue();
			}
		}
	}

	@Test
	void valuesFitTheCustomerRules() {
		Map<String, Regions.City> cities = REGIONS.cities().stream()
			.collect(Collectors.toMap(Regions.City::name, Function.identity()));
		for (DemoCustomers.DemoCustomer demo : generate(42, 5_000)) {
			CustomerInput in = demo.customer();
			assertThat(in.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(in.name().strip()).isEqualTo(in.name());
			assertThat(cities.get(in.city()).province()).isEqualTo(in.province());
			if (in.district() != null) {
				assertThat(cities.get(in.city()).districts()).contains(in.district());
			}
			assertThat(in.level()).isIn("A", "B", "C", "D");
			assertThat(in.source()).isNotBlank();
			assertThat(in.status()).isNotBlank();
			assertThat(OWNERS).contains(UUID.fromString(in.ownerId()));
			assertThat(in.tags()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3);
			Stream.concat(in.emails().stream(), demo.contacts().stream().flatMap(c -> c.emails().stream()))
				.forEach(email -> assertThat(email.address().toLowerCase()).matches(EMAIL));
			if (in.kind().equals("company")) {
				assertThat(demo.contacts()).hasSizeBetween(1, 3);
				assertThat(demo.contacts().get(0).primary()).isTrue();
				demo.contacts().forEach(contact -> assertThat(contact.name()).isNotBlank().hasSizeLessThanOrEqualTo(100));
			}
			else {
				assertThat(demo.contacts()).isEmpty();
			}
		}
	}

	@Test
	void theRegionsCoverTheThirtyOneProvinceLevelDivisionsWithTwoToFiveCitiesEach() {
		assertThat(REGIONS.provinceCount()).isEqualTo(31);
		Map<String, Long> citiesPerProvince = REGIONS.cities().stream()
			.collect(Collectors.groupingBy(Regions.City::province, Collectors.counting()));
		assertThat(citiesPerProvince).hasSize(31);
		citiesPerProvince.forEach((province, cities) -> {
			boolean municipality = List.of("北京市", "天津市", "上海市", "重庆市").contains(province);
			assertThat(cities).as(province).isBetween(municipality ? 1L : 2L, 5L);
		});
	}

	private static List<DemoCustomers.DemoCustomer> generate(long seed, int count) {
		DemoCustomers generator = new DemoCustomers(seed, OWNERS, REGIONS);
		List<DemoCustomers.DemoCustomer> customers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			customers.add(generator.next());
		}
		return customers;
	}

	private static boolean latin(String name) {
		return name.chars().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
	}

	private static boolean isValidMobile(String text) {
		try {
			PhoneNumber number = PHONES.parse(text, "CN");
			return PHONES.isValidNumber(number) && PHONES.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

}

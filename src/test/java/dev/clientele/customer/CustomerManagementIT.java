package dev.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.UserManagement;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.DefineCustomField;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.filter.Filter;
import dev.clientele.filter.FilterOp;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class CustomerManagementIT extends DatabaseIT {

	static final WriteContext SYSTEM = new WriteContext(UserManagement.SYSTEM_USER, Source.system("test"));

	@Autowired
	CustomerManagement customers;

	@Autowired
	CustomFieldManagement customFields;

	@Autowired
	ContactManagement contacts;

	@Autowired
	ApplicationEvents events;

	@Test
	void eachWritePublishesAnEventThatCarriesIdsAndFieldNamesOnly() {
		Customer created = customers.create(new CreateCustomer(input("事件测试", "13800000001"), SYSTEM));
		customers.update(new UpdateCustomer(created.id(), 1, withCity(input("事件测试", "13800000001"), "无锡市"), SYSTEM));
		customers.delete(created.id(), SYSTEM);
		customers.restore(created.id(), SYSTEM);

		assertThat(events.stream(CustomerCreated.class)).containsExactly(new CustomerCreated(created.id(), 1, UserManagement.SYSTEM_USER));
		assertThat(events.stream(CustomerChanged.class))
			.containsExactly(new CustomerChanged(created.id(), 2, UserManagement.SYSTEM_USER, List.of("city")));
		assertThat(events.stream(CustomerDeleted.class)).hasSize(1);
		assertThat(events.stream(CustomerRestored.class)).hasSize(1);
		assertThat(customers.versions(created.id())).extracting(RecordVersion::source).containsOnly("system:test");
	}

	@Test
	void aRejectedWriteLeavesNeitherTheRowNorAVersionNorAnEvent() {
		String key = "ref" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
		customFields.define(new DefineCustomField(FieldEntity.CUSTOMER, key, "Ref", CustomFieldType.TEXT, false, true, List.of()));
		customers.create(new CreateCustomer(withCustom(input("唯一甲方", "13800000002"), key, "R-1"), SYSTEM));
		Customer other = customers.create(new CreateCustomer(input("唯一乙方", "13800000003"), SYSTEM));
		events.clear();

		assertThatThrownBy(() -> customers.update(new UpdateCustomer(other.id(), 1,
				withCustom(withCity(input("唯一乙方", "13800000003"), "常州市"), key, "R-1"), SYSTEM)))
			.isInstanceOf(InvalidInputException.class);

		Customer unchanged = customers.find(other.id()).orElseThrow();
		assertThat(unchanged.version()).isEqualTo(1);
		assertThat(unchanged.profile().city()).isNull();
		assertThat(customers.versions(other.id())).hasSize(1);
		assertThat(events.stream(CustomerChanged.class)).isEmpty();
	}

	@Test
	void aBatchWithOneBadCustomerCreatesNone() {
		String marker = "批量" + UUID.randomUUID().toString().substring(0, 4);
		List<CreateCustomer> batch = new ArrayList<>();
		batch.add(new CreateCustomer(input(marker + "甲", "13800000004"), SYSTEM));
		batch.add(new CreateCustomer(input(marker + "乙", "12"), SYSTEM));

		assertThatThrownBy(() -> customers.createAll(batch)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).path()).isEqualTo("[1].phones[0].number"));
		assertThat(customers.list(new CustomerQuery(marker, Filter.ALL, null, 20, null, false)).items()).isEmpty();
	}

	@Test
	void aCompanyIsCreatedWithItsFirstContactsEachWithAVersionAndFoundByThem() {
		String marker = "联系" + UUID.randomUUID().toString().substring(0, 4);
		Customer company = customers.create(new CreateCustomer(input(marker + "公司", "13800000005"),
				List.of(new ContactInput(marker + "甲", "经理", null, null, true, null, null),
						new ContactInput(marker + "乙", null, null, null, false, null, null)),
				SYSTEM));

		assertThat(contacts.listByCustomer(company.id())).extracting(c -> c.profile().name())
			.containsExactly(marker + "甲", marker + "乙");
		assertThat(contacts.versions(contacts.listByCustomer(company.id()).get(0).id())).hasSize(1);
		assertThat(customers.list(new CustomerQuery(marker + "乙", Filter.ALL, null, 20, null, false)).items())
			.extracting(Customer::id)
			.containsExactly(company.id());
		assertThat(events.stream(ContactCreated.class)).hasSize(2);
	}

	@Test
	void personsAndTwoPrimaryContactsAreRefusedAtCreation() {
		CustomerInput person = new CustomerInput("person", "个人带联系人", null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
		ContactInput primary = new ContactInput("主", null, null, null, true, null, null);

		assertThatThrownBy(() -> customers.create(new CreateCustomer(person, List.of(primary), SYSTEM)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations()).extracting(v -> v.path()).containsExactly("contacts"));
		assertThatThrownBy(() -> customers.create(new CreateCustomer(input("两个主联系人公司", "13800000006"),
				List.of(primary, primary), SYSTEM)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations()).extracting(v -> v.path()).containsExactly("contacts[1].primary"));
	}

	@Test
	void countsStopAtTenThousandAndSayTheyAreNotExact() {
		String marker = "计数" + UUID.randomUUID().toString().substring(0, 4);
		List<CreateCustomer> batch = new ArrayList<>();
		for (int i = 0; i <= MatchCount.CAP; i++) {
			batch.add(new CreateCustomer(new CustomerInput("person", marker + i, null, null, null, null, null, null, null,
					"D", null, null, null, List.of(marker), null, null), SYSTEM));
			if (batch.size() == 2000 || i == MatchCount.CAP) {
				customers.createAll(batch);
				batch.clear();
			}
		}
		Filter tagged = new Filter.Condition("filter", "tags", FilterOp.EQ, List.of(marker));

		assertThat(customers.count(new CustomerQuery(null, tagged, null, 20, null, false)))
			.isEqualTo(new MatchCount(MatchCount.CAP, false));
		assertThat(customers.count(new CustomerQuery(marker, Filter.ALL, null, 20, null, false)))
			.isEqualTo(new MatchCount(MatchCount.CAP, false));
		assertThat(customers.count(new CustomerQuery(marker + "99", Filter.ALL, null, 20, null, false)))
			.isEqualTo(new MatchCount(111, true));
		assertThat(customers.list(new CustomerQuery(marker, Filter.ALL, null, 20, null, false)).items()).hasSize(20);
	}

	@Test
	void aBatchLargeEnoughToBeCopiedReadsBackAsCreatedAndIsFoundByItsSideRowsVersionsAndKeys() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String marker = "拷贝" + suffix;
		Map<CustomFieldType, String> keys = new LinkedHashMap<>();
		for (CustomFieldType type : List.of(CustomFieldType.TEXT, CustomFieldType.NUMBER, CustomFieldType.DECIMAL,
				CustomFieldType.DATE, CustomFieldType.BOOLEAN, CustomFieldType.MULTI_SELECT)) {
			keys.put(type, "copy_" + type.key() + "_" + suffix.replace("-", ""));
			customFields.define(new DefineCustomField(FieldEntity.CUSTOMER, keys.get(type), type.key(), type, false,
					type == CustomFieldType.TEXT, type.hasOptions() ? List.of("金牌", "银牌") : List.of()));
		}
		List<CreateCustomer> batch = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Map<String, Object> custom = new LinkedHashMap<>();
			custom.put(keys.get(CustomFieldType.TEXT), "R\\" + suffix + "\t" + i);
			custom.put(keys.get(CustomFieldType.NUMBER), i);
			custom.put(keys.get(CustomFieldType.DECIMAL), "-" + i + ".125");
			custom.put(keys.get(CustomFieldType.DATE), LocalDate.of(2024, 2, 1).plusDays(i).toString());
			custom.put(keys.get(CustomFieldType.BOOLEAN), i % 2 == 0);
			custom.put(keys.get(CustomFieldType.MULTI_SELECT), i % 3 == 0 ? List.of("金牌", "银牌") : List.of("银牌"));
			CustomerInput in = new CustomerInput("company", marker + "公司" + i,
					List.of(new PhoneInput(String.format("1390013%04d", i), "办公\t室")),
					List.of(new EmailInput("copy" + i + "@x" + suffix + ".example.com", null)), null, null, null,
					"地址\t第" + i + "号\n\"二楼\", \\N 😀", null, null, null, null, null, List.of(marker, "组" + i % 3),
					"notes, with 'quotes'\r\nand \\ and \\N", custom);
			batch.add(new CreateCustomer(in, List.of(new ContactInput(marker + "联系人" + i, "经理", null, null, true,
					"备注\t" + i, null)), SYSTEM));
		}

		List<Customer> created = customers.createAll(batch);

		for (Customer customer : created) {
			Customer found = customers.find(customer.id()).orElseThrow();
			assertThat(found.profile()).isEqualTo(customer.profile());
			assertThat(found.createdAt()).isEqualTo(customer.createdAt());
			assertThat(customers.versions(customer.id())).hasSize(1);
			Contact contact = contacts.listByCustomer(customer.id()).get(0);
			assertThat(contact.profile().notes()).startsWith("备注\t");
			assertThat(contacts.versions(contact.id())).hasSize(1);
		}
		assertThat(count(marker, "tags", marker)).isEqualTo(60);
		assertThat(count(marker, "tags", "组1")).isEqualTo(20);
		assertThat(count(marker, "phone", "13900130042")).isEqualTo(1);
		assertThat(count(marker, "email", "copy7@x" + suffix + ".example.com")).isEqualTo(1);
		assertThat(count(marker, "customFields." + keys.get(CustomFieldType.NUMBER), "7")).isEqualTo(1);
		assertThat(count(marker, "customFields." + keys.get(CustomFieldType.DECIMAL), "-7.125")).isEqualTo(1);
		assertThat(count(marker, "customFields." + keys.get(CustomFieldType.DATE), "2024-02-29")).isEqualTo(1);
		assertThat(count(marker, "customFields." + keys.get(CustomFieldType.BOOLEAN), true)).isEqualTo(30);
		assertThat(count(marker, "customFields." + keys.get(CustomFieldType.MULTI_SELECT), "金牌")).isEqualTo(20);
		assertThat(customers.list(new CustomerQuery(marker + "联系人42", Filter.ALL, null, 20, null, false)).items())
			.extracting(Customer::id)
			.containsExactly(created.get(42).id());
		assertThatThrownBy(() -> customers.create(new CreateCustomer(withCustom(input(marker + "重复", "13800000009"),
				keys.get(CustomFieldType.TEXT), "R\\" + suffix + "\t7"), SYSTEM)))
			.isInstanceOf(InvalidInputException.class);
	}

	private long count(String tag, String field, Object value) {
		Filter filter = new Filter.And(List.of(new Filter.Condition("filter", "tags", FilterOp.EQ, List.of(tag)),
				new Filter.Condition("filter", field, FilterOp.EQ, List.of(value))));
		return customers.count(new CustomerQuery(null, filter, null, 20, null, false)).count();
	}

	private static CustomerInput input(String name, String phone) {
		return new CustomerInput("company", name, List.of(new PhoneInput(phone, null)), null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static CustomerInput withCity(CustomerInput in, String city) {
		return new CustomerInput(in.kind(), in.name(), in.phones(), in.emails(), in.province(), city, in.district(),
				in.address(), in.industry(), in.level(), in.source(), in.status(), in.ownerId(), in.tags(), in.notes(),
				in.customFields());
	}

	private static CustomerInput withCustom(CustomerInput in, String key, Object value) {
		return new CustomerInput(in.kind(), in.name(), in.phones(), in.emails(), in.province(), in.city(), in.district(),
				in.address(), in.industry(), in.level(), in.source(), in.status(), in.ownerId(), in.tags(), in.notes(),
				Map.of(key, value));
	}

}

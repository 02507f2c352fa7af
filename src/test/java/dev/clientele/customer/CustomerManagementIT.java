package dev.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
	void countsStopAtTenThousandAndSayTheyAreNotExact() {
		String marker = "计数" + UUID.randomUUID().toString().substring(0, 4);
		List<CreateCustomer> batch = new ArrayList<>();
		for (int i = 0; i <= MatchCount.CAP; i++) {
			batch.add(new CreateCustomer(new CustomerInput("person", marker + i, null, null, null, null, null, null, null,
					"Z", null, null, null, List.of(marker), null, null), SYSTEM));
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

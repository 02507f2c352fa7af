package dev.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import dev.clientele.ClienteleApplication;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.filter.Filter;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "clientele.demo.customers=50")
class DemoDataIT extends DatabaseIT {

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	Environment environment;

	@Test
	void startingWithDemoCustomersFillsTheEmptyDatabaseWithCompaniesThatHaveContacts() {
		List<Customer> all = all(customers);

		assertThat(all).hasSize(50);
		assertThat(customers.count(CustomerQuery.firstPage()).count()).isEqualTo(50);
		assertThat(all).allSatisfy(customer -> assertThat(customer.profile().phones()).isNotEmpty());
		assertThat(all.stream().map(Customer::ownerName).distinct().count()).isGreaterThan(5);
		Customer company = all.stream()
			.filter(customer -> customer.profile().kind() == CustomerKind.COMPANY)
			.findFirst()
			.orElseThrow();
		assertThat(contacts.listByCustomer(company.id())).isNotEmpty();
	}

	@Test
	void aSecondStartOnTheFilledDatabaseAddsNothing() {
		List<Customer> before = all(customers);

		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ClienteleApplication.class)
			.run(sameDatabaseAndDemoCustomers())) {
			List<Customer> after = all(second.getBean(CustomerManagement.class));
			assertThat(after).hasSize(50);
			assertThat(after.stream().map(Customer::id)).containsExactlyInAnyOrderElementsOf(
					before.stream().map(Customer::id).toList());
		}
	}

	/** Command-line arguments, which win over application.properties as on a real restart. */
	private String[] sameDatabaseAndDemoCustomers() {
		Stream<String> database = Stream
			.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
					"spring.flyway.schemas", "clientele.audit-key", "clientele.secret-key", "clientele.admin-password", "clientele.demo.password",
					"clientele.security.require-admin-mfa")
			.filter(environment::containsProperty)
			.map(key -> "--" + key + "=" + environment.getProperty(key));
		return Stream.concat(database, Stream.of("--clientele.demo.customers=50", "--server.port=0"))
			.toArray(String[]::new);
	}

	private static List<Customer> all(CustomerManagement customers) {
		return customers.list(new CustomerQuery(null, Filter.ALL, null, CustomerQuery.MAX_LIMIT, null, false)).items();
	}

}

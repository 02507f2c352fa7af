package dev.clientele.webhook;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.webhook.Receiver.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.clientele.ClienteleApplication;
import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.Permission;
import dev.clientele.access.RoleManagement;
import dev.clientele.access.UserManagement;
import dev.clientele.support.Api;
import dev.clientele.support.RequiresDatabase;
import dev.clientele.support.TestAccounts;
import dev.clientele.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application stops after a change committed and before its webhook was delivered; started
 * again on the same database, it delivers. The first instance runs without a dispatcher, so that
 * the delivery can only come from the second.
 */
@ExtendWith(RequiresDatabase.class)
class WebhookRestartIT {

	static final String SECRET = "restart-secret-0123456789";

	@Test
	void aChangeCommittedBeforeTheApplicationStoppedIsDeliveredAfterItStartsAgain() {
		Map<String, Object> database = new LinkedHashMap<>();
		TestDatabase.register((name, value) -> database.put(name, value.get()));
		UUID webhookId;
		String customerId;
		try (Receiver receiver = Receiver.start()) {
			try (ConfigurableApplicationContext first = start(database, false)) {
				int port = first.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				RoleManagement roles = first.getBean(RoleManagement.class);
				UUID role = roles.define(new DefineRole("wh-restart", "Webhook test: all customers", DataScope.ALL,
						Set.of(Permission.CUSTOMER_READ), Map.of())).id();
				WebhookManagement webhooks = first.getBean(WebhookManagement.class);
				webhookId = webhooks.register(new RegisterWebhook(receiver.url(), List.of("customer.created"), SECRET, role,
						true)).id();
				TestAccounts.ensureFullAccessRole(roles);
				TestAccounts.user(first.getBean(UserManagement.class), "restart-writer", null, TestAccounts.FULL_ACCESS);
				Api writer = new Api(port).withToken(TestAccounts.token(port, "restart-writer"));

				Api.Response created = writer.post("/api/v1/customers", aCompany("重启科技").json());
				customerId = created.json().get("id").asString();
				eventually(Duration.ofSeconds(15), () -> !webhooks.deliveries(webhookId, 10).isEmpty());

				assertThat(created.status()).isEqualTo(201);
				assertThat(webhooks.deliveries(webhookId, 10)).singleElement()
					.satisfies(delivery -> assertThat(delivery.status()).isEqualTo("pending"));
			}
			assertThat(receiver.received()).as("nothing was delivered before the stop").isEmpty();

			try (ConfigurableApplicationContext second = start(database, true)) {
				Receiver.Request delivered = receiver.next(Duration.ofSeconds(30));
				WebhookManagement webhooks = second.getBean(WebhookManagement.class);
				eventually(Duration.ofSeconds(15),
						() -> webhooks.deliveries(webhookId, 10).get(0).status().equals("delivered"));

				assertThat(delivered.event()).isEqualTo("customer.created");
				assertThat(delivered.json().get("customerId").asString()).isEqualTo(customerId);
				assertThat(delivered.signedWith(SECRET)).isTrue();
			}
		}
	}

	/** Command-line arguments, which win over application.properties as on a real restart. */
	private static ConfigurableApplicationContext start(Map<String, Object> database, boolean dispatcher) {
		Stream<String> db = database.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue());
		Stream<String> settings = Stream.of("--server.port=0", "--clientele.security.require-admin-mfa=false",
				"--clientele.admin-password=Chief-Secret-2024!", "--clientele.audit-key=test-audit-key-not-a-secret",
				"--clientele.demo.password=Pilot-Manager-2024!", "--clientele.webhooks.allow-private=true",
				"--clientele.webhooks.poll-interval=100ms", "--clientele.webhooks.dispatcher.enabled=" + dispatcher);
		return new SpringApplicationBuilder(ClienteleApplication.class)
			.run(Stream.concat(db, settings).toArray(String[]::new));
	}

}

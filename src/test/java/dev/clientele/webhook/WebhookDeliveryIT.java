package dev.clientele.webhook;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.webhook.Receiver.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.Role;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.MutableClock;
import dev.clientele.support.MutableClockConfiguration;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: real changes through the API, a real HTTP receiver on loopback (allowed
 * here), the dispatcher running on its schedule, and time moved by hand for the back-off.
 */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = { "clientele.webhooks.allow-private=true", "clientele.webhooks.poll-interval=100ms" })
class WebhookDeliveryIT extends DatabaseIT {

	static final String SECRET = "a-long-shared-secret-for-tests";

	static final Duration WAIT = Duration.ofSeconds(15);

	@Autowired
	MutableClock clock;

	@Autowired
	WebhookManagement webhooks;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Receiver receiver;

	Api admin;

	Api writer;

	final List<UUID> registered = new ArrayList<>();

	@BeforeEach
	void start() {
		receiver = Receiver.start();
		admin = new Api(port).withToken(TestAccounts.token(port, "admin", "Chief-Secret-2024!"));
		writer = apiWithFullAccess();
	}

	@AfterEach
	void stop() {
		registered.forEach(webhooks::remove);
		receiver.close();
	}

	@Test
	void aCommittedChangeReachesTheReceiverSignedWithTheWebhooksSecret() {
		register(receiver.url(), roleSeeingEverything(Map.of()), "customer.created", "customer.updated", "contact.created");

		String customerId = createCustomer("信号科技");
		Receiver.Request created = receiver.next(WAIT);
		writer.patch("/api/v1/customers/" + customerId, "{\"version\": 1, \"city\": \"杭州\"}");
		Receiver.Request updated = receiver.next(WAIT);
		String contactId = writer.post("/api/v1/customers/" + customerId + "/contacts", "{\"name\": \"王经理\"}")
			.json()
			.get("id")
			.asString();
		Receiver.Request contact = receiver.next(WAIT);

		assertThat(created.method()).isEqualTo("POST");
		assertThat(created.contentType()).startsWith("application/json");
		assertThat(created.signedWith(SECRET)).as("signature of " + created.body()).isTrue();
		assertThat(created.signedWith("another-secret-of-some-length")).isFalse();
		assertThat(created.event()).isEqualTo("customer.created");
		assertThat(created.json().get("event").asString()).isEqualTo("customer.created");
		assertThat(created.json().get("id").asString()).isEqualTo(created.deliveryId());
		assertThat(created.json().get("customerId").asString()).isEqualTo(customerId);
		assertThat(created.json().get("version").asInt()).isEqualTo(1);
		assertThat(created.json().get("actorId").asString()).isEqualTo(writer.get("/api/v1/me").json().get("id").asString());
		assertThat(created.json().get("occurredAt").asString()).isNotBlank();
		assertThat(updated.signedWith(SECRET)).isTrue();
		assertThat(updated.event()).isEqualTo("customer.updated");
		assertThat(updated.json().get("version").asInt()).isEqualTo(2);
		assertThat(fields(updated.json())).containsExactly("city");
		assertThat(updated.body()).doesNotContain("杭州", "信号科技");
		assertThat(contact.event()).isEqualTo("contact.created");
		assertThat(contact.json().get("contactId").asString()).isEqualTo(contactId);
		assertThat(contact.body()).doesNotContain("王经理");
	}

	@Test
	void fieldsHiddenFromTheWebhooksRoleAreLeftOutAndARoleThatCannotReadCustomersHearsNothing() {
		UUID seesAll = register(receiver.url(), roleSeeingEverything(Map.of("notes", FieldAccess.HIDDEN)),
				"customer.updated");
		Role blind = roles.define(new DefineRole(key(), "Webhook test: reads contacts only", DataScope.ALL,
				Set.of(Permission.CONTACT_READ), Map.of()));
		UUID seesNothing = register(receiver.url(), blind.id(), "customer.updated");
		String customerId = createCustomer("范围科技");

		writer.patch("/api/v1/customers/" + customerId, "{\"version\": 1, \"city\": \"苏州\", \"notes\": \"内部备注\"}");
		Receiver.Request updated = receiver.next(WAIT);

		assertThat(fields(updated.json())).containsExactly("city");
		assertThat(updated.body()).doesNotContain("notes", "内部备注", "苏州");
		assertThat(webhooks.deliveries(seesAll, 10)).hasSize(1);
		assertThat(webhooks.deliveries(seesNothing, 10)).isEmpty();
		assertThat(receiver.received()).hasSize(1);
	}

	@Test
	void aFailingReceiverIsTriedAgainWithGrowingWaitsAndGivenUpTwentyFourHoursAfterTheFirstAttempt() throws Exception {
		receiver.answer(500);
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.created");
		createCustomer("重试科技");
		receiver.next(WAIT);
		WebhookDelivery first = settled(webhook, 1);

		Thread.sleep(500);
		assertThat(receiver.received()).as("nothing is sent before the wait is over").hasSize(1);
		assertThat(first.status()).isEqualTo("pending");
		assertThat(first.lastStatusCode()).isEqualTo(500);
		assertThat(Duration.between(first.lastAttemptAt(), first.nextAttemptAt())).isEqualTo(Duration.ofSeconds(10));

		clock.advance(Duration.ofSeconds(10));
		receiver.next(WAIT);
		WebhookDelivery second = settled(webhook, 2);
		assertThat(Duration.between(second.lastAttemptAt(), second.nextAttemptAt())).isEqualTo(Duration.ofSeconds(20));

		clock.advance(Duration.ofSeconds(20));
		receiver.next(WAIT);
		WebhookDelivery third = settled(webhook, 3);
		assertThat(Duration.between(third.lastAttemptAt(), third.nextAttemptAt())).isEqualTo(Duration.ofSeconds(40));

		clock.advance(Duration.ofHours(24));
		receiver.next(WAIT);
		WebhookDelivery failed = settled(webhook, 4);
		assertThat(failed.status()).isEqualTo("failed");
		assertThat(failed.nextAttemptAt()).isNull();
		JsonNode log = admin.get("/api/v1/webhooks/" + webhook + "/deliveries/" + failed.id()).json();
		assertThat(log.get("attempts")).hasSize(4);
		log.get("attempts").forEach(attempt -> {
			assertThat(attempt.get("statusCode").asInt()).isEqualTo(500);
			assertThat(attempt.get("error").asString()).isEqualTo("HTTP 500");
		});
		Thread.sleep(300);
		assertThat(receiver.received()).as("a failed delivery is not tried again by itself").hasSize(4);
	}

	@Test
	void anAdministratorRedeliversAtOnceWithoutWaitingForTheBackOff() {
		receiver.answer(503);
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.created");
		createCustomer("重发科技");
		Receiver.Request refused = receiver.next(WAIT);
		WebhookDelivery pending = settled(webhook, 1);
		receiver.answer(200);

		Api.Response redeliver = admin.post("/api/v1/webhooks/" + webhook + "/deliveries/" + pending.id() + "/redeliver");
		Receiver.Request again = receiver.next(WAIT);

		assertThat(redeliver.status()).isEqualTo(202);
		assertThat(again.deliveryId()).isEqualTo(refused.deliveryId()).isEqualTo(pending.id().toString());
		assertThat(again.body()).isEqualTo(refused.body());
		assertThat(again.signedWith(SECRET)).isTrue();
		eventually(WAIT, () -> webhooks.delivery(webhook, pending.id()).orElseThrow().status().equals("delivered"));
		JsonNode list = admin.get("/api/v1/webhooks/" + webhook + "/deliveries").json();
		assertThat(list.get(0).get("status").asString()).isEqualTo("delivered");
		assertThat(list.get(0).get("attempts").asInt()).isEqualTo(2);
		assertThat(list.get(0).get("lastStatusCode").asInt()).isEqualTo(200);
	}

	@Test
	void aChangeToldTwiceIsQueuedOnceForEachWebhook() throws Exception {
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.updated");
		String customerId = createCustomer("幂等科技");
		writer.patch("/api/v1/customers/" + customerId, "{\"version\": 1, \"city\": \"南京\"}");
		receiver.next(WAIT);

		CustomerChanged again = new CustomerChanged(UUID.fromString(customerId), 2, UUID.randomUUID(), List.of("city"));
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		CustomerChanged next = new CustomerChanged(UUID.fromString(customerId), 3, UUID.randomUUID(), List.of("city"));
		transactions.executeWithoutResult(status -> events.publishEvent(next));
		receiver.next(WAIT);

		eventually(WAIT, () -> webhooks.deliveries(webhook, 10).size() == 2);
		Thread.sleep(500);
		assertThat(webhooks.deliveries(webhook, 10)).extracting(WebhookDelivery::event)
			.containsExactly("customer.updated", "customer.updated");
		assertThat(receiver.received()).hasSize(2);
	}

	@Test
	void eachCustomerAndContactOfABatchGetsItsOwnDeliveryFromTheBatchsOneEvent() {
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.created", "contact.created");
		CustomerInput company = new CustomerInput("company", "批量一号科技", List.of(), List.of(), null, null, null, null,
				null, null, null, null, null, List.of(), null, Map.of());
		CustomerInput person = new CustomerInput("person", "批量二号", List.of(), List.of(), null, null, null, null, null,
				null, null, null, null, List.of(), null, Map.of());
		ContactInput contact = new ContactInput("孙经理", null, List.of(), List.of(), true, null, Map.of());
		WriteContext context = new WriteContext(UserManagement.SYSTEM_USER, Source.API, null);

		List<Customer> created = customers.createAll(List.of(new CreateCustomer(company, List.of(contact), context),
				new CreateCustomer(person, context)));

		for (int i = 0; i < 3; i++) {
			receiver.next(WAIT);
		}
		eventually(WAIT, () -> webhooks.deliveries(webhook, 10).size() == 3);
		assertThat(webhooks.deliveries(webhook, 10)).extracting(WebhookDelivery::event)
			.containsExactlyInAnyOrder("customer.created", "customer.created", "contact.created");
		assertThat(webhooks.deliveries(webhook, 10)).extracting(d -> d.customerId())
			.containsOnly(created.get(0).id(), created.get(1).id());
	}

	@Test
	void changesPlannedAfterTheCustomerWasDeletedOrErasedAreToldOrDroppedWithoutFailing() {
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.updated", "contact.updated");
		String binned = createCustomer("回收站科技");
		String contact = writer.post("/api/v1/customers/" + binned + "/contacts", "{\"name\": \"钱经理\"}")
			.json()
			.get("id")
			.asString();
		assertThat(writer.delete("/api/v1/customers/" + binned).status()).isEqualTo(204);
		String erased = createCustomer("已删除科技");
		assertThat(writer.post("/api/v1/customers/" + erased + "/erasure", "{\"reason\": \"依法删除\"}").status())
			.isEqualTo(200);

		ContactChanged late = new ContactChanged(UUID.fromString(contact), UUID.fromString(binned), 2, UUID.randomUUID(),
				List.of("title"));
		CustomerChanged gone = new CustomerChanged(UUID.fromString(erased), 2, UUID.randomUUID(), List.of("city"));
		transactions.executeWithoutResult(status -> events.publishEvent(gone));
		transactions.executeWithoutResult(status -> events.publishEvent(late));

		Receiver.Request told = receiver.next(WAIT);
		assertThat(told.event()).isEqualTo("contact.updated");
		assertThat(told.body()).contains(contact);
		eventually(WAIT, () -> webhooks.deliveries(webhook, 10).size() == 1);
		assertThat(webhooks.deliveries(webhook, 10)).extracting(d -> d.customerId().toString()).containsExactly(binned);
	}

	@Test
	void erasingACustomerDeletesItsDeliveriesAndTheSubjectExportListsThemBefore() {
		UUID webhook = register(receiver.url(), roleSeeingEverything(Map.of()), "customer.created", "customer.updated");
		String forgotten = createCustomer("遗忘科技");
		receiver.next(WAIT);
		String kept = createCustomer("保留科技");
		receiver.next(WAIT);
		eventually(WAIT, () -> webhooks.deliveries(webhook, 10).stream().allMatch(d -> d.status().equals("delivered")));

		JsonNode exported = writer.get("/api/v1/customers/" + forgotten + "/personal-data").json();
		Api.Response erased = writer.post("/api/v1/customers/" + forgotten + "/erasure", "{\"reason\": \"依法删除\"}");

		assertThat(exported.at("/parts/webhookDeliveries")).hasSize(1);
		assertThat(exported.at("/parts/webhookDeliveries/0/event").asString()).isEqualTo("customer.created");
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(webhooks.deliveries(webhook, 10)).extracting(d -> d.customerId().toString()).containsExactly(kept);
	}

	private WebhookDelivery settled(UUID webhook, int attempts) {
		eventually(WAIT, () -> webhooks.deliveries(webhook, 1).stream().anyMatch(d -> d.attempts() == attempts));
		return webhooks.deliveries(webhook, 1).get(0);
	}

	private UUID register(String url, UUID roleId, String... events) {
		StringBuilder list = new StringBuilder();
		for (String event : events) {
			list.append(list.isEmpty() ? "" : ", ").append('"').append(event).append('"');
		}
		Api.Response response = admin.post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [" + list
				+ "], \"secret\": \"" + SECRET + "\", \"roleId\": \"" + roleId + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		UUID id = UUID.fromString(response.json().get("id").asString());
		registered.add(id);
		return id;
	}

	private UUID roleSeeingEverything(Map<String, FieldAccess> fields) {
		return roles.define(new DefineRole(key(), "Webhook test: all customers", DataScope.ALL,
				Set.of(Permission.CUSTOMER_READ, Permission.CONTACT_READ), fields)).id();
	}

	private String createCustomer(String name) {
		Api.Response response = writer.post("/api/v1/customers", aCompany(name).json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static List<String> fields(JsonNode payload) {
		List<String> names = new ArrayList<>();
		payload.get("fields").forEach(field -> names.add(field.asString()));
		return names;
	}

	private static String key() {
		return "wh-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

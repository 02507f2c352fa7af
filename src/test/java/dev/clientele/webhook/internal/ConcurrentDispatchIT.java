package dev.clientele.webhook.internal;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.webhook.Receiver.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.Permission;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.webhook.Receiver;
import dev.clientele.webhook.RegisterWebhook;
import dev.clientele.webhook.WebhookManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Several dispatchers (as in several application instances) working on the same due deliveries
 * send each exactly once. The scheduled dispatcher is off here, so the test alone drives them.
 */
@TestPropertySource(properties = { "clientele.webhooks.allow-private=true", "clientele.webhooks.dispatcher.enabled=false" })
class ConcurrentDispatchIT extends DatabaseIT {

	static final int CUSTOMERS = 40;

	static final int DISPATCHERS = 4;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	WebhookManagement webhooks;

	@Test
	void dispatchersRunningAtOnceSendEachDueDeliveryExactlyOnce() throws Exception {
		try (Receiver receiver = Receiver.start()) {
			UUID role = roles.define(new DefineRole("wh-concurrent", "Webhook test: all customers", DataScope.ALL,
					Set.of(Permission.CUSTOMER_READ), Map.of())).id();
			UUID webhook = webhooks.register(new RegisterWebhook(receiver.url(), List.of("customer.created"),
					"concurrent-secret-0123456789", role, true)).id();
			Api writer = apiWithFullAccess();
			for (int i = 0; i < CUSTOMERS; i++) {
				assertThat(writer.post("/api/v1/customers", aCompany("并发科技" + i).json()).status()).isEqualTo(201);
			}
			eventually(Duration.ofSeconds(20), () -> webhooks.deliveries(webhook, 100).size() == CUSTOMERS);

			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < DISPATCHERS; i++) {
				Callable<Integer> round = () -> {
					start.await();
					return dispatcher.dispatchDue();
				};
				rounds.add(pool.submit(round));
			}
			start.countDown();
			int attempts = 0;
			for (Future<Integer> round : rounds) {
				attempts += round.get();
			}
			pool.shutdown();

			assertThat(attempts).isEqualTo(CUSTOMERS);
			assertThat(receiver.received()).hasSize(CUSTOMERS);
			assertThat(receiver.received().stream().map(Receiver.Request::deliveryId).distinct()).hasSize(CUSTOMERS);
			assertThat(webhooks.deliveries(webhook, 100)).allSatisfy(delivery -> {
				assertThat(delivery.status()).isEqualTo("delivered");
				assertThat(delivery.attempts()).isEqualTo(1);
			});
			webhooks.remove(webhook);
		}
	}

}

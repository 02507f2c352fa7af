package dev.clientele.marketing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.Poll;
import dev.clientele.support.SmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail server that cannot be reached is a temporary failure: retried, then given up as a bounce. */
@TestPropertySource(properties = { "clientele.marketing.max-attempts=2", "clientele.marketing.retry-delay=PT0S" })
class CampaignEmailRetryIT extends DatabaseIT {

	@DynamicPropertySource
	static void deadServer(DynamicPropertyRegistry registry) {
		int port = SmtpServer.freePort();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
		registry.add("clientele.mail.from", () -> SmtpServer.FROM);
	}

	@Test
	void aTemporaryFailureIsRetriedAndAfterTheLastAttemptTheMemberBounces() {
		Api api = apiWithFullAccess();
		String customer = api.post("/api/v1/customers",
				CustomerJsonFixture.aCompany("重试客户有限公司").withEmail("retry@mail.example.com").json()).json().get("id").asString();
		api.put("/api/v1/customers/" + customer + "/consents/email", "{\"status\":\"granted\",\"source\":\"form\"}");
		String campaign = api.post("/api/v1/campaigns", "{\"name\":\"重试\",\"channel\":\"email\",\"customerIds\":[\""
				+ customer + "\"],\"template\":{\"subject\":\"Hi\",\"text\":\"Hello {{customer.name}}\"}}").json().get("id")
			.asString();

		api.post("/api/v1/campaigns/" + campaign + "/start");
		JsonNode promotion = Poll.until(Duration.ofSeconds(20), Duration.ofMillis(100),
				() -> api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json(),
				p -> p.get("member").get("status").asString().equals("bounced"), () -> "the member did not bounce");

		List<String> statuses = new ArrayList<>();
		promotion.get("trail").forEach(event -> statuses.add(event.get("status").asString()));
		assertThat(statuses).containsExactly("targeted", "bounced");
		assertThat(promotion.get("member").get("lastError").asString()).startsWith("gave up after 2 temporary failures");
		assertThat(promotion.get("member").get("sentAt").isNull()).isTrue();
	}

}

package dev.clientele.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.SmtpDatabaseIT;
import dev.clientele.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Double opt-in through a real SMTP server, one-click unsubscribe links, and the campaigns' consent checks. */
class ConsentLinksIT extends SmtpDatabaseIT {

	private static final Pattern CONFIRM = Pattern.compile("http://localhost:8080(/consents/confirm/[A-Za-z0-9_.-]+)");

	@Autowired
	ConsentManagement consentManagement;

	private Api api;

	private String customer;

	private String address;

	@BeforeEach
	void customer() {
		api = apiWithFullAccess();
		address = "optin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("双重确认有限公司").withEmail(address).json())
			.json()
			.get("id")
			.asString();
	}

	private String consents() {
		return "/api/v1/customers/" + customer + "/consents";
	}

	private String emailStatus() {
		JsonNode current = api.get(consents()).json().get("current");
		for (JsonNode consent : current) {
			if (consent.get("channel").asString().equals("email") && consent.get("contactId").isNull()) {
				return consent.get("status").asString();
			}
		}
		return null;
	}

	@Test
	void aDoubleOptInEmailArrivesAndItsLinkGrantsConsent() throws Exception {
		Api.Response requested = api.post(consents() + "/email/opt-in", "{}");

		assertThat(requested.status()).as(requested.body()).isEqualTo(202);
		assertThat(requested.json().at("/consent/status").asString()).isEqualTo("pending");
		assertThat(requested.json().get("mail").toString()).isEqualTo("{\"status\":\"accepted\",\"reason\":null}");
		assertThat(emailStatus()).isEqualTo("pending");
		assertThat(consentManagement.permits(UUID.fromString(customer), null, Channel.EMAIL)).isFalse();
		MimeMessage message = SmtpServer.waitFor(address, 1).get(0);
		assertThat(message.getFrom()[0].toString()).isEqualTo(SmtpServer.FROM);
		String text = ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
		Matcher link = CONFIRM.matcher(text);
		assertThat(link.find()).as(text).isTrue();

		Api.Response asked = new Api(port).get(link.group(1));
		String statusWhenOpened = emailStatus();
		Api.Response confirmed = new Api(port).post(link.group(1), "application/x-www-form-urlencoded", "");

		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Confirm your subscription", "method=\"post\"");
		assertThat(statusWhenOpened).as("opening the link, as a mail scanner would, grants nothing").isEqualTo("pending");
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Subscription confirmed");
		assertThat(emailStatus()).isEqualTo("granted");
		JsonNode history = api.get(consents()).json().get("history");
		assertThat(history.get(0).get("source").asString()).isEqualTo("double-opt-in");
		assertThat(history.get(0).get("recordedBy").asString()).isEqualTo("00000000-0000-0000-0000-000000000001");
		assertThat(consentManagement.permits(UUID.fromString(customer), null, Channel.EMAIL)).isTrue();
	}

	@Test
	void noOptInEmailGoesOutWhenConsentIsGrantedAlready() {
		api.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");

		Api.Response requested = api.post(consents() + "/email/opt-in", "{}");

		assertThat(requested.status()).isEqualTo(200);
		assertThat(requested.json().at("/consent/status").asString()).isEqualTo("granted");
		assertThat(SmtpServer.receivedBy(address)).isEmpty();
	}

	@Test
	void anOptInWithoutAnEmailAddressIsRefusedNamingTheEmail() {
		String bare = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("无邮箱有限公司").json()).json().get("id").asString();

		Api.Response refused = api.post("/api/v1/customers/" + bare + "/consents/email/opt-in", "{}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("email");
	}

	@Test
	void aOneClickUnsubscribeWithdrawsAtOnceIsRecordedAndIsIdempotent() {
		api.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");
		UUID campaign = UUID.randomUUID();
		String url = consentManagement.unsubscribeUrl(UUID.fromString(customer), null, campaign);
		assertThat(url).startsWith("http://localhost:8080/unsubscribe/");
		String path = url.substring("http://localhost:8080".length());

		Api.Response first = new Api(port).post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
		Api.Response second = new Api(port).post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("You are unsubscribed");
		assertThat(second.status()).isEqualTo(200);
		assertThat(emailStatus()).isEqualTo("withdrawn");
		JsonNode history = api.get(consents()).json().get("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("source").asString()).isEqualTo("unsubscribe-link");
		assertThat(history.get(0).get("campaignId").asString()).isEqualTo(campaign.toString());
		assertThat(consentManagement.permits(UUID.fromString(customer), null, Channel.EMAIL)).isFalse();
	}

	@Test
	void theUnsubscribePageAsksFirstAndItsButtonWithdraws() {
		api.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");
		String path = "/unsubscribe/" + consentManagement.unsubscribeToken(UUID.fromString(customer), null, null);
		Api browser = Api.browser(port);

		Api.Response page = browser.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Do you want to stop receiving our emails?");
		assertThat(emailStatus()).isEqualTo("granted");

		Api.Response done = browser.postForm(path, "List-Unsubscribe", "One-Click");
		assertThat(done.status()).isEqualTo(200);
		assertThat(emailStatus()).isEqualTo("withdrawn");
	}

	@Test
	void aTamperedOrForeignTokenIsNotFoundAndRecordsNothing() {
		api.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");
		String token = consentManagement.unsubscribeToken(UUID.fromString(customer), null, null);
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		Api anonymous = new Api(port);

		assertThat(anonymous.get("/unsubscribe/" + tampered).status()).isEqualTo(404);
		assertThat(anonymous.post("/unsubscribe/" + tampered, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
			.status()).isEqualTo(404);
		assertThat(anonymous.get("/consents/confirm/" + token).status()).as("an unsubscribe token confirms nothing")
			.isEqualTo(404);
		assertThat(anonymous.post("/consents/confirm/" + token, "application/x-www-form-urlencoded", "").status())
			.isEqualTo(404);
		assertThat(emailStatus()).isEqualTo("granted");
		assertThat(api.get(consents()).json().get("history")).hasSize(1);
	}

	@Test
	void campaignsSeeOnlyRecipientsWithConsentAndAContactFallsBackToItsCustomer() {
		UUID company = UUID.fromString(customer);
		UUID silent = UUID.fromString(api.post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"张三\"}")
			.json().get("id").asString());
		UUID refusing = UUID.fromString(api.post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"李四\"}")
			.json().get("id").asString());
		UUID other = UUID.fromString(api.post("/api/v1/customers", CustomerJsonFixture.aPerson("没有许可").json())
			.json().get("id").asString());
		api.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");
		api.put(consents() + "/email", "{\"status\":\"withdrawn\",\"source\":\"web\",\"contactId\":\"" + refusing + "\"}");
		List<Recipient> recipients = new ArrayList<>(List.of(new Recipient(company, null), new Recipient(company, silent),
				new Recipient(company, refusing), new Recipient(other, null)));
		for (int i = 0; i < 2500; i++) {
			recipients.add(new Recipient(UUID.randomUUID(), null));
		}

		Set<Recipient> permitted = consentManagement.permitted(recipients, Channel.EMAIL);

		assertThat(permitted).containsExactlyInAnyOrder(new Recipient(company, null), new Recipient(company, silent));
		assertThat(consentManagement.permitted(recipients, Channel.SMS)).isEmpty();
	}

	@Test
	void theCustomerPageShowsTheConsentsCardAndItsFormRecords() {
		Api browser = browserWithFullAccess();

		Api.Response recorded = browser.postForm("/customers/" + customer + "/consents", "subject", "", "channel", "sms",
				"status", "granted", "source", "门店登记");
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.body()).contains("Consent recorded.").contains("门店登记");

		Api.Response refused = browser.postForm("/customers/" + customer + "/consents", "subject", "", "channel", "sms",
				"status", "granted", "source", "");
		assertThat(refused.body()).contains("is-invalid");

		Api.Response card = browser.get("/customers/" + customer + "/consents");
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.body()).contains("id=\"consent-panel\"").contains("Send opt-in email");
		assertThat(browser.get("/customers/" + customer).body()).contains("/customers/" + customer + "/consents");
	}

}

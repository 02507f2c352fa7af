package dev.clientele.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.clientele.mail.MailOutcome;
import dev.clientele.mail.OutgoingMail;
import dev.clientele.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mailer against real SMTP servers on the loopback: GreenMail, a scripted one that refuses, and none. */
class SmtpMailerTests {

	@Test
	void aMessageArrivesWithItsOwnMessageIdHeadersAndBothParts() throws Exception {
		SmtpMailer mailer = mailer(SmtpServer.server().getSmtp().getPort());
		String to = "reader-" + System.nanoTime() + "@example.com";

		MailOutcome outcome = mailer.send(new OutgoingMail(to, "Spring offer 春季优惠", "<p>Hello <b>you</b></p>",
				"Hello you", "<m-1.c-7@clientele.test>",
				Map.of("List-Unsubscribe", "<https://crm.example.com/unsubscribe/abc>",
						"List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

		assertThat(outcome.isAccepted()).isTrue();
		MimeMessage received = SmtpServer.waitFor(to, 1).get(0);
		assertThat(received.getMessageID()).isEqualTo("<m-1.c-7@clientele.test>");
		assertThat(received.getSubject()).isEqualTo("Spring offer 春季优惠");
		assertThat(received.getFrom()[0].toString()).isEqualTo("sender@clientele.test");
		assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<https://crm.example.com/unsubscribe/abc>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) received.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(parts.getBodyPart(0).getContent().toString()).contains("Hello you");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat(parts.getBodyPart(1).getContent().toString()).contains("<b>you</b>");
	}

	@Test
	void theStreamProviderIsNamedSoThatEncodingDoesNotSearchTheClassPathEachTime() throws Exception {
		mailer(SmtpServer.server().getSmtp().getPort());

		String provider = System.getProperty(SmtpMailer.STREAM_PROVIDER);
		assertThat(provider).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName()).isEqualTo(provider);
	}

	@Test
	void aRunOfMessagesGetsOneOutcomeEachInOrder() {
		SmtpMailer mailer = mailer(SmtpServer.server().getSmtp().getPort());
		String to = "many-" + System.nanoTime() + "@example.com";

		List<MailOutcome> outcomes = mailer.sendAll(List.of(mail(to, "<a@t>"), mail("not an address", "<b@t>"),
				mail(to, "<c@t>")));

		assertThat(outcomes).extracting(MailOutcome::status)
			.containsExactly(MailOutcome.Status.ACCEPTED, MailOutcome.Status.PERMANENT_FAILURE, MailOutcome.Status.ACCEPTED);
		assertThat(SmtpServer.waitFor(to, 2)).hasSize(2);
	}

	@Test
	void aRecipientTheServerRefusesIsAPermanentFailure() throws Exception {
		try (ScriptedSmtp server = new ScriptedSmtp("550 5.1.1 <nobody@example.com>: no such user")) {
			MailOutcome outcome = mailer(server.port()).send(mail("nobody@example.com", "<r@t>"));

			assertThat(outcome.isPermanentFailure()).isTrue();
			assertThat(outcome.reason()).contains("550").contains("no such user");
		}
	}

	@Test
	void aRecipientTheServerDefersIsATemporaryFailure() throws Exception {
		try (ScriptedSmtp server = new ScriptedSmtp("451 4.3.0 try again later")) {
			MailOutcome outcome = mailer(server.port()).send(mail("later@example.com", "<d@t>"));

			assertThat(outcome.isTemporaryFailure()).isTrue();
			assertThat(outcome.reason()).contains("451");
		}
	}

	@Test
	void aServerThatIsDownIsATemporaryFailureForEveryMessage() {
		List<MailOutcome> outcomes = mailer(SmtpServer.freePort())
			.sendAll(List.of(mail("a@example.com", "<x@t>"), mail("b@example.com", "<y@t>")));

		assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.isTemporaryFailure()).isTrue());
	}

	@Test
	void withoutAServerNothingIsSentAndTheFailureIsTemporary() {
		SmtpMailer mailer = new SmtpMailer(new JavaMailSenderImpl(), "", "https://crm.example.com/");

		assertThat(mailer.configured()).isFalse();
		assertThat(mailer.send(mail("a@example.com", "<z@t>")).isTemporaryFailure()).isTrue();
		assertThat(mailer.publicUrl()).isEqualTo("https://crm.example.com");
	}

	private static OutgoingMail mail(String to, String messageId) {
		return new OutgoingMail(to, "Subject", null, "Text", messageId, Map.of());
	}

	private static SmtpMailer mailer(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new SmtpMailer(sender, "sender@clientele.test", "http://localhost:8080");
	}

}

package dev.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.clientele.support.SmtpDatabaseIT;
import dev.clientele.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's mailer, configured through spring.mail.* as CLIENTELE_SMTP_* would, against GreenMail. */
class MailIT extends SmtpDatabaseIT {

	@Autowired
	MailManagement mail;

	@Test
	void theConfiguredServerReceivesTheMessageWithItsMessageIdAndHeaders() throws Exception {
		String to = "mail-it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		MailOutcome outcome = mail.send(new OutgoingMail(to, "测试邮件", "<p>你好</p>", "你好", "<mail-it-1@clientele.test>",
				Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

		assertThat(mail.configured()).isTrue();
		assertThat(mail.from()).isEqualTo(SmtpServer.FROM);
		assertThat(mail.publicUrl()).isEqualTo("http://localhost:8080");
		assertThat(outcome.isAccepted()).as(String.valueOf(outcome.reason())).isTrue();
		MimeMessage received = SmtpServer.waitFor(to, 1).get(0);
		assertThat(received.getMessageID()).isEqualTo("<mail-it-1@clientele.test>");
		assertThat(received.getSubject()).isEqualTo("测试邮件");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.getContentType()).startsWith("multipart/alternative");
	}

}

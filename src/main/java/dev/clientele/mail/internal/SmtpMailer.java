package dev.clientele.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.clientele.mail.MailManagement;
import dev.clientele.mail.MailOutcome;
import dev.clientele.mail.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Sends through Spring Boot's {@link JavaMailSenderImpl}, configured from {@code spring.mail.*}
 * (which application.properties maps from {@code CLIENTELE_SMTP_*}).
 */
@Service
class SmtpMailer implements MailManagement {

	private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

	/** The system property that names Jakarta Mail's stream provider. */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 finds its stream provider with a ServiceLoader on every header encoded or
		// decoded and every body part (jakartaee/mail-api#861); in the packaged jar that scan took over
		// a quarter of a campaign's sending time. Named, the provider is a plain class lookup. A value
		// given on the command line wins.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSenderImpl sender;

	private final String from;

	private final String publicUrl;

	@Autowired
	SmtpMailer(ObjectProvider<JavaMailSender> senders, @Value("${clientele.mail.from:}") String from,
			@Value("${clientele.public-url:http://localhost:8080}") String publicUrl) {
		this(senders.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl : null, from, publicUrl);
	}

	/** @param sender the configured sender; {@code null} or one without a host when no server is configured */
	SmtpMailer(JavaMailSenderImpl sender, String from, String publicUrl) {
		this.sender = sender != null && StringUtils.hasText(sender.getHost()) ? sender : null;
		this.from = StringUtils.hasText(from) ? from.strip() : "clientele@localhost";
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	@Override
	public MailOutcome send(OutgoingMail mail) {
		return sendAll(List.of(mail)).get(0);
	}

	@Override
	public List<MailOutcome> sendAll(List<OutgoingMail> mails) {
		List<MailOutcome> outcomes = new ArrayList<>(mails.size());
		if (sender == null) {
			mails.forEach(mail -> outcomes.add(MailOutcome.temporaryFailure("no SMTP server configured (CLIENTELE_SMTP_HOST)")));
			return outcomes;
		}
		List<MimeMessage> messages = new ArrayList<>();
		for (OutgoingMail mail : mails) {
			try {
				messages.add(message(mail));
				outcomes.add(null);
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				messages.add(null);
				outcomes.add(MailFailures.classify(ex));
			}
		}
		List<MimeMessage> ready = messages.stream().filter(m -> m != null).toList();
		Map<Object, Exception> failed = Map.of();
		MailOutcome all = null;
		if (!ready.isEmpty()) {
			try {
				sender.send(ready.toArray(MimeMessage[]::new));
			}
			catch (MailSendException ex) {
				failed = ex.getFailedMessages();
				if (failed.isEmpty()) {
					all = MailFailures.classify(ex);
				}
			}
			catch (MailException ex) {
				all = MailFailures.classify(ex);
			}
		}
		for (int i = 0; i < outcomes.size(); i++) {
			if (outcomes.get(i) == null) {
				Exception problem = failed.get(messages.get(i));
				MailOutcome outcome = all != null ? all
						: problem == null ? MailOutcome.accepted() : MailFailures.classify(problem);
				if (!outcome.isAccepted()) {
					LOG.info("Mail {} not sent: {}", mails.get(i).messageId(), outcome.reason());
				}
				outcomes.set(i, outcome);
			}
		}
		return outcomes;
	}

	private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = new FixedIdMessage(sender.getSession(), mail.messageId());
		message.setFrom(new InternetAddress(from, true));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
		message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(new Date());
		for (Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2,
					MimeUtility.encodeText(header.getValue(), StandardCharsets.UTF_8.name(), null)));
		}
		if (mail.text() != null && mail.html() != null) {
			MimeMultipart alternative = new MimeMultipart("alternative");
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text(), StandardCharsets.UTF_8.name());
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			message.setContent(alternative);
		}
		else if (mail.html() != null) {
			message.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
		}
		else {
			message.setText(mail.text(), StandardCharsets.UTF_8.name());
		}
		return message;
	}

	@Override
	public boolean configured() {
		return sender != null;
	}

	@Override
	public String from() {
		return from;
	}

	@Override
	public String publicUrl() {
		return publicUrl;
	}

}

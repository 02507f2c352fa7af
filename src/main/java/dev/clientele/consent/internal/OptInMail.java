package dev.clientele.consent.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.mail.MailManagement;
import dev.clientele.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The double opt-in message, in the requesting user's language, as text and HTML. */
@Component
class OptInMail {

	private final MessageSource messages;

	private final MailManagement mail;

	OptInMail(MessageSource messages, MailManagement mail) {
		this.messages = messages;
		this.mail = mail;
	}

	OutgoingMail message(String to, String link, UUID messageId) {
		Locale locale = LocaleContextHolder.getLocale();
		String subject = messages.getMessage("consent.optIn.mail.subject", null, locale);
		String body = messages.getMessage("consent.optIn.mail.body", null, locale);
		String action = messages.getMessage("consent.optIn.mail.action", null, locale);
		String ignore = messages.getMessage("consent.optIn.mail.ignore", null, locale);
		String text = body + "\n\n" + link + "\n\n" + ignore + "\n";
		String html = "<!DOCTYPE html><html><body><p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\""
				+ HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(action) + "</a></p><p>"
				+ HtmlUtils.htmlEscape(ignore) + "</p></body></html>";
		return new OutgoingMail(to, subject, html, text, "<consent-" + messageId + "@" + domain(mail.from()) + ">",
				Map.of("Auto-Submitted", "auto-generated"));
	}

	private static String domain(String address) {
		int at = address.lastIndexOf('@');
		String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
		return domain.isEmpty() ? "clientele" : domain;
	}

}

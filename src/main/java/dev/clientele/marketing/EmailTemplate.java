package dev.clientele.marketing;

/**
 * The message of an email campaign. Subject and bodies may hold placeholders such as
 * {@code {{customer.name}}} or {@code {{links.unsubscribe}}} (see the README for the list); values
 * are escaped for HTML and never read as template text, so customer data cannot inject markup or
 * placeholders. Every {@code http(s)} link of the HTML body is tracked when sent.
 */
public record EmailTemplate(String subject, String html, String text) {

	public static final EmailTemplate NONE = new EmailTemplate(null, null, null);

	public boolean empty() {
		return subject == null && html == null && text == null;
	}

}

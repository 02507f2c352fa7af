package dev.clientele.mail;

import java.util.List;

/**
 * The façade of outgoing email. Sending never throws for a delivery problem: every message gets a
 * {@link MailOutcome}. Connections and reads time out (see the README), so a dead server cannot
 * hold a sender for long. Callers check permissions and consent themselves; this module only sends.
 */
public interface MailManagement {

	/**
	 * Hands one message to the SMTP server over a connection of its own.
	 *
	 * @return {@link MailOutcome#accepted()} once the server took the message for delivery; a
	 * temporary failure for 4xx answers, connection problems, time-outs and an unconfigured server;
	 * a permanent failure for 5xx answers and addresses that cannot be sent to
	 */
	MailOutcome send(OutgoingMail mail);

	/**
	 * Hands several messages to the SMTP server over one connection (reconnecting after a message
	 * that broke it): the fast path for sending many. One outcome per message, in the same order.
	 */
	List<MailOutcome> sendAll(List<OutgoingMail> mails);

	/** Whether an SMTP server is configured ({@code CLIENTELE_SMTP_HOST}); without one every send fails temporarily. */
	boolean configured();

	/** The sender address of every message ({@code CLIENTELE_SMTP_FROM}). */
	String from();

	/**
	 * The application's public base URL without a trailing slash ({@code CLIENTELE_PUBLIC_URL},
	 * default {@code http://localhost:8080}): links in messages are built from it.
	 */
	String publicUrl();

}

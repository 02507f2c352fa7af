package dev.clientele.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is the caller's, verbatim: JavaMail would otherwise make a new one
 * on every {@code saveChanges()}, and a resend would look like a different message.
 */
final class FixedIdMessage extends MimeMessage {

	private final String messageId;

	FixedIdMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", messageId);
	}

}

package dev.clientele.mail.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.mail.MailOutcome;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Tells a temporary failure from a permanent one. The recipient's fate decides: an SMTP answer of
 * 4xx to the recipient or the message is temporary, 5xx permanent, and so is an address that cannot
 * be parsed. Everything about the server rather than the recipient is temporary, because fixing it
 * (or waiting) lets the same message through: no connection, time-outs, a refused login, a refused
 * sender address (a configuration error that would otherwise fail every recipient for good).
 */
final class MailFailures {

	private MailFailures() {
	}

	static MailOutcome classify(Throwable failure) {
		List<Throwable> chain = chain(failure);
		for (Throwable problem : chain) {
			if (problem instanceof SMTPSenderFailedException sender) {
				return MailOutcome.temporaryFailure("sender refused: " + answer(sender.getReturnCode(), sender));
			}
		}
		for (Throwable problem : chain) {
			if (problem instanceof SMTPAddressFailedException address) {
				return byCode(address.getReturnCode(), "recipient refused: " + answer(address.getReturnCode(), address));
			}
			if (problem instanceof SMTPSendFailedException send) {
				return byCode(send.getReturnCode(), "message refused: " + answer(send.getReturnCode(), send));
			}
		}
		for (Throwable problem : chain) {
			if (problem instanceof AddressException address) {
				return MailOutcome.permanentFailure("invalid address: " + address.getMessage());
			}
			if (problem instanceof AuthenticationFailedException || problem instanceof MailAuthenticationException) {
				return MailOutcome.temporaryFailure("the SMTP server refused the login");
			}
			if (problem instanceof MailConnectException || problem instanceof IOException) {
				return MailOutcome.temporaryFailure("no connection to the SMTP server: " + problem.getMessage());
			}
		}
		for (Throwable problem : chain) {
			if (problem instanceof SendFailedException send && send.getInvalidAddresses() != null
					&& send.getInvalidAddresses().length > 0) {
				return MailOutcome.permanentFailure("invalid address: " + send.getMessage());
			}
		}
		return MailOutcome.temporaryFailure(failure.getClass().getSimpleName() + ": " + failure.getMessage());
	}

	private static MailOutcome byCode(int code, String reason) {
		return code >= 400 && code < 500 ? MailOutcome.temporaryFailure(reason) : MailOutcome.permanentFailure(reason);
	}

	private static String answer(int code, Exception ex) {
		String message = ex.getMessage() == null ? "" : ex.getMessage().strip();
		return message.startsWith(String.valueOf(code)) ? message : code + " " + message;
	}

	/** The failure, its causes, JavaMail's next exceptions and Spring's per-message exceptions, each once. */
	private static List<Throwable> chain(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		List<Throwable> pending = new ArrayList<>(List.of(failure));
		while (!pending.isEmpty()) {
			Throwable next = pending.remove(0);
			if (next == null || seen.put(next, Boolean.TRUE) != null) {
				continue;
			}
			chain.add(next);
			pending.add(next.getCause());
			if (next instanceof MessagingException messaging) {
				pending.add(messaging.getNextException());
			}
			if (next instanceof MailSendException send) {
				pending.addAll(List.of(send.getMessageExceptions()));
			}
		}
		return chain;
	}

}

package dev.clientele.consent;

import dev.clientele.mail.MailOutcome;

/**
 * The answer to a double opt-in request.
 *
 * @param consent the email consent in force afterwards: pending when the message went out, as it
 * was when it was already granted (nothing is sent then) or when sending failed
 * @param mail what became of the confirmation message; {@code null} when nothing was sent
 */
public record OptInRequested(Consent consent, MailOutcome mail) {
}

package dev.clientele.mail;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of one message.
 *
 * @param reason for a failure: the server's answer or the problem, in English, for logs and
 * delivery records; {@code null} when accepted
 */
public record MailOutcome(Status status, String reason) {

	public enum Status {

		/** The SMTP server took the message for delivery. */
		ACCEPTED,
		/** Worth retrying later: a 4xx answer, no connection, a time-out, no server configured. */
		TEMPORARY_FAILURE,
		/** Retrying will not help: a 5xx answer or an address that cannot be sent to. */
		PERMANENT_FAILURE;

		/** The JSON name: {@code accepted}, {@code temporary-failure}, {@code permanent-failure}. */
		@JsonValue
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public MailOutcome {
		Objects.requireNonNull(status, "status");
		if (status != Status.ACCEPTED) {
			Objects.requireNonNull(reason, "reason");
		}
	}

	public static MailOutcome accepted() {
		return new MailOutcome(Status.ACCEPTED, null);
	}

	public static MailOutcome temporaryFailure(String reason) {
		return new MailOutcome(Status.TEMPORARY_FAILURE, reason);
	}

	public static MailOutcome permanentFailure(String reason) {
		return new MailOutcome(Status.PERMANENT_FAILURE, reason);
	}

	@JsonIgnore
	public boolean isAccepted() {
		return status == Status.ACCEPTED;
	}

	@JsonIgnore
	public boolean isTemporaryFailure() {
		return status == Status.TEMPORARY_FAILURE;
	}

	@JsonIgnore
	public boolean isPermanentFailure() {
		return status == Status.PERMANENT_FAILURE;
	}

}

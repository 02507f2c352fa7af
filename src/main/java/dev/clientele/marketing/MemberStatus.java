package dev.clientele.marketing;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a member stands. The funnel stages are ordered, {@code targeted} first and
 * {@code converted} last; {@code bounced}, {@code unsubscribed} and {@code unknown} stand beside
 * them. {@code sending} is the short moment between claiming a member and hearing from the mail
 * server.
 */
public enum MemberStatus {

	TARGETED(0), SENDING(0), SENT(1), DELIVERED(2), OPENED(3), CLICKED(4), RESPONDED(5), CONVERTED(6),
	BOUNCED(-1), UNSUBSCRIBED(-1), UNKNOWN(-1);

	private final int stage;

	MemberStatus(int stage) {
		this.stage = stage;
	}

	/** The position in the funnel, or -1 for a status beside it. */
	public int stage() {
		return stage;
	}

	public boolean inFunnel() {
		return stage >= 0 && this != SENDING;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<MemberStatus> fromJson(String name) {
		for (MemberStatus status : values()) {
			if (status.json().equals(name)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	/** The statuses a user may log by hand or from a file. */
	public static final java.util.List<MemberStatus> LOGGABLE = java.util.List.of(SENT, DELIVERED, OPENED, CLICKED,
			RESPONDED, CONVERTED, BOUNCED, UNSUBSCRIBED);

}

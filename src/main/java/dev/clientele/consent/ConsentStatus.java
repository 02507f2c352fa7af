package dev.clientele.consent;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a subject stands on a channel. Only {@link #GRANTED} permits contact; {@link #PENDING} (a
 * double opt-in email sent, not yet confirmed) never does.
 */
public enum ConsentStatus {

	GRANTED, WITHDRAWN, PENDING;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ConsentStatus> fromKey(String key) {
		for (ConsentStatus status : values()) {
			if (status.key().equals(key)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}

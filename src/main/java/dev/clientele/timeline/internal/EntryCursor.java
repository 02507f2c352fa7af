package dev.clientele.timeline.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.timeline.TimelineEntry;

/** Where a timeline page ended: the last entry's occurrence and id, opaque to clients. */
record EntryCursor(Instant occurredAt, UUID id) {

	static EntryCursor after(TimelineEntry entry) {
		return new EntryCursor(entry.occurredAt(), entry.id());
	}

	String encode() {
		String plain = occurredAt + "|" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @return {@code null} for no cursor
	 * @throws InvalidInputException on {@code cursor} if it is not one this class encoded
	 */
	static EntryCursor decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int bar = plain.indexOf('|');
			return new EntryCursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
		}
		catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException notACursor) {
			throw InvalidInputException.of("cursor", "cursor.invalid");
		}
	}

}

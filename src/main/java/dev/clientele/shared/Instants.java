package dev.clientele.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Instants as the API takes them, e.g. {@code asOf=2026-12-01T08:00:00Z}. */
public final class Instants {

	private Instants() {
	}

	/** @throws InvalidInputException naming {@code parameter} if the text is no ISO-8601 instant */
	public static Instant parse(String text, String parameter) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(parameter, "json.instant");
		}
	}

}

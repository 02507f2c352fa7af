package dev.clientele.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One entry of a customer's timeline, as the reader may see it (a hidden amount or body is
 * {@code null}).
 *
 * @param occurredAt when it happened (business time)
 * @param recordedAt when Clientele learned it (set by the server)
 * @param attributes the kind's typed attributes: text, numbers as decimal strings, dates as
 * {@code yyyy-MM-dd}, booleans as {@code true}/{@code false}
 * @param supersedes the entry this one corrects, or {@code null}
 * @param state {@code current}, or {@code corrected}/{@code voided} as recorded by the time the timeline was read as of
 * @param supersededBy the correcting entry, when {@code corrected}
 * @param voidReason the reason given, when {@code voided}
 * @param supersededAt when it was corrected or voided
 * @param supersededActorId who corrected or voided it
 */
public record TimelineEntry(UUID id, UUID customerId, UUID contactId, String kind, Instant occurredAt,
		Instant recordedAt, UUID actorId, String subject, String body, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
		String status, Map<String, String> attributes, String source, String externalId, UUID supersedes,
		String state, UUID supersededBy, String voidReason, Instant supersededAt, UUID supersededActorId) {

	public static final String CURRENT = "current";

	public static final String CORRECTED = "corrected";

	public static final String VOIDED = "voided";

	public TimelineEntry {
		attributes = Map.copyOf(attributes);
	}

	public boolean current() {
		return CURRENT.equals(state);
	}

}

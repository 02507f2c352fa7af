package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An entry that passed the rules, normalised and typed, not yet written. */
record EntryDraft(UUID customerId, UUID contactId, String kind, Instant occurredAt, String subject, String body,
		BigDecimal amount, String currency, String status, Map<String, String> attributes, String source,
		String externalId, UUID supersedes) {

	EntryDraft {
		attributes = Map.copyOf(attributes);
	}

	/** The UTC month of its occurrence: the partition it goes to on PostgreSQL. */
	java.time.YearMonth month() {
		return java.time.YearMonth.from(occurredAt.atOffset(java.time.ZoneOffset.UTC));
	}

	/** The next follow-up date of a follow-up entry, or {@code null}. */
	LocalDate nextFollowUpOn() {
		String date = attributes.get(BuiltInKinds.NEXT_FOLLOW_UP);
		return date == null || !kind.equals(BuiltInKinds.FOLLOW_UP) ? null : LocalDate.parse(date);
	}

}

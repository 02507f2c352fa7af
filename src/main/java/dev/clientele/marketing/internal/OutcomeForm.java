package dev.clientele.marketing.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.clientele.marketing.MemberStatus;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;

/**
 * One outcome as the campaign page's form posts it; the time is the browser's
 * {@code datetime-local} value in the server's time zone, blank for now.
 */
record OutcomeForm(String customerId, String status, String occurredAt, String note) {

	static OutcomeForm blank() {
		return new OutcomeForm("", MemberStatus.RESPONDED.json(), "", "");
	}

	/** @throws InvalidInputException naming each field the form cannot read */
	Outcome read() {
		Violations violations = new Violations();
		UUID customer = customerId == null || customerId.isBlank() ? null : Ids.parse(customerId.strip()).orElse(null);
		if (customer == null) {
			violations.add("customerId", customerId == null || customerId.isBlank() ? "field.required" : "json.id");
		}
		MemberStatus chosen = status == null ? null : MemberStatus.fromJson(status).orElse(null);
		if (chosen == null || !MemberStatus.LOGGABLE.contains(chosen)) {
			violations.add("status", "campaign.memberStatus");
		}
		Instant at = null;
		if (occurredAt != null && !occurredAt.isBlank()) {
			try {
				at = LocalDateTime.parse(occurredAt.strip()).atZone(CampaignForm.ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				violations.add("occurredAt", "timeline.dateTimeInvalid");
			}
		}
		violations.throwIfAny();
		return new Outcome(customer, chosen, at, note == null || note.isBlank() ? null : note.strip());
	}

	/** What the form says, read. */
	record Outcome(UUID customerId, MemberStatus status, Instant at, String note) {
	}

}

package dev.clientele.timeline.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.RecordEntry;
import dev.clientele.timeline.TimelineEntry;

/**
 * An entry as a page form posts it: the kind's fields and attributes ({@code attributes[channel]}),
 * the occurrence as the browser's local date and time in the server's time zone.
 */
public class EntryForm {

	static final String[] BINDABLE = { "kind", "occurredAt", "subject", "body", "amount", "currency", "status",
			"attributes*" };

	static final ZoneId ZONE = ZoneId.systemDefault();

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private String kind;

	private String occurredAt;

	private String subject;

	private String body;

	private String amount;

	private String currency;

	private String status;

	private Map<String, String> attributes = new LinkedHashMap<>();

	/** An empty form of a kind, occurring now. */
	static EntryForm blank(String kind, java.time.Instant now) {
		EntryForm form = new EntryForm();
		form.kind = kind;
		form.occurredAt = local(now.truncatedTo(ChronoUnit.MINUTES));
		return form;
	}

	/** A form holding an entry, to correct it. */
	static EntryForm of(TimelineEntry entry) {
		EntryForm form = new EntryForm();
		form.kind = entry.kind();
		form.occurredAt = local(entry.occurredAt());
		form.subject = entry.subject();
		form.body = entry.body();
		form.amount = entry.amount() == null ? null : entry.amount().toPlainString();
		form.currency = entry.currency();
		form.status = entry.status();
		form.attributes = new LinkedHashMap<>(entry.attributes());
		return form;
	}

	/**
	 * The command; blank values stay blank for the rules to judge.
	 *
	 * @throws InvalidInputException on {@code occurredAt} if it is no local date and time
	 */
	RecordEntry toCommand(UUID customerId, UUID contactId, UUID supersedes, WriteContext context) {
		Map<String, String> given = new LinkedHashMap<>();
		attributes.forEach((key, value) -> {
			if (value != null && !value.isBlank()) {
				given.put(key, value);
			}
		});
		return new RecordEntry(customerId, contactId == null ? null : contactId.toString(), kind, instant(occurredAt),
				subject, body, amount, currency, status, given, "ui", null,
				supersedes == null ? null : supersedes.toString(), context);
	}

	private static String local(java.time.Instant instant) {
		return LOCAL.format(instant.atZone(ZONE));
	}

	private static String instant(String local) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(ZONE).toOffsetDateTime().toString();
		}
		catch (DateTimeParseException notADateTime) {
			throw InvalidInputException.of("occurredAt", "timeline.dateTimeInvalid");
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(String occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public Map<String, String> getAttributes() {
		return attributes;
	}

	public void setAttributes(Map<String, String> attributes) {
		this.attributes = attributes;
	}

}

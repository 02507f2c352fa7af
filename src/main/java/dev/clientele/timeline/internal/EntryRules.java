package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.EntryKind.Attribute;
import dev.clientele.timeline.RecordEntry;

/**
 * The rules an entry must meet before it is appended, whatever the path (form, API, batch): a
 * known kind; money only where the kind has it, as an exact non-negative decimal with at most four
 * places in an ISO 4217 currency; a status the kind allows (its first by default); the kind's
 * attributes, typed; an occurrence no later than a day ahead of now.
 */
final class EntryRules {

	static final int MAX_SUBJECT = 200;

	static final int MAX_BODY = 20_000;

	static final int MAX_EXTERNAL_ID = 200;

	static final int MAX_ATTRIBUTE = 1_000;

	static final int MAX_AMOUNT_DIGITS = 15;

	static final int MAX_AMOUNT_SCALE = 4;

	static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

	private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9._:-]{0,63}");

	private final Function<String, Optional<EntryKind>> kinds;

	private final String baseCurrency;

	EntryRules(Function<String, Optional<EntryKind>> kinds, String baseCurrency) {
		this.kinds = kinds;
		this.baseCurrency = baseCurrency;
	}

	/** The draft, or the violations found (all of them); never both. */
	record Judgement(EntryDraft draft, Violations violations) {
	}

	Judgement judge(RecordEntry in, Instant now) {
		Violations v = new Violations();
		if (in.customerId() == null) {
			v.add("customerId", "field.required");
		}
		EntryKind kind = null;
		if (blank(in.kind())) {
			v.add("kind", "field.required");
		}
		else {
			kind = kinds.apply(in.kind().strip()).orElse(null);
			if (kind == null) {
				v.add("kind", "timeline.kindUnknown", in.kind().strip());
			}
		}
		Instant occurredAt = occurredAt(in.occurredAt(), now, v);
		String subject = text(in.subject(), "subject", MAX_SUBJECT, v);
		String body = text(in.body(), "body", MAX_BODY, v);
		String externalId = text(in.externalId(), "externalId", MAX_EXTERNAL_ID, v);
		String source = blank(in.source()) ? null : in.source().strip();
		if (source == null) {
			v.add("source", "field.required");
		}
		else if (!SOURCE.matcher(source).matches()) {
			v.add("source", "timeline.sourceInvalid");
		}
		UUID contactId = id(in.contactId(), "contactId", v);
		UUID supersedes = id(in.supersedes(), "supersedes", v);
		BigDecimal amount = null;
		String currency = null;
		String status = null;
		Map<String, String> attributes = Map.of();
		if (kind != null) {
			amount = amount(kind, in.amount(), v);
			currency = amount == null ? noCurrency(in.currency(), v) : currency(in.currency(), v);
			status = status(kind, in.status(), v);
			attributes = attributes(kind, in.attributes(), v);
		}
		if (!v.isEmpty()) {
			return new Judgement(null, v);
		}
		return new Judgement(new EntryDraft(in.customerId(), contactId, kind.key(), occurredAt, subject, body, amount,
				currency, status, attributes, source, externalId, supersedes), v);
	}

	private static Instant occurredAt(String value, Instant now, Violations v) {
		if (blank(value)) {
			return now;
		}
		Instant instant;
		try {
			instant = OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException notAnInstant) {
			v.add("occurredAt", "json.instant");
			return null;
		}
		if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
			v.add("occurredAt", "timeline.occurredInFuture");
		}
		return instant;
	}

	private static BigDecimal amount(EntryKind kind, String value, Violations v) {
		if (blank(value)) {
			if (kind.moneyRequired()) {
				v.add("amount", "field.required");
			}
			return null;
		}
		if (!kind.money()) {
			v.add("amount", "timeline.noMoney", kind.key());
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(value.strip());
		}
		catch (NumberFormatException notADecimal) {
			v.add("amount", "timeline.amountInvalid");
			return null;
		}
		if (amount.signum() < 0) {
			v.add("amount", "timeline.amountNegative");
		}
		else if (amount.scale() > MAX_AMOUNT_SCALE) {
			v.add("amount", "timeline.amountScale", MAX_AMOUNT_SCALE);
		}
		else if (amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS) {
			v.add("amount", "timeline.amountTooLarge", MAX_AMOUNT_DIGITS);
		}
		return amount;
	}

	private String currency(String value, Violations v) {
		if (blank(value)) {
			return baseCurrency;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		try {
			if (code.length() == 3) {
				return Currency.getInstance(code).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException unknown) {
			// reported below
		}
		v.add("currency", "timeline.currencyUnknown", value.strip());
		return null;
	}

	private static String noCurrency(String value, Violations v) {
		if (!blank(value)) {
			v.add("currency", "timeline.currencyWithoutAmount");
		}
		return null;
	}

	private static String status(EntryKind kind, String value, Violations v) {
		if (kind.statuses().isEmpty()) {
			if (!blank(value)) {
				v.add("status", "timeline.noStatus", kind.key());
			}
			return null;
		}
		if (blank(value)) {
			return kind.statuses().get(0);
		}
		String status = value.strip();
		if (!kind.statuses().contains(status)) {
			v.add("status", "timeline.statusUnknown", status, String.join(", ", kind.statuses()));
		}
		return status;
	}

	private static Map<String, String> attributes(EntryKind kind, Map<String, String> values, Violations v) {
		Map<String, String> result = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (kind.attribute(key).isEmpty()) {
				v.add("attributes." + key, "field.unknown");
			}
		});
		for (Attribute attribute : kind.attributes()) {
			String path = "attributes." + attribute.key();
			String value = values.get(attribute.key());
			if (blank(value)) {
				if (attribute.required()) {
					v.add(path, "field.required");
				}
				continue;
			}
			value = value.strip();
			if (value.length() > MAX_ATTRIBUTE) {
				v.add(path, "field.tooLong", MAX_ATTRIBUTE);
				continue;
			}
			typed(attribute, value, path, v).ifPresent(typed -> result.put(attribute.key(), typed));
		}
		return result;
	}

	/** The value in its one stored spelling, or empty with a violation. */
	private static Optional<String> typed(Attribute attribute, String value, String path, Violations v) {
		switch (attribute.type()) {
			case NUMBER:
				try {
					return Optional.of(new BigDecimal(value).toPlainString());
				}
				catch (NumberFormatException notANumber) {
					v.add(path, "timeline.attributeNumber");
					return Optional.empty();
				}
			case DATE:
				try {
					return Optional.of(LocalDate.parse(value).toString());
				}
				catch (DateTimeParseException notADate) {
					v.add(path, "timeline.attributeDate");
					return Optional.empty();
				}
			case BOOLEAN:
				if (value.equals("true") || value.equals("false")) {
					return Optional.of(value);
				}
				v.add(path, "json.boolean");
				return Optional.empty();
			case CHOICE:
				if (attribute.options().contains(value)) {
					return Optional.of(value);
				}
				v.add(path, "timeline.attributeChoice", value, String.join(", ", attribute.options()));
				return Optional.empty();
			default:
				return Optional.of(value);
		}
	}

	private static String text(String value, String path, int max, Violations v) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > max) {
			v.add(path, "field.tooLong", max);
		}
		return text;
	}

	private static UUID id(String value, String path, Violations v) {
		if (blank(value)) {
			return null;
		}
		Optional<UUID> id = Ids.parse(value.strip());
		if (id.isEmpty()) {
			v.add(path, "json.id");
		}
		return id.orElse(null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

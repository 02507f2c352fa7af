package dev.clientele.customfield.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomValue;
import dev.clientele.shared.Violations;

/** Turns one raw input value into a typed value of its field, or reports why it cannot. */
final class CustomValueParser {

	static final int MAX_TEXT = 1000;

	private CustomValueParser() {
	}

	/** An empty result means "no value" (null, blank text, empty list) or a reported violation. */
	static Optional<CustomValue> parse(CustomField field, Object raw, String path, Violations violations) {
		if (raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty())) {
			return Optional.empty();
		}
		return switch (field.type()) {
			case TEXT -> text(raw, path, violations);
			case NUMBER -> number(raw, path, violations);
			case DECIMAL -> decimal(raw, path, violations);
			case DATE -> date(raw, path, violations);
			case BOOLEAN -> bool(raw, path, violations);
			case SINGLE_SELECT -> choice(field, raw, path, violations);
			case MULTI_SELECT -> choices(field, raw, path, violations);
		};
	}

	private static Optional<CustomValue> text(Object raw, String path, Violations violations) {
		if (!(raw instanceof String s)) {
			violations.add(path, "customField.text");
			return Optional.empty();
		}
		String value = s.strip();
		if (value.length() > MAX_TEXT) {
			violations.add(path, "field.tooLong", MAX_TEXT);
			return Optional.empty();
		}
		return Optional.of(new CustomValue.Text(value));
	}

	private static Optional<CustomValue> number(Object raw, String path, Violations violations) {
		BigDecimal decimal = toDecimal(raw);
		if (decimal == null || decimal.stripTrailingZeros().scale() > 0) {
			violations.add(path, "customField.number");
			return Optional.empty();
		}
		try {
			return Optional.of(new CustomValue.Number(decimal.longValueExact()));
		}
		catch (ArithmeticException ex) {
			violations.add(path, "customField.number");
			return Optional.empty();
		}
	}

	private static Optional<CustomValue> decimal(Object raw, String path, Violations violations) {
		BigDecimal decimal = toDecimal(raw);
		if (decimal == null) {
			violations.add(path, "customField.decimal");
			return Optional.empty();
		}
		BigDecimal plain = decimal.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		if (plain.scale() > 10 || plain.precision() - plain.scale() > 28) {
			violations.add(path, "customField.decimalRange");
			return Optional.empty();
		}
		return Optional.of(new CustomValue.Decimal(plain));
	}

	private static BigDecimal toDecimal(Object raw) {
		if (raw instanceof BigDecimal d) {
			return d;
		}
		if (raw instanceof BigInteger i) {
			return new BigDecimal(i);
		}
		if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
			return BigDecimal.valueOf(((java.lang.Number) raw).longValue());
		}
		if (raw instanceof Double || raw instanceof Float) {
			return new BigDecimal(raw.toString());
		}
		if (raw instanceof String s) {
			try {
				return new BigDecimal(s.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static Optional<CustomValue> date(Object raw, String path, Violations violations) {
		if (raw instanceof String s) {
			try {
				return Optional.of(new CustomValue.Date(LocalDate.parse(s.strip())));
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		violations.add(path, "customField.date");
		return Optional.empty();
	}

	private static Optional<CustomValue> bool(Object raw, String path, Violations violations) {
		if (raw instanceof Boolean b) {
			return Optional.of(new CustomValue.Bool(b));
		}
		if (raw instanceof String s && (s.equals("true") || s.equals("false") || s.equals("on"))) {
			return Optional.of(new CustomValue.Bool(!s.equals("false")));
		}
		violations.add(path, "customField.boolean");
		return Optional.empty();
	}

	private static Optional<CustomValue> choice(CustomField field, Object raw, String path, Violations violations) {
		if (raw instanceof String s && field.options().contains(s.strip())) {
			return Optional.of(new CustomValue.Choice(s.strip()));
		}
		violations.add(path, "customField.option", String.join(", ", field.options()));
		return Optional.empty();
	}

	private static Optional<CustomValue> choices(CustomField field, Object raw, String path, Violations violations) {
		List<?> items = raw instanceof List<?> list ? list : List.of(raw);
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Object item = items.get(i);
			if (item instanceof String s && field.options().contains(s.strip())) {
				chosen.add(s.strip());
			}
			else {
				violations.add(path + "[" + i + "]", "customField.option", String.join(", ", field.options()));
				return Optional.empty();
			}
		}
		// keep the options' own order so that equal choices compare equal
		List<String> ordered = new ArrayList<>(field.options());
		ordered.retainAll(chosen);
		return Optional.of(new CustomValue.Choices(ordered));
	}

}

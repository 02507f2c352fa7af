package dev.clientele.filter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.shared.Violations;

/**
 * Compiles a {@link Filter} into a parameterised SQL predicate over a whitelist of fields.
 * Field names map only to known expressions; every operand becomes a bind parameter.
 */
public final class FilterCompiler {

	private final Map<String, FilterField> fields;

	private final String parameterPrefix;

	private final Map<String, Object> params = new LinkedHashMap<>();

	private final Violations violations = new Violations();

	private final Clock clock;

	private FilterCompiler(Map<String, FilterField> fields, String parameterPrefix, Clock clock) {
		this.fields = fields;
		this.parameterPrefix = parameterPrefix;
		this.clock = clock;
	}

	/**
	 * @param fields the catalog of fields the filter may name
	 * @param parameterPrefix prefix of generated parameter names, to keep them apart from the caller's
	 * @param clock "now" for {@code withinLastDays}: its instant for instants, its zone's date for dates
	 * @throws dev.clientele.shared.InvalidInputException naming unknown fields, wrong operators and bad operands
	 */
	public static SqlPredicate compile(Filter filter, Map<String, FilterField> fields, String parameterPrefix, Clock clock) {
		FilterCompiler compiler = new FilterCompiler(fields, parameterPrefix, clock);
		String sql = compiler.sql(filter);
		compiler.violations.throwIfAny();
		return new SqlPredicate(sql, compiler.params);
	}

	/** Reads an operand of a field's type, as a filter value or a cursor value; {@code null} if it does not fit. */
	public static Object operand(ValueType type, Object raw) {
		try {
			return switch (type) {
				case TEXT -> raw instanceof String s ? s : null;
				case INTEGER -> raw instanceof BigDecimal d ? d.longValueExact()
						: raw instanceof String s ? Long.parseLong(s) : null;
				case DECIMAL -> raw instanceof BigDecimal d ? d : raw instanceof String s ? new BigDecimal(s) : null;
				case DATE -> raw instanceof String s ? LocalDate.parse(s) : null;
				case INSTANT -> raw instanceof String s ? instant(s) : null;
				case BOOLEAN -> raw instanceof Boolean b ? b : null;
				case ID -> raw instanceof String s ? java.util.UUID.fromString(s) : null;
			};
		}
		catch (ArithmeticException | IllegalArgumentException | DateTimeParseException ex) {
			return null;
		}
	}

	private static OffsetDateTime instant(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		return OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
	}

	private String sql(Filter filter) {
		if (filter instanceof Filter.And and) {
			return join(and.parts(), " and ", "1 = 1");
		}
		if (filter instanceof Filter.Or or) {
			return join(or.parts(), " or ", "1 = 0");
		}
		if (filter instanceof Filter.Not not) {
			return "not (" + sql(not.part()) + ")";
		}
		return condition((Filter.Condition) filter);
	}

	private String join(List<Filter> parts, String operator, String empty) {
		if (parts.isEmpty()) {
			return empty;
		}
		List<String> sql = new ArrayList<>();
		for (Filter part : parts) {
			sql.add("(" + sql(part) + ")");
		}
		return String.join(operator, sql);
	}

	private String condition(Filter.Condition condition) {
		FilterField field = fields.get(condition.field());
		if (field == null) {
			violations.add(condition.path() + ".field", "filter.unknownField", condition.field());
			return "1 = 1";
		}
		if (!allowed(field.type(), condition.op())) {
			violations.add(condition.path() + ".op", "filter.opNotForField", condition.op().json(), field.name());
			return "1 = 1";
		}
		if (condition.op() == FilterOp.IS_EMPTY) {
			boolean empty = (Boolean) condition.values().get(0);
			String present = field.sideTable() == null ? field.column() + " is not null" : exists(field, "1 = 1");
			return empty ? "not (" + present + ")" : present;
		}
		if (condition.op() == FilterOp.WITHIN_LAST_DAYS) {
			List<Object> window = window(field.type(), (Long) condition.values().get(0), clock);
			String test = field.column() + " between " + bind(window.get(0)) + " and " + bind(window.get(1));
			return field.sideTable() == null ? test : exists(field, test);
		}
		List<Object> operands = operands(field, condition);
		if (operands == null) {
			return "1 = 1";
		}
		String test = switch (condition.op()) {
			case EQ -> field.column() + " = " + bind(operands.get(0));
			case IN -> field.column() + " in (" + String.join(", ", operands.stream().map(this::bind).toList()) + ")";
			case CONTAINS -> "lower(" + field.column() + ") like " + bind(likePattern(operands.get(0), true)) + " escape '\\'";
			case STARTS_WITH -> field.column() + " like " + bind(likePattern(operands.get(0), false)) + " escape '\\'";
			case BETWEEN -> between(field.column(), operands.get(0), operands.get(1));
			case IS_EMPTY, WITHIN_LAST_DAYS -> throw new IllegalStateException("handled above");
		};
		return field.sideTable() == null ? test : exists(field, test);
	}

	private String between(String column, Object low, Object high) {
		if (low == null && high == null) {
			return "1 = 1";
		}
		if (low == null) {
			return column + " <= " + bind(high);
		}
		if (high == null) {
			return column + " >= " + bind(low);
		}
		return column + " between " + bind(low) + " and " + bind(high);
	}

	private String exists(FilterField field, String test) {
		params.putAll(field.fixedParams());
		return "exists (select 1 from " + field.sideTable() + " and " + test + ")";
	}

	private List<Object> operands(FilterField field, Filter.Condition condition) {
		List<Object> operands = new ArrayList<>();
		for (int i = 0; i < condition.values().size(); i++) {
			Object raw = condition.values().get(i);
			String path = condition.path() + ".value" + (condition.values().size() > 1
					|| condition.op() == FilterOp.IN ? "[" + i + "]" : "");
			if (raw == null) {
				operands.add(null);
				continue;
			}
			Object operand = operand(field.type(), raw);
			if (operand == null) {
				violations.add(path, "filter.valueType", field.name(), field.type().name().toLowerCase());
				return null;
			}
			if (operand instanceof String text) {
				String normalized = field.normalizer().apply(text);
				operand = condition.op() == FilterOp.CONTAINS ? normalized.toLowerCase(java.util.Locale.ROOT) : normalized;
			}
			operands.add(operand);
		}
		return operands;
	}

	private static boolean allowed(ValueType type, FilterOp op) {
		return switch (op) {
			case EQ, IS_EMPTY -> true;
			case IN -> type != ValueType.BOOLEAN;
			case CONTAINS, STARTS_WITH -> type == ValueType.TEXT;
			case BETWEEN -> type != ValueType.BOOLEAN && type != ValueType.TEXT && type != ValueType.ID;
			case WITHIN_LAST_DAYS -> type == ValueType.DATE || type == ValueType.INSTANT;
		};
	}

	/**
	 * The bounds, both included, of "within the last {@code days} days" as of the clock: for an
	 * instant from exactly that many days before now up to now, for a date from that many days
	 * before today up to today (in the clock's zone).
	 */
	static List<Object> window(ValueType type, long days, Clock clock) {
		if (type == ValueType.DATE) {
			LocalDate today = LocalDate.now(clock);
			return List.of(today.minusDays(days), today);
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		return List.of(now.minusDays(days), now);
	}

	private static String likePattern(Object operand, boolean contains) {
		String escaped = operand.toString().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return (contains ? "%" : "") + escaped + "%";
	}

	private String bind(Object value) {
		String name = parameterPrefix + params.size();
		params.put(name, value);
		return ":" + name;
	}

}

package dev.clientele.filter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates a {@link Filter} against one record held in memory, with the meaning the SQL that
 * {@link FilterCompiler} produces has: a condition on an empty direct field is unknown (so
 * {@code not} does not turn it true), a side-table field is true or false. For lists that cannot
 * be answered by the live tables, such as customers as they were recorded at an instant.
 *
 * <p>Values are handed in per field as a list (empty when the record has none) of: {@code String}
 * for text, {@code BigDecimal} for integers and decimals, {@code LocalDate}, {@code Instant},
 * {@code Boolean} and {@code UUID}.
 */
public final class FilterEvaluator {

	private final Filter filter;

	private final Map<String, FilterField> fields;

	private final Clock clock;

	private FilterEvaluator(Filter filter, Map<String, FilterField> fields, Clock clock) {
		this.filter = filter;
		this.fields = fields;
		this.clock = clock;
	}

	/**
	 * @param clock "now" for {@code withinLastDays}, as {@link FilterCompiler#compile} takes it
	 * @throws dev.clientele.shared.InvalidInputException naming unknown fields, wrong operators and
	 * bad operands, exactly as {@link FilterCompiler#compile} does
	 */
	public static FilterEvaluator of(Filter filter, Map<String, FilterField> fields, Clock clock) {
		FilterCompiler.compile(filter, fields, "e", clock);
		return new FilterEvaluator(filter, fields, clock);
	}

	public boolean matches(Function<String, List<Object>> values) {
		return Boolean.TRUE.equals(evaluate(filter, values));
	}

	/** Three-valued, as SQL: {@code null} is unknown. */
	private Boolean evaluate(Filter node, Function<String, List<Object>> values) {
		if (node instanceof Filter.And and) {
			boolean unknown = false;
			for (Filter part : and.parts()) {
				Boolean result = evaluate(part, values);
				if (Boolean.FALSE.equals(result)) {
					return false;
				}
				unknown |= result == null;
			}
			return unknown ? null : true;
		}
		if (node instanceof Filter.Or or) {
			boolean unknown = false;
			for (Filter part : or.parts()) {
				Boolean result = evaluate(part, values);
				if (Boolean.TRUE.equals(result)) {
					return true;
				}
				unknown |= result == null;
			}
			return unknown ? null : false;
		}
		if (node instanceof Filter.Not not) {
			Boolean result = evaluate(not.part(), values);
			return result == null ? null : !result;
		}
		return condition((Filter.Condition) node, values);
	}

	private Boolean condition(Filter.Condition condition, Function<String, List<Object>> values) {
		FilterField field = fields.get(condition.field());
		List<Object> present = values.apply(field.name());
		if (condition.op() == FilterOp.IS_EMPTY) {
			return present.isEmpty() == (Boolean) condition.values().get(0);
		}
		List<Object> operands = condition.op() == FilterOp.WITHIN_LAST_DAYS
				? inMemory(FilterCompiler.window(field.type(), (Long) condition.values().get(0), clock))
				: operands(field, condition);
		if (condition.op() == FilterOp.BETWEEN && operands.get(0) == null && operands.get(1) == null) {
			return true;
		}
		if (present.isEmpty()) {
			return field.sideTable() == null ? null : false;
		}
		for (Object value : present) {
			if (test(condition.op(), value, operands)) {
				return true;
			}
		}
		return false;
	}

	private static boolean test(FilterOp op, Object value, List<Object> operands) {
		return switch (op) {
			case EQ -> same(value, operands.get(0));
			case IN -> operands.stream().anyMatch(operand -> same(value, operand));
			case CONTAINS -> value.toString().toLowerCase(Locale.ROOT).contains(operands.get(0).toString());
			case STARTS_WITH -> value.toString().startsWith(operands.get(0).toString());
			case BETWEEN, WITHIN_LAST_DAYS -> (operands.get(0) == null || compare(value, operands.get(0)) >= 0)
					&& (operands.get(1) == null || compare(value, operands.get(1)) <= 0);
			case IS_EMPTY -> throw new IllegalStateException("handled by the caller");
		};
	}

	private static boolean same(Object value, Object operand) {
		return value instanceof BigDecimal number ? number.compareTo((BigDecimal) operand) == 0 : value.equals(operand);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object value, Object operand) {
		return ((Comparable) value).compareTo(operand);
	}

	/** Bounds as the compiler binds them, in the types values come in. */
	private static List<Object> inMemory(List<Object> bounds) {
		return bounds.stream().map(b -> b instanceof OffsetDateTime time ? (Object) time.toInstant() : b).toList();
	}

	/** The operands in the types values come in, normalised as the compiler does. */
	private static List<Object> operands(FilterField field, Filter.Condition condition) {
		List<Object> operands = new ArrayList<>();
		for (Object raw : condition.values()) {
			Object operand = raw == null ? null : FilterCompiler.operand(field.type(), raw);
			if (operand instanceof String text) {
				String normalized = field.normalizer().apply(text);
				operand = condition.op() == FilterOp.CONTAINS ? normalized.toLowerCase(Locale.ROOT) : normalized;
			}
			else if (operand instanceof Long number) {
				operand = BigDecimal.valueOf(number);
			}
			else if (operand instanceof OffsetDateTime time) {
				operand = time.toInstant();
			}
			operands.add(operand);
		}
		return operands;
	}

}

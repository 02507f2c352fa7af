package dev.clientele.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.junit.jupiter.api.Test;

class FilterCompilerTests {

	static final Map<String, FilterField> FIELDS = Map.of(
			"city", FilterField.column("city", ValueType.TEXT, "c.city"),
			"updatedAt", FilterField.column("updatedAt", ValueType.INSTANT, "c.updated_at"),
			"tags", FilterField.sideTable("tags", ValueType.TEXT, "customer_tags t where t.customer_id = c.id", "t.tag"),
			"spend", FilterField.column("spend", ValueType.DECIMAL, "f.spend"),
			"since", FilterField.column("since", ValueType.DATE, "c.since"),
			"lastOrderAt", FilterField.sideTable("lastOrderAt", ValueType.INSTANT,
					"customer_figures g where g.customer_id = c.id", "g.last_order_at"));

	static final Clock NOW = Clock.fixed(Instant.parse("2026-05-10T12:00:00Z"), ZoneOffset.UTC);

	@Test
	void withinLastDaysIsABoundWindowEndingNowForInstantsAndDates() {
		SqlPredicate predicate = compile("""
				{"and": [{"field": "updatedAt", "op": "withinLastDays", "value": 90},
				         {"field": "since", "op": "withinLastDays", "value": 7},
				         {"field": "lastOrderAt", "op": "withinLastDays", "value": 30}]}""");

		assertThat(predicate.sql()).isEqualTo("(c.updated_at between :f0 and :f1) and (c.since between :f2 and :f3)"
				+ " and (exists (select 1 from customer_figures g where g.customer_id = c.id and g.last_order_at between :f4 and :f5))");
		assertThat(predicate.params()).containsEntry("f0", OffsetDateTime.parse("2026-02-09T12:00:00Z"))
			.containsEntry("f1", OffsetDateTime.parse("2026-05-10T12:00:00Z"))
			.containsEntry("f2", LocalDate.parse("2026-05-03"))
			.containsEntry("f3", LocalDate.parse("2026-05-10"))
			.containsEntry("f4", OffsetDateTime.parse("2026-04-10T12:00:00Z"));
	}

	@Test
	void withinLastDaysTakesAWholeNumberOfDaysUpToAHundredYearsAndOnlyDatesOrInstants() {
		for (String bad : List.of("0", "-3", "1.5", "\"90\"", "36501", "null")) {
			assertThat(catchThrowableOfType(InvalidInputException.class,
					() -> compile("{\"and\": [{\"field\": \"updatedAt\", \"op\": \"withinLastDays\", \"value\": " + bad + "}]}"))
				.violations()).as(bad).extracting(Violation::path, Violation::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("filter.and[0].value", "filter.days"));
		}
		assertThat(compile("{\"field\": \"updatedAt\", \"op\": \"withinLastDays\", \"value\": 36500}").sql())
			.isEqualTo("c.updated_at between :f0 and :f1");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> compile("{\"field\": \"city\", \"op\": \"withinLastDays\", \"value\": 3}")).violations())
			.extracting(Violation::path)
			.containsExactly("filter.op");
	}

	@Test
	void valuesBecomeBindParametersNeverSqlText() {
		SqlPredicate predicate = compile("""
				{"and": [{"field": "city", "op": "eq", "value": "深圳市' or 1=1 --"},
				         {"field": "tags", "op": "in", "value": ["VIP", "重点"]}]}""");

		assertThat(predicate.sql()).isEqualTo(
				"(c.city = :f0) and (exists (select 1 from customer_tags t where t.customer_id = c.id and t.tag in (:f1, :f2)))");
		assertThat(predicate.params()).containsEntry("f0", "深圳市' or 1=1 --").containsEntry("f1", "VIP");
	}

	@Test
	void orNotContainsStartsWithBetweenAndIsEmptyCompile() {
		SqlPredicate predicate = compile("""
				{"or": [{"field": "city", "op": "contains", "value": "50%_off"},
				        {"not": {"field": "city", "op": "startsWith", "value": "深"}},
				        {"field": "spend", "op": "between", "value": [100, null]},
				        {"field": "updatedAt", "op": "between", "value": ["2026-01-01", "2026-12-31T00:00:00Z"]},
				        {"field": "tags", "op": "isEmpty"}]}""");

		assertThat(predicate.sql()).contains("lower(c.city) like :f0 escape '\\'")
			.contains("not (c.city like :f1 escape '\\')")
			.contains("f.spend >= :f2")
			.contains("c.updated_at between :f3 and :f4")
			.contains("not (exists (select 1 from customer_tags t where t.customer_id = c.id and 1 = 1))");
		assertThat(predicate.params().get("f0")).isEqualTo("%50\\%\\_off%");
		assertThat(predicate.params().get("f2")).isEqualTo(new BigDecimal("100"));
		assertThat(predicate.params().get("f3")).isInstanceOf(OffsetDateTime.class);
	}

	@Test
	void everyBadPartIsNamedByItsPath() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> compile("""
				{"and": [{"field": "colour", "op": "eq", "value": "red"},
				         {"field": "city", "op": "between", "value": ["a", "b"]},
				         {"field": "spend", "op": "eq", "value": "lots"}]}"""));

		assertThat(ex.violations()).extracting(Violation::path)
			.containsExactly("filter.and[0].field", "filter.and[1].op", "filter.and[2].value");
	}

	@Test
	void malformedJsonAndUnknownOperatorsAreReportedByTheParser() {
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> FilterParser.parse("{oops", "filter"))
			.violations()).extracting(Violation::path).containsExactly("filter");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> FilterParser.parse("{\"field\":\"city\",\"op\":\"like\",\"value\":\"x\"}", "filter"))
			.violations()).extracting(Violation::path).containsExactly("filter.op");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> FilterParser.parse("{\"field\":\"city\",\"op\":\"in\",\"value\":\"x\"}", "filter"))
			.violations()).extracting(Violation::path).containsExactly("filter.value");
	}

	@Test
	void anEmptyFilterMatchesEverything() {
		assertThat(compile("").sql()).isEqualTo("1 = 1");
		assertThat(compile("{\"and\": []}").sql()).isEqualTo("1 = 1");
		assertThat(compile("{\"or\": []}").sql()).isEqualTo("1 = 0");
	}

	@Test
	void deepNestingIsRefused() {
		String deep = "{\"not\":".repeat(FilterParser.MAX_DEPTH + 2) + "{\"field\":\"city\",\"op\":\"eq\",\"value\":\"x\"}"
				+ "}".repeat(FilterParser.MAX_DEPTH + 2);

		assertThat(catchThrowableOfType(InvalidInputException.class, () -> FilterParser.parse(deep, "filter")).violations())
			.extracting(Violation::code)
			.containsExactly("filter.tooDeep");
	}

	private static SqlPredicate compile(String json) {
		return FilterCompiler.compile(FilterParser.parse(json, "filter"), FIELDS, "f", NOW);
	}

}

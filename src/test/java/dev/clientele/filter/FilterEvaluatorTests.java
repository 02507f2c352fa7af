package dev.clientele.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FilterEvaluatorTests {

	static final Map<String, FilterField> FIELDS = Map.of(
			"city", FilterField.column("city", ValueType.TEXT, "c.city"),
			"name", FilterField.column("name", ValueType.TEXT, "c.name"),
			"tags", FilterField.sideTable("tags", ValueType.TEXT, "customer_tags t where t.customer_id = c.id", "t.tag"),
			"email", FilterField.sideTable("email", ValueType.TEXT, "customer_emails e where e.customer_id = c.id", "e.address")
				.withNormalizer(text -> text.strip().toLowerCase()),
			"createdAt", FilterField.column("createdAt", ValueType.INSTANT, "c.created_at"),
			"customFields.score", new FilterField("customFields.score", ValueType.INTEGER, "v.number_value",
					"customer_field_values v where v.customer_id = c.id", Map.of(), true, null),
			"customFields.since", new FilterField("customFields.since", ValueType.DATE, "v.date_value",
					"customer_field_values v where v.customer_id = c.id", Map.of(), true, null));

	final Map<String, List<Object>> record = new HashMap<>(Map.of(
			"city", List.of("苏州市"), "name", List.of("Suzhou Silk Co."), "tags", List.of("VIP", "重点"),
			"email", List.of("info@silk.cn"), "createdAt", List.of(Instant.parse("2026-03-01T08:00:00Z")),
			"customFields.score", List.of(new BigDecimal("42")), "customFields.since", List.of(LocalDate.parse("2020-05-01"))));

	@Test
	void eachOperatorMeansWhatItMeansInTheLiveList() {
		assertThat(matches("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"苏州市\"}")).isTrue();
		assertThat(matches("{\"field\":\"city\",\"op\":\"in\",\"value\":[\"上海市\",\"苏州市\"]}")).isTrue();
		assertThat(matches("{\"field\":\"name\",\"op\":\"contains\",\"value\":\"SILK\"}")).isTrue();
		assertThat(matches("{\"field\":\"name\",\"op\":\"startsWith\",\"value\":\"suzhou\"}")).isFalse();
		assertThat(matches("{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"重点\"}")).isTrue();
		assertThat(matches("{\"field\":\"email\",\"op\":\"eq\",\"value\":\" INFO@silk.cn \"}")).isTrue();
		assertThat(matches("{\"field\":\"customFields.score\",\"op\":\"between\",\"value\":[40,null]}")).isTrue();
		assertThat(matches("{\"field\":\"customFields.score\",\"op\":\"eq\",\"value\":42}")).isTrue();
		assertThat(matches("{\"field\":\"customFields.since\",\"op\":\"between\",\"value\":[\"2021-01-01\",null]}")).isFalse();
		assertThat(matches("{\"field\":\"createdAt\",\"op\":\"between\",\"value\":[\"2026-01-01\",\"2026-12-31\"]}")).isTrue();
	}

	/** Two days after the record was created; "since" is 2020-05-01. */
	static final Clock NOW = Clock.fixed(Instant.parse("2026-03-03T08:00:00Z"), ZoneOffset.UTC);

	@Test
	void withinLastDaysAgreesWithTheCompilersWindow() {
		assertThat(matches("{\"field\":\"createdAt\",\"op\":\"withinLastDays\",\"value\":2}")).isTrue();
		assertThat(matches("{\"field\":\"createdAt\",\"op\":\"withinLastDays\",\"value\":1}")).isFalse();
		assertThat(matches("{\"field\":\"customFields.since\",\"op\":\"withinLastDays\",\"value\":2132}")).isTrue();
		assertThat(matches("{\"field\":\"customFields.since\",\"op\":\"withinLastDays\",\"value\":2131}")).isFalse();
		record.put("customFields.since", List.of());
		assertThat(matches("{\"not\":{\"field\":\"customFields.since\",\"op\":\"withinLastDays\",\"value\":30}}"))
			.isTrue();
		record.put("createdAt", List.of(Instant.parse("2026-03-04T08:00:00Z")));
		assertThat(matches("{\"field\":\"createdAt\",\"op\":\"withinLastDays\",\"value\":30}")).as("in the future")
			.isFalse();
	}

	@Test
	void anEmptyDirectFieldIsUnknownSoNotDoesNotMatchIt() {
		record.put("city", List.of());

		assertThat(matches("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"上海市\"}")).isFalse();
		assertThat(matches("{\"not\":{\"field\":\"city\",\"op\":\"eq\",\"value\":\"上海市\"}}")).isFalse();
		assertThat(matches("{\"field\":\"city\",\"op\":\"isEmpty\"}")).isTrue();
		assertThat(matches("{\"or\":[{\"field\":\"city\",\"op\":\"eq\",\"value\":\"x\"},{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"VIP\"}]}"))
			.isTrue();
	}

	@Test
	void anEmptySideTableFieldIsFalseSoNotMatchesIt() {
		record.put("tags", List.of());

		assertThat(matches("{\"not\":{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"VIP\"}}")).isTrue();
	}

	@Test
	void badFiltersAreRefusedLikeTheCompilerRefusesThem() {
		assertThatThrownBy(() -> FilterEvaluator.of(FilterParser.parse("{\"field\":\"nope\",\"op\":\"eq\",\"value\":1}", "filter"), FIELDS, NOW))
			.isInstanceOf(InvalidInputException.class);
	}

	private boolean matches(String json) {
		return FilterEvaluator.of(FilterParser.parse(json, "filter"), FIELDS, NOW)
			.matches(field -> record.getOrDefault(field, List.of()));
	}

}

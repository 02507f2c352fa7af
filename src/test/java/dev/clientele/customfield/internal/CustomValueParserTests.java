package dev.clientele.customfield.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.CustomValue;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Violation;
import dev.clientele.shared.Violations;
import org.junit.jupiter.api.Test;

class CustomValueParserTests {

	final Violations violations = new Violations();

	@Test
	void eachTypeReadsWhatJsonAndFormsSend() {
		assertThat(parse(CustomFieldType.NUMBER, new BigDecimal("42"))).hasValue(new CustomValue.Number(42));
		assertThat(parse(CustomFieldType.NUMBER, "42")).hasValue(new CustomValue.Number(42));
		assertThat(parse(CustomFieldType.DECIMAL, "12.50")).hasValue(new CustomValue.Decimal(new BigDecimal("12.5")));
		assertThat(parse(CustomFieldType.DATE, "2026-12-04")).hasValue(new CustomValue.Date(LocalDate.of(2026, 12, 4)));
		assertThat(parse(CustomFieldType.BOOLEAN, true)).hasValue(new CustomValue.Bool(true));
		assertThat(parse(CustomFieldType.BOOLEAN, "on")).hasValue(new CustomValue.Bool(true));
		assertThat(parse(CustomFieldType.SINGLE_SELECT, "金牌")).hasValue(new CustomValue.Choice("金牌"));
		assertThat(parse(CustomFieldType.MULTI_SELECT, List.of("银牌", "金牌", "金牌")))
			.hasValue(new CustomValue.Choices(List.of("金牌", "银牌")));
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void emptyInputMeansNoValue() {
		assertThat(parse(CustomFieldType.TEXT, "  ")).isEmpty();
		assertThat(parse(CustomFieldType.MULTI_SELECT, List.of())).isEmpty();
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void valuesOfTheWrongTypeAreReportedAtTheFieldsPath() {
		parse(CustomFieldType.NUMBER, "4.5");
		parse(CustomFieldType.DATE, "04/12/2026");
		parse(CustomFieldType.SINGLE_SELECT, "铜牌");
		parse(CustomFieldType.TEXT, new BigDecimal("1"));
		parse(CustomFieldType.DECIMAL, "1e40");

		assertThat(violations.list()).extracting(Violation::code)
			.containsExactly("customField.number", "customField.date", "customField.option", "customField.text",
					"customField.decimalRange");
		assertThat(violations.list()).extracting(Violation::path).allMatch(path -> path.startsWith("customFields.f"));
	}

	private Optional<CustomValue> parse(CustomFieldType type, Object raw) {
		CustomField field = new CustomField(UUID.randomUUID(), FieldEntity.CUSTOMER, "f", "F", type, false, false,
				type.hasOptions() ? List.of("金牌", "银牌") : List.of(), 1, Instant.now(), null);
		return CustomValueParser.parse(field, raw, "customFields.f", violations);
	}

}

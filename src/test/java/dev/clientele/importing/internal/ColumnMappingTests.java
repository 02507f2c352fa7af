package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.exporting.internal.ExportHeaders;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnMappingTests {

	static final CustomField WECHAT = field(FieldEntity.CUSTOMER, "wechat", "微信号", CustomFieldType.TEXT);

	static final CustomField SPEND = field(FieldEntity.CUSTOMER, "annual_spend", "年消费额", CustomFieldType.DECIMAL);

	static final CustomField HOBBIES = field(FieldEntity.CUSTOMER, "hobbies", "爱好", CustomFieldType.MULTI_SELECT);

	static final CustomField BIRTHDAY = field(FieldEntity.CONTACT, "birthday", "生日", CustomFieldType.DATE);

	static final List<CustomField> CUSTOM_FIELDS = List.of(WECHAT, SPEND, HOBBIES, BIRTHDAY);

	static Stream<Arguments> synonymGroups() {
		return Stream.of(Arguments.of("name", List.of("客户名称", "公司名称", "名称", "客户", "name", "company")),
				Arguments.of("phones", List.of("手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile", "tel")),
				Arguments.of("emails", List.of("邮箱", "电子邮箱", "邮件", "email", "e-mail")),
				Arguments.of("province", List.of("省份", "省", "所在省份", "province")),
				Arguments.of("city", List.of("城市", "市", "所在城市", "city")),
				Arguments.of("district", List.of("区县", "区", "县", "district")),
				Arguments.of("address", List.of("地址", "详细地址", "address")),
				Arguments.of("industry", List.of("行业", "所属行业", "industry")),
				Arguments.of("level", List.of("级别", "客户级别", "等级", "level")),
				Arguments.of("source", List.of("来源", "客户来源", "source")),
				Arguments.of("status", List.of("状态", "客户状态", "status")),
				Arguments.of("owner", List.of("负责人", "owner")),
				Arguments.of("notes", List.of("备注", "notes", "remark")),
				Arguments.of("tags", List.of("标签", "tags")),
				Arguments.of("kind", List.of("类型", "客户类型", "kind")),
				Arguments.of("contact.name", List.of("联系人", "联系人姓名", "contact")),
				Arguments.of("contact.phones", List.of("联系人电话", "联系人手机")),
				Arguments.of("contact.emails", List.of("联系人邮箱")),
				Arguments.of("contact.title", List.of("职务", "职位", "title")));
	}

	@ParameterizedTest(name = "{1} map to {0}")
	@MethodSource("synonymGroups")
	void everySynonymMapsToItsField(String field, List<String> headers) {
		for (String header : headers) {
			assertThat(fieldOf(ColumnMapping.automatic(List.of(header), List.of()), 0)).as(header).contains(field);
		}
	}

	@Test
	void headersCompareIgnoringCaseSpacesFullWidthAndRequiredMarks() {
		ColumnMapping mapping = ColumnMapping.automatic(List.of("ＰＨＯＮＥ", " E-Mail ", "*客户名称", "所在　城市"), List.of());

		assertThat(IntStream.range(0, 4).mapToObj(i -> fieldOf(mapping, i).orElse("?")))
			.containsExactly("phones", "emails", "name", "city");
	}

	@Test
	void customFieldsOfCustomersMapByLabelOrKey() {
		ColumnMapping mapping = ColumnMapping.automatic(List.of("微信号", "ANNUAL_SPEND", "生日"), CUSTOM_FIELDS);

		assertThat(fieldOf(mapping, 0)).contains("customFields.wechat");
		assertThat(fieldOf(mapping, 1)).contains("customFields.annual_spend");
		assertThat(mapping.unmapped()).as("a contact's custom field is not a customer's").containsExactly("生日");
	}

	@Test
	void unknownHeadersAreReportedNotGuessedAndBookkeepingColumnsIgnored() {
		ColumnMapping mapping = ColumnMapping.automatic(List.of("客户ID", "名称", "客户名字", "Version"), List.of());

		assertThat(mapping.unmapped()).containsExactly("客户名字");
		assertThat(mapping.ignored()).containsExactly("客户ID", "Version");
		assertThat(mapping.field(0)).isEmpty();
		assertThat(mapping.field(4)).as("cells beyond the header feed nothing").isEmpty();
	}

	@Test
	void multiValuedFieldsMayComeFromSeveralColumns() {
		ColumnMapping mapping = ColumnMapping.automatic(List.of("手机", "电话", "邮箱", "email", "爱好"), CUSTOM_FIELDS);

		assertThat(IntStream.range(0, 5).mapToObj(i -> fieldOf(mapping, i).orElse("?")))
			.containsExactly("phones", "phones", "emails", "emails", "customFields.hobbies");
		assertThat(mapping.unmapped()).isEmpty();
	}

	@Test
	void theUserMappingOverridesAndMayIgnoreColumns() {
		List<String> header = List.of("名称", "电话", "客户名字", "微信", "备注");

		ColumnMapping mapping = ColumnMapping.of(header, CUSTOM_FIELDS, """
				{"电话": "contact.phones", "微信": "customFields.wechat", "客户名字": null, "备注": ""}""");

		assertThat(fieldOf(mapping, 0)).contains("name");
		assertThat(fieldOf(mapping, 1)).contains("contact.phones");
		assertThat(fieldOf(mapping, 3)).contains("customFields.wechat");
		assertThat(mapping.field(4)).isEmpty();
		assertThat(mapping.ignored()).containsExactly("客户名字", "备注");
		assertThat(mapping.unmapped()).isEmpty();
	}

	@Test
	void badUserMappingEntriesAreNamed() {
		List<String> header = List.of("客户名称", "公司", "手机", "电话", "微信");

		assertThat(violations(header, """
				{"公司": "name", "电话": "phones", "微信": "wechat", "QQ": "notes", "手机": 5}""")).containsExactly(
				Violation.of("mapping.微信", "import.mapping.unknownField", "wechat"),
				Violation.of("mapping.QQ", "import.mapping.unknownHeader", "QQ"),
				Violation.of("mapping.手机", "import.mapping.unknownField", "5"),
				Violation.of("mapping.公司", "import.mapping.fieldTwice", "name", "客户名称"));
	}

	@Test
	void twoColumnsThatBothMapToASingleFieldMustBeResolved() {
		assertThat(violations(List.of("客户名称", "公司名称"), null))
			.containsExactly(Violation.of("mapping.公司名称", "import.mapping.fieldTwice", "name", "客户名称"));
		assertThat(fieldOf(ColumnMapping.of(List.of("客户名称", "公司名称"), List.of(), "{\"公司名称\": null}"), 0))
			.contains("name");
	}

	@Test
	void aMappingThatIsNotAJsonObjectIsRefused() {
		assertThat(violations(List.of("名称"), "{\"名称\": ")).containsExactly(Violation.of("mapping", "import.mapping.invalid"));
		assertThat(violations(List.of("名称"), "[\"name\"]")).containsExactly(Violation.of("mapping", "import.mapping.invalid"));
	}

	@Test
	void anExportedFileImportsBackInEitherLanguage() {
		List<CustomField> customerFields = List.of(WECHAT, SPEND, HOBBIES);
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			List<String> header = ExportHeaders.of(locale, customerFields);

			ColumnMapping mapping = ColumnMapping.automatic(header, customerFields);

			List<String> fields = new ArrayList<>();
			IntStream.range(0, header.size()).forEach(i -> fieldOf(mapping, i).ifPresent(fields::add));
			assertThat(mapping.unmapped()).as(locale.toString()).isEmpty();
			assertThat(mapping.ignored()).as(locale.toString()).hasSize(4);
			assertThat(fields).as(locale.toString()).containsExactly("kind", "name", "phones", "emails", "province", "city",
					"district", "address", "industry", "level", "source", "status", "owner", "tags", "notes",
					"customFields.wechat", "customFields.annual_spend", "customFields.hobbies");
		}
	}

	private static Optional<String> fieldOf(ColumnMapping mapping, int column) {
		return mapping.field(column).map(TargetField::name);
	}

	private static List<Violation> violations(List<String> header, String json) {
		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> ColumnMapping.of(header, CUSTOM_FIELDS, json));
		assertThat(error).as("the mapping is refused").isNotNull();
		return error.violations();
	}

	private static CustomField field(FieldEntity entity, String key, String label, CustomFieldType type) {
		List<String> options = type.hasOptions() ? List.of("茶", "书法") : List.of();
		return new CustomField(UUID.randomUUID(), entity, key, label, type, false, false, options, 0, Instant.EPOCH,
				null);
	}

}

package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.FieldEntity;
import org.junit.jupiter.api.Test;

class RowConversionTests {

	static final UUID ZHANG = UUID.randomUUID();

	static final CustomField VIP = new CustomField(UUID.randomUUID(), FieldEntity.CUSTOMER, "vip", "VIP客户",
			CustomFieldType.BOOLEAN, false, false, List.of(), 0, Instant.EPOCH, null);

	static final CustomField CHANNELS = new CustomField(UUID.randomUUID(), FieldEntity.CUSTOMER, "channels", "渠道",
			CustomFieldType.MULTI_SELECT, false, false, List.of("线上", "线下"), 1, Instant.EPOCH, null);

	static final List<String> HEADER = List.of("客户名称", "手机", "邮箱", "负责人", "标签", "联系人", "联系人手机", "VIP客户", "渠道");

	final RowConversion conversion = new RowConversion(HEADER, ColumnMapping.automatic(HEADER, List.of(VIP, CHANNELS)),
			List.of(VIP, CHANNELS), name -> name.equals("张三") ? Optional.of(ZHANG) : Optional.empty());

	@Test
	void cellsWithSeveralValuesSplitAndEachValueRemembersItsColumn() {
		RowConversion.Converted row = conversion.convert(row("杭州云桥科技有限公司", "13800138000，021-62345678",
				"a@yunqiao.cn; b@yunqiao.cn", "张三", "重点、华东", "李经理", "13900139000", "是", "线上/线下"));

		assertThat(row.violations()).isEmpty();
		assertThat(row.input().kind()).isEqualTo("company");
		assertThat(row.input().phones()).extracting(PhoneInput::number).containsExactly("13800138000", "021-62345678");
		assertThat(row.input().emails()).extracting(EmailInput::address).containsExactly("a@yunqiao.cn", "b@yunqiao.cn");
		assertThat(row.input().ownerId()).isEqualTo(ZHANG.toString());
		assertThat(row.input().tags()).containsExactly("重点", "华东");
		assertThat(row.input().customFields()).containsEntry("vip", "true").containsEntry("channels", List.of("线上", "线下"));
		assertThat(row.contact().name()).isEqualTo("李经理");
		assertThat(row.contact().primary()).isTrue();
		assertThat(row.columns()).containsEntry("phones[1]", "手机").containsEntry("contacts[0].phones[0]", "联系人手机")
			.containsEntry("ownerId", "负责人").containsEntry("customFields.vip", "VIP客户");
	}

	@Test
	void anUnknownOwnerIsAReasonAndAPersonsNameMakesAPerson() {
		RowConversion.Converted row = conversion.convert(row("王小明", "13800138000", "", "李四", "", "", "", "", ""));

		assertThat(row.input().kind()).isEqualTo("person");
		assertThat(row.violations()).singleElement().satisfies(v -> {
			assertThat(v.path()).isEqualTo("ownerId");
			assertThat(v.code()).isEqualTo("import.owner.unknown");
		});
		assertThat(row.contact()).isNull();
	}

	private static SourceRow row(String... cells) {
		return new SourceRow(2, List.of(cells), String.join(",", cells));
	}

}

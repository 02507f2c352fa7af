package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.Phone;
import dev.clientele.customer.PhoneInput;
import org.junit.jupiter.api.Test;

class LoadMergeTests {

	static final UUID OWNER = UUID.randomUUID();

	static final CustomerProfile STORED = new CustomerProfile(CustomerKind.COMPANY, "杭州云桥科技有限公司",
			List.of(new Phone("138 0013 8000", "手机", "+8613800138000")), List.of(new Email("sales@yunqiao.cn", null)),
			"浙江省", "杭州市", null, "文三路 90 号", "软件", "A", "展会", null, OWNER, List.of("重点"), "老客户", Map.of());

	@Test
	void nonBlankValuesReplaceAndBlanksKeepTheStoredOnes() {
		CustomerInput row = new CustomerInput(null, "", List.of(), List.of(), null, "宁波市", " ", null, null, "VIP", null,
				null, null, List.of(), null, Map.of());

		CustomerInput merged = LoadMerge.merge(STORED, row);

		assertThat(merged.name()).isEqualTo("杭州云桥科技有限公司");
		assertThat(merged.city()).isEqualTo("宁波市");
		assertThat(merged.level()).isEqualTo("VIP");
		assertThat(merged.address()).isEqualTo("文三路 90 号");
		assertThat(merged.kind()).isEqualTo("company");
		assertThat(merged.ownerId()).isEqualTo(OWNER.toString());
	}

	@Test
	void phonesEmailsAndTagsAreAddedNeverTakenAwayAndKnownOnesAreNotRepeated() {
		CustomerInput row = new CustomerInput(null, null,
				List.of(new PhoneInput("+86 13800138000", null), new PhoneInput("021-62345678", null)),
				List.of(new EmailInput("SALES@yunqiao.cn ", null), new EmailInput("boss@yunqiao.cn", null)), null, null,
				null, null, null, null, null, null, null, List.of("重点", "华东"), null, Map.of());

		CustomerInput merged = LoadMerge.merge(STORED, row);

		assertThat(merged.phones()).extracting(PhoneInput::number).containsExactly("138 0013 8000", "021-62345678");
		assertThat(merged.emails()).extracting(EmailInput::address).containsExactly("sales@yunqiao.cn", "boss@yunqiao.cn");
		assertThat(merged.tags()).containsExactly("重点", "华东");
	}

	static final ContactProfile ZHANG = new ContactProfile("张伟", "经理",
			List.of(new Phone("139 0000 1111", null, "+8613900001111")), List.of(new Email("zhang@yunqiao.cn", null)), true,
			null, Map.of());

	@Test
	void aRowsContactIsTheStoredOneByNamePhoneOrEmailAndOtherwiseNew() {
		assertThat(LoadMerge.sameContact(ZHANG, contact(" 张伟 ", null, null))).isTrue();
		assertThat(LoadMerge.sameContact(ZHANG, contact("张伟伟", "+86 13900001111", null))).isTrue();
		assertThat(LoadMerge.sameContact(ZHANG, contact(null, null, "ZHANG@yunqiao.cn"))).isTrue();
		assertThat(LoadMerge.sameContact(ZHANG, contact("李娜", "13900002222", "li@yunqiao.cn"))).isFalse();
		assertThat(LoadMerge.sameContact(ZHANG, contact(null, "", " "))).isFalse();
	}

	@Test
	void aMatchedContactTakesTheRowsValuesAndKeepsItsOwnNumbersAndPrimary() {
		ContactInput merged = LoadMerge.merge(ZHANG, new ContactInput("张伟", "总经理", List.of(new PhoneInput("021-62345678", null)),
				List.of(), false, "展会认识", Map.of()));

		assertThat(merged.title()).isEqualTo("总经理");
		assertThat(merged.phones()).extracting(PhoneInput::number).containsExactly("139 0000 1111", "021-62345678");
		assertThat(merged.emails()).extracting(EmailInput::address).containsExactly("zhang@yunqiao.cn");
		assertThat(merged.primary()).isTrue();
		assertThat(merged.notes()).isEqualTo("展会认识");
	}

	private static ContactInput contact(String name, String phone, String email) {
		return new ContactInput(name, null, phone == null ? List.of() : List.of(new PhoneInput(phone, null)),
				email == null ? List.of() : List.of(new EmailInput(email, null)), false, null, Map.of());
	}

}

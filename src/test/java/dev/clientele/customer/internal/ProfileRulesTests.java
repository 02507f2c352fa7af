package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomValue;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.junit.jupiter.api.Test;

class ProfileRulesTests {

	static final UUID ACTOR = UUID.randomUUID();

	static final UUID OTHER_USER = UUID.randomUUID();

	final ProfileRules rules = new ProfileRules(id -> id.equals(ACTOR) || id.equals(OTHER_USER),
			(entity, raw, current, violations) -> Map.of());

	@Test
	void aValidInputIsNormalised() {
		CustomerProfile profile = rules.customer(input("company", "  田嘉华科技  ", List.of(new PhoneInput("138 0013 8000", "手机")),
				List.of(new EmailInput("A@B.CN", null)), null, List.of("VIP", " VIP ", "重点")), ACTOR, Map.of());

		assertThat(profile.name()).isEqualTo("田嘉华科技");
		assertThat(profile.phones().get(0).e164()).isEqualTo("+8613800138000");
		assertThat(profile.phones().get(0).number()).isEqualTo("138 0013 8000");
		assertThat(profile.emails().get(0).address()).isEqualTo("a@b.cn");
		assertThat(profile.tags()).containsExactly("VIP", "重点");
		assertThat(profile.ownerId()).isEqualTo(ACTOR);
		assertThat(profile.city()).isNull();
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> rules.customer(input("shop", " ", List.of(new PhoneInput("123", null), new PhoneInput("", null)),
						List.of(new EmailInput("nope", null)), "not-a-user", List.of()), ACTOR, Map.of()));

		assertThat(ex.violations()).extracting(Violation::path)
			.containsExactlyInAnyOrder("kind", "name", "phones[0].number", "phones[1].number", "emails[0].address",
					"ownerId");
	}

	@Test
	void theSameNumberTwiceInAnotherFormatIsADuplicate() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> rules.customer(input("person", "张三",
						List.of(new PhoneInput("13800138000", null), new PhoneInput("+86 138-0013-8000", null)), List.of(), null,
						List.of()), ACTOR, Map.of()));

		assertThat(ex.violations()).extracting(Violation::path, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("phones[1].number", "phone.duplicate"));
	}

	@Test
	void anotherActiveUserCanOwnTheCustomer() {
		CustomerProfile profile = rules.customer(input("person", "张三", List.of(), List.of(), OTHER_USER.toString(), List.of()),
				ACTOR, Map.<String, CustomValue>of());

		assertThat(profile.ownerId()).isEqualTo(OTHER_USER);
	}

	private static CustomerInput input(String kind, String name, List<PhoneInput> phones, List<EmailInput> emails,
			String owner, List<String> tags) {
		return new CustomerInput(kind, name, phones, emails, null, " ", null, null, null, null, null, null, owner, tags,
				null, Map.of());
	}

}

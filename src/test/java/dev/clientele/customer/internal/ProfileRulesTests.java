package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customer.CustomerKind;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import dev.clientele.vocabulary.VocabularyRules;
import org.junit.jupiter.api.Test;

class ProfileRulesTests {

	static final UUID ACTOR = UUID.randomUUID();

	static final UUID OTHER_USER = UUID.randomUUID();

	/** A vocabulary whose every entry is written in lower case and stored in upper case; "x" names none. */
	static final VocabularyRules VOCABULARY = (field, value, current, violations) -> {
		if (value == null || value.equals(current)) {
			return value;
		}
		if (value.equals("x")) {
			violations.add(field.key(), "vocabulary.unknown", value, field.ordinal());
			return null;
		}
		return value.toUpperCase(Locale.ROOT);
	};

	final ProfileRules rules = new ProfileRules(id -> id.equals(ACTOR) || id.equals(OTHER_USER),
			(entity, raw, current, violations) -> Map.of(), () -> VOCABULARY);

	@Test
	void aValidInputIsNormalised() {
		CustomerProfile profile = rules.customer(input("company", "  田嘉华科技  ", List.of(new PhoneInput("138 0013 8000", "手机")),
				List.of(new EmailInput("A@B.CN", null)), null, List.of("VIP", " VIP ", "重点")), ACTOR, null);

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
						List.of(new EmailInput("nope", null)), "not-a-user", List.of()), ACTOR, null));

		assertThat(ex.violations()).extracting(Violation::path)
			.containsExactlyInAnyOrder("kind", "name", "phones[0].number", "phones[1].number", "emails[0].address",
					"ownerId");
	}

	@Test
	void theSameNumberTwiceInAnotherFormatIsADuplicate() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> rules.customer(input("person", "张三",
						List.of(new PhoneInput("13800138000", null), new PhoneInput("+86 138-0013-8000", null)), List.of(), null,
						List.of()), ACTOR, null));

		assertThat(ex.violations()).extracting(Violation::path, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("phones[1].number", "phone.duplicate"));
	}

	@Test
	void anotherActiveUserCanOwnTheCustomer() {
		CustomerProfile profile = rules.customer(input("person", "张三", List.of(), List.of(), OTHER_USER.toString(), List.of()),
				ACTOR, null);

		assertThat(profile.ownerId()).isEqualTo(OTHER_USER);
	}

	@Test
	void levelIndustryAndSourceAreStoredAsTheCodesOfTheirVocabularysEntries() {
		CustomerProfile profile = rules.customer(withVocabulary(input("person", "张三", List.of(), List.of(), null, List.of()),
				"a级", "制造", "官网"), ACTOR, null);

		assertThat(List.of(profile.level(), profile.industry(), profile.source())).containsExactly("A级", "制造", "官网");
	}

	@Test
	void valuesNoEntryNamesAreReportedAtTheirFields() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> rules.customer(
				withVocabulary(input("person", "张三", List.of(), List.of(), null, List.of()), "x", "x", "x"), ACTOR, null));

		assertThat(ex.violations()).containsExactly(Violation.of("industry", "vocabulary.unknown", "x", 1),
				Violation.of("level", "vocabulary.unknown", "x", 0), Violation.of("source", "vocabulary.unknown", "x", 2));
	}

	@Test
	void anUpdateHandsTheStoredValuesToTheVocabularySoThatTheCustomerKeepsThem() {
		CustomerInput stored = withVocabulary(input("person", "张三", List.of(), List.of(), null, List.of()), "x", "x", "x");
		CustomerProfile current = new CustomerProfile(CustomerKind.PERSON, "张三", List.of(), List.of(), null, null, null,
				null, "x", "x", "x", null, ACTOR, List.of(), null, Map.of());

		CustomerProfile profile = rules.customer(stored, ACTOR, current);

		assertThat(List.of(profile.level(), profile.industry(), profile.source())).containsExactly("x", "x", "x");
	}

	private static CustomerInput withVocabulary(CustomerInput in, String level, String industry, String source) {
		return new CustomerInput(in.kind(), in.name(), in.phones(), in.emails(), in.province(), in.city(), in.district(),
				in.address(), industry, level, source, in.status(), in.ownerId(), in.tags(), in.notes(), in.customFields());
	}

	private static CustomerInput input(String kind, String name, List<PhoneInput> phones, List<EmailInput> emails,
			String owner, List<String> tags) {
		return new CustomerInput(kind, name, phones, emails, null, " ", null, null, null, null, null, null, owner, tags,
				null, Map.of());
	}

}

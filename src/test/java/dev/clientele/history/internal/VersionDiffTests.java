package dev.clientele.history.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.customer.FieldChange;
import org.junit.jupiter.api.Test;

class VersionDiffTests {

	@Test
	void listsOnlyTheFieldsThatDifferWithTheirOldAndNewValues() {
		String older = "{\"name\":\"甲公司\",\"city\":\"北京市\",\"tags\":[\"VIP\"],\"level\":\"A\"}";
		String newer = "{\"name\":\"甲公司\",\"city\":\"上海市\",\"tags\":[\"VIP\",\"重点\"],\"level\":\"A\"}";

		assertThat(VersionDiff.between(older, newer)).containsExactly(
				new FieldChange("city", "\"北京市\"", "\"上海市\""),
				new FieldChange("tags", "[\"VIP\"]", "[\"VIP\",\"重点\"]"));
	}

	@Test
	void comparesCustomValuesOneByOne() {
		String older = "{\"customFields\":{\"vip\":\"gold\",\"since\":\"2020-01-01\"}}";
		String newer = "{\"customFields\":{\"vip\":\"silver\",\"since\":\"2020-01-01\",\"score\":7}}";

		assertThat(VersionDiff.between(older, newer)).containsExactly(
				new FieldChange("customFields.vip", "\"gold\"", "\"silver\""),
				new FieldChange("customFields.score", null, "7"));
	}

	@Test
	void treatsMissingNullEmptyTextAndEmptyListsAlike() {
		String older = "{\"notes\":null,\"tags\":[],\"address\":\"\"}";
		String newer = "{\"tags\":null}";

		assertThat(VersionDiff.between(older, newer)).isEmpty();
	}

	@Test
	void aFieldRemovedInTheNewerVersionShowsItsOldValueAndNothingAfter() {
		assertThat(VersionDiff.between("{\"city\":\"北京市\"}", "{\"city\":null}"))
			.containsExactly(new FieldChange("city", "\"北京市\"", null));
	}

	@Test
	void comparingInEitherDirectionSwapsOldAndNew() {
		String a = "{\"level\":\"A\"}";
		String b = "{\"level\":\"B\"}";

		assertThat(VersionDiff.between(b, a)).containsExactly(new FieldChange("level", "\"B\"", "\"A\""));
	}

}

package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.clientele.customer.FieldChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class VersionUndoTests {

	@Test
	void fieldsStillHoldingTheVersionsValuesGoBackAndLaterEditsStay() {
		ObjectNode current = json("{\"level\": \"B\", \"industry\": \"批发\", \"city\": \"宁波市\", \"customFields\": {\"tier\": \"金牌\"}}");
		List<FieldChange> imported = List.of(new FieldChange("level", "\"A\"", "\"B\""),
				new FieldChange("industry", "\"制造\"", "\"零售\""), new FieldChange("city", null, "\"宁波市\""),
				new FieldChange("customFields.tier", "\"银牌\"", "\"金牌\""));

		ObjectNode undone = VersionUndo.undo(current, imported);

		assertThat(undone.get("level").asString()).isEqualTo("A");
		assertThat(undone.get("industry").asString()).isEqualTo("批发");
		assertThat(undone.has("city")).isFalse();
		assertThat(undone.at("/customFields/tier").asString()).isEqualTo("银牌");
		assertThat(current.get("level").asString()).as("the current content is left as it was").isEqualTo("B");
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) ProfileJson.JSON.readTree(text);
	}

}

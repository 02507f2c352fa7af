package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import dev.clientele.customer.FieldChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ProfileJsonTests {

	private static final ObjectNode NOTHING = ProfileJson.JSON.createObjectNode();

	@Test
	void aFirstVersionStoresNoChangesAndReadsThemBackFromItsSnapshot() {
		ObjectNode created = json("""
				{"kind": "company", "name": "宁波海曙贸易有限公司", "phones": [{"number": "13800138000", "e164": "+8613800138000"}],
				 "emails": [], "city": "宁波市", "district": null, "tags": ["华东"], "customFields": {"tier": "金牌", "since": "2024-03-01"}}""");
		List<FieldChange> changes = ProfileJson.changes(NOTHING, created);

		String stored = ProfileJson.storedChanges(1, created.toString(), changes);

		assertThat(stored).isNull();
		assertThat(ProfileJson.readChanges(stored, created.toString())).isEqualTo(changes)
			.extracting(FieldChange::field)
			.containsExactly("kind", "name", "phones", "city", "tags", "customFields.tier", "customFields.since");
	}

	@Test
	void aLaterVersionKeepsItsChanges() {
		ObjectNode before = json("{\"name\": \"宁波海曙贸易有限公司\", \"level\": \"A\"}");
		ObjectNode after = json("{\"name\": \"宁波海曙贸易有限公司\", \"level\": \"B\"}");
		List<FieldChange> changes = ProfileJson.changes(before, after);

		String stored = ProfileJson.storedChanges(2, after.toString(), changes);

		assertThat(stored).isNotNull();
		assertThat(ProfileJson.readChanges(stored, after.toString())).containsExactly(new FieldChange("level", "\"A\"", "\"B\""));
	}

	@Test
	void aFirstVersionWhoseSnapshotWouldNotReadBackItsChangesKeepsThem() {
		ObjectNode created = json("{\"name\": \"精密仪器公司\"}");
		created.putObject("customFields").put("rate", new BigDecimal("1.50"));
		List<FieldChange> changes = ProfileJson.changes(NOTHING, created);

		String stored = ProfileJson.storedChanges(1, created.toString(), changes);

		assertThat(stored).as("1.50 would read back as 1.5").isNotNull();
		assertThat(ProfileJson.readChanges(stored, created.toString())).isEqualTo(changes);
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) ProfileJson.JSON.readTree(text);
	}

}

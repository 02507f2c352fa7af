package dev.clientele.history.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;

/**
 * One version as the history page shows it: who, when, through what, why, and each changed
 * field by its label with the old and new value as text.
 */
record VersionView(int version, Instant recordedAt, UUID actorId, String actorName, String source, String reason,
		List<Change> changes) {

	record Change(String field, String label, String oldValue, String newValue) {
	}

	static VersionView of(RecordVersion version, FieldTexts texts) {
		return new VersionView(version.version(), version.recordedAt(), version.actorId(), version.actorName(),
				version.source(), version.reason(), changes(version.changes(), texts));
	}

	static List<Change> changes(List<FieldChange> changes, FieldTexts texts) {
		List<Change> shown = new ArrayList<>();
		for (FieldChange change : changes) {
			shown.add(new Change(change.field(), texts.label(change.field()), texts.value(change.field(), change.oldValue()),
					texts.value(change.field(), change.newValue())));
		}
		return shown;
	}

}

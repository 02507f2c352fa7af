package dev.clientele.history.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;

/**
 * Which versions a reader asked to see: those by one actor, and those that changed one field
 * (a custom field by {@code customFields.<key>}, or all of them by {@code customFields}). With a
 * field chosen, each version keeps only that field's changes.
 *
 * @param field a field name, or {@code null} for every field
 * @param actor a user id, or {@code null} for everyone
 */
record VersionSelection(String field, UUID actor) {

	static final VersionSelection ALL = new VersionSelection(null, null);

	List<RecordVersion> apply(List<RecordVersion> versions) {
		return versions.stream()
			.filter(v -> actor == null || actor.equals(v.actorId()))
			.filter(v -> field == null || v.changes().stream().anyMatch(this::touches))
			.map(this::narrowed)
			.toList();
	}

	private RecordVersion narrowed(RecordVersion v) {
		if (field == null) {
			return v;
		}
		return new RecordVersion(v.recordId(), v.version(), v.snapshot(),
				v.changes().stream().filter(this::touches).toList(), v.actorId(), v.actorName(), v.recordedAt(),
				v.source(), v.reason());
	}

	private boolean touches(FieldChange change) {
		return change.field().equals(field) || change.field().startsWith(field + ".");
	}

	/** The fields any of the versions changed, sorted, to choose from. */
	static Set<String> fields(List<RecordVersion> versions) {
		Set<String> fields = new TreeSet<>();
		versions.forEach(v -> v.changes().forEach(change -> fields.add(change.field())));
		return fields;
	}

	/** The people who wrote any of the versions, by id, in order of first appearance. */
	static Map<UUID, String> actors(List<RecordVersion> versions) {
		Map<UUID, String> actors = new LinkedHashMap<>();
		versions.forEach(v -> actors.putIfAbsent(v.actorId(), v.actorName()));
		return actors;
	}

}

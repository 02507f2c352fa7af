package dev.clientele.customfield;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The definition of one custom field.
 *
 * @param key the stable name used in JSON ({@code customFields.<key>}) and in filters
 * @param archivedAt when the field was archived; archived fields keep their values but take no new ones
 */
public record CustomField(UUID id, FieldEntity entity, String key, String label, CustomFieldType type,
		boolean required, boolean unique, List<String> options, int position, Instant createdAt,
		Instant archivedAt) {

	public CustomField {
		options = List.copyOf(options);
	}

	public boolean archived() {
		return archivedAt != null;
	}

}

package dev.clientele.timeline;

import java.util.List;
import java.util.UUID;

/**
 * Adds a kind of timeline entry.
 *
 * @param key lower-case letters, digits and hyphens, starting with a letter
 * @param statuses the allowed statuses, the first being the default; empty for none
 */
public record DefineKind(String key, String labelZh, String labelEn, boolean money, List<String> statuses,
		List<EntryKind.Attribute> attributes, UUID actorId) {

	public DefineKind {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}

}

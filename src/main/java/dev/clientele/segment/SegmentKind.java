package dev.clientele.segment;

import java.util.Optional;

/** A dynamic segment is its filter, evaluated whenever it is read; a snapshot is a frozen member list. */
public enum SegmentKind {

	DYNAMIC("dynamic"), SNAPSHOT("snapshot");

	private final String key;

	SegmentKind(String key) {
		this.key = key;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return key;
	}

	public static Optional<SegmentKind> fromKey(String key) {
		for (SegmentKind kind : values()) {
			if (kind.key.equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}

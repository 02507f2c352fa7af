package dev.clientele.customfield;

/** The entities that can carry custom fields. */
public enum FieldEntity {

	CUSTOMER, CONTACT;

	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static java.util.Optional<FieldEntity> fromKey(String key) {
		for (FieldEntity entity : values()) {
			if (entity.key().equals(key)) {
				return java.util.Optional.of(entity);
			}
		}
		return java.util.Optional.empty();
	}

}

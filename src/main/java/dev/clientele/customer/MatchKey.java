package dev.clientele.customer;

/** What makes a loaded row the same customer as one already stored. */
public enum MatchKey {

	/** A phone number equal once normalised to E.164 (default region CN). */
	PHONE,

	/** An email address equal once normalised (trimmed, lower case). */
	EMAIL,

	/** Exactly the same name. */
	NAME;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

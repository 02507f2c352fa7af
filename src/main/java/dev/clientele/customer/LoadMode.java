package dev.clientele.customer;

/** What a load does with a row that matches a live customer (see {@link LoadCustomers}). */
public enum LoadMode {

	/** A matching row is rejected as a duplicate; the others are created. */
	CREATE,

	/** A matching row updates the customer it matches; the others are created. */
	UPDATE,

	/** A matching row is left alone and counted as skipped; the others are created. */
	SKIP;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

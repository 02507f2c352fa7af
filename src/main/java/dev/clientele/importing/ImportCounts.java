package dev.clientele.importing;

/** How many rows of an import did what so far. */
public record ImportCounts(long created, long updated, long unchanged, long skipped, long rejected) {

	public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

	public long done() {
		return created + updated + unchanged + skipped + rejected;
	}

	public ImportCounts plus(ImportCounts other) {
		return new ImportCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
				skipped + other.skipped, rejected + other.rejected);
	}

}

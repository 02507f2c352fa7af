package dev.clientele.importing;

import java.util.Locale;

/** Where an import job stands. */
public enum ImportStatus {

	/** Uploaded and waiting for the user to check the mapping and start it. */
	DRAFT,
	/** Started, waiting for the worker. */
	QUEUED, RUNNING, COMPLETED,
	/** Stopped by an error that is not a row's (the file became unreadable, the user lost the permission ...). */
	FAILED,
	/** Completed; being undone in the background. */
	REVERTING,
	/** Completed, then undone. */
	REVERTED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean finished() {
		return this == COMPLETED || this == FAILED || this == REVERTED;
	}

}

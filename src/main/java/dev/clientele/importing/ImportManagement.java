package dev.clientele.importing;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.clientele.exporting.ExportFormat;

/**
 * The façade of imports. Everything needs {@code customer:import}; a user sees and acts on the
 * imports they started.
 */
public interface ImportManagement {

	/**
	 * Stores the file (content-addressed, SHA-256), reads its header and checks the options and the
	 * mapping against it, and queues the job unless {@code start} is false.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming {@code file}, {@code encoding} or
	 * {@code mapping.<header>}; nothing is kept then
	 */
	ImportJob upload(UploadImport command);

	/** @throws dev.clientele.shared.NotFoundException if there is no such import of the user's */
	ImportJob find(UUID id);

	/** The user's imports, newest first. */
	List<ImportJob> recent(int limit);

	/**
	 * Changes the options of a draft.
	 *
	 * @throws dev.clientele.shared.ConflictException once the job has started
	 */
	ImportJob configure(UUID id, ImportOptions options);

	/** Queues a draft. */
	ImportJob start(UUID id);

	/** The first {@code rows} rows as they would be stored now, with the options of the job. */
	ImportPreview preview(UUID id, int rows);

	/**
	 * Writes the rejected rows: their row numbers, original values and reasons (in {@code locale}).
	 *
	 * @return how many rows were written
	 */
	long writeErrors(UUID id, ExportFormat format, Locale locale, Supplier<OutputStream> output);

	/**
	 * Writes the stored file: the upload byte for byte, unless an erasure redacted it.
	 *
	 * @return the file's name
	 */
	String writeRaw(UUID id, Supplier<OutputStream> output);

	/**
	 * Starts undoing a completed import in the background, as the current user: customers it created
	 * go to the recycle bin, and fields it updated get their previous values back where they still
	 * hold the imported value; every change is a new version. The job is {@code reverting} until
	 * that has ended, then {@code reverted}.
	 *
	 * @return the job, now {@code reverting}
	 * @throws dev.clientele.shared.ConflictException unless the job completed and was not a dry run
	 */
	ImportJob revert(UUID id);

	/** Saved mappings of the user, by name. */
	List<MappingTemplate> templates();

	/** Saves (or replaces) a mapping under a name. */
	MappingTemplate saveTemplate(String name, String mapping);

}

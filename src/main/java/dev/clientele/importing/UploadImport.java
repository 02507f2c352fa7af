package dev.clientele.importing;

import java.io.InputStream;

/**
 * A file to import, streamed to disk as it is read.
 *
 * @param start whether to start the job at once; otherwise it waits as a {@link ImportStatus#DRAFT}
 */
public record UploadImport(String fileName, InputStream content, ImportOptions options, boolean start) {
}

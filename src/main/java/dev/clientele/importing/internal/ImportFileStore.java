package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files, stored once per content under {@code <data dir>/imports/<sha256>}: a file is
 * streamed to disk while its SHA-256 is computed, then moved to its address, so that the same
 * file uploaded twice is kept once and a stored file can always be checked against its name.
 */
@Component
class ImportFileStore {

	private final Path root;

	ImportFileStore(@Value("${clientele.data-dir:./data}") String dataDir) {
		this.root = Path.of(dataDir).resolve("imports");
	}

	record StoredFile(String sha256, long size, Path path) {
	}

	StoredFile store(InputStream content) {
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "upload-", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long size;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
					size = content.transferTo(out);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = path(sha256);
				if (!Files.exists(target)) {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				return new StoredFile(sha256, size, target);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stores content written by {@code writer}, e.g. a redacted copy of a file. */
	StoredFile write(IoWriter writer) {
		try {
			Files.createDirectories(root);
			Path temporary = root.resolve("rewrite-" + UUID.randomUUID() + ".part");
			try {
				try (OutputStream out = Files.newOutputStream(temporary)) {
					writer.write(out);
				}
				try (InputStream in = Files.newInputStream(temporary)) {
					return store(in);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256);
	}

	void delete(String sha256) {
		try {
			Files.deleteIfExists(path(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	interface IoWriter {

		void write(OutputStream out) throws IOException;

	}

}

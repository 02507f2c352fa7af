package dev.clientele.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Generated secrets handed to a person through a file only its owner can read. */
public final class SecretFiles {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private SecretFiles() {
	}

	/** A random password of 20 letters and digits (about 116 bits). */
	public static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Writes a secret to {@code dir/name} with mode 0600 (where the file system has modes) and answers the path. */
	public static Path writeOwnerOnly(Path dir, String name, String secret) {
		try {
			Files.createDirectories(dir);
			Path file = dir.resolve(name);
			Files.deleteIfExists(file);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				// a file system without POSIX modes (Windows): the file takes its directory's access list
				Files.createFile(file);
			}
			Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + name, ex);
		}
	}

}

package dev.clientele.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of {@code import}, checked before anything is sent: the file exists, the mapping
 * file holds a JSON object, mode, match keys and encoding are ones the server knows.
 *
 * @param mapping the mapping as compact JSON text, or {@code null} for the server's automatic one
 * @param mode {@code create}, {@code update} or {@code skip}, or {@code null} for the server's default
 * @param match match keys joined by commas ({@code phone,email}), {@code none}, or {@code null} for all three
 * @param encoding the CSV file's encoding, or {@code null} to let the server detect it
 */
record ImportArguments(Path file, String mapping, String mode, String match, String encoding, boolean dryRun) {

	static final String USAGE = """
			Usage: java -jar clientele.jar import FILE [--mapping F] [--mode create|update|skip]
			                                           [--match phone,email,name] [--encoding E] [--dry-run]
			  FILE        a CSV or XLSX file of customers
			  --mapping   a JSON file {"<header>": "<field>"} naming the field of each column
			  --mode      what a row matching a stored customer does: create (reject it, the default),
			              update (update that customer) or skip (leave it alone)
			  --match     what makes a row the same customer: any of phone, email, name (all three by default), or none
			  --encoding  the CSV file's encoding (GBK, UTF-8 ...); detected when left out
			  --dry-run   judge every row and report, but write nothing
			The server is CLIENTELE_URL (default http://localhost:8080); CLIENTELE_TOKEN is a personal API token
			of a user who may import customers.
			Exit 0: every row imported; 3: some rows rejected (the error report is saved); 1: failure; 2: usage error.""";

	private static final Set<String> MODES = Set.of("create", "update", "skip");

	private static final Set<String> MATCH_KEYS = Set.of("phone", "email", "name");

	private static final Set<String> VALUED = Set.of("--mapping", "--mode", "--match", "--encoding");

	/**
	 * @param args the words after {@code import}, options as {@code --mode update} or {@code --mode=update}
	 * @throws UsageException naming the option or the file at fault
	 */
	static ImportArguments parse(List<String> args) throws UsageException {
		Builder builder = new Builder();
		Iterator<String> words = args.iterator();
		while (words.hasNext()) {
			String word = words.next();
			if (!word.startsWith("-") || word.equals("-")) {
				builder.file(word);
				continue;
			}
			int equals = word.indexOf('=');
			String option = equals < 0 ? word : word.substring(0, equals);
			if (option.equals("--dry-run")) {
				if (equals >= 0) {
					throw new UsageException("--dry-run takes no value");
				}
				builder.dryRun = true;
			}
			else if (VALUED.contains(option)) {
				if (equals < 0 && !words.hasNext()) {
					throw new UsageException(option + " needs a value");
				}
				builder.option(option, equals < 0 ? words.next() : word.substring(equals + 1));
			}
			else {
				throw new UsageException("Unknown option: " + option + " (--help lists them)");
			}
		}
		return builder.build();
	}

	private static final class Builder {

		private String file;

		private Path mapping;

		private String mode;

		private String match;

		private String encoding;

		private boolean dryRun;

		void file(String word) throws UsageException {
			if (file != null) {
				throw new UsageException("One FILE only: " + file + " and " + word);
			}
			file = word;
		}

		void option(String option, String value) throws UsageException {
			switch (option) {
				case "--mapping" -> mapping = path(option, value);
				case "--mode" -> mode = mode(value);
				case "--match" -> match = match(value);
				default -> encoding = encoding(value);
			}
		}

		ImportArguments build() throws UsageException {
			if (file == null) {
				throw new UsageException("FILE is missing: name the CSV or XLSX file to import");
			}
			Path path = path("FILE", file);
			if (!Files.isRegularFile(path)) {
				throw new UsageException("FILE not found: " + file);
			}
			if (!Files.isReadable(path)) {
				throw new UsageException("FILE cannot be read: " + file);
			}
			return new ImportArguments(path, mapping == null ? null : MappingFile.read(mapping), mode, match, encoding,
					dryRun);
		}

		private static Path path(String option, String value) throws UsageException {
			try {
				return Path.of(value);
			}
			catch (InvalidPathException ex) {
				throw new UsageException(option + ": not a file name: " + value);
			}
		}

		private static String mode(String value) throws UsageException {
			String mode = value.strip().toLowerCase(Locale.ROOT);
			if (!MODES.contains(mode)) {
				throw new UsageException("--mode must be create, update or skip, not: " + value);
			}
			return mode;
		}

		private static String match(String value) throws UsageException {
			String match = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
			if (match.equals("none")) {
				return match;
			}
			for (String key : match.split(",", -1)) {
				if (!MATCH_KEYS.contains(key)) {
					throw new UsageException("--match takes phone, email and name joined by commas, or none; not: " + value);
				}
			}
			return match;
		}

		private static String encoding(String value) throws UsageException {
			try {
				if (Charset.isSupported(value.strip())) {
					return value.strip();
				}
			}
			catch (IllegalCharsetNameException ex) {
				// reported below as any unknown encoding
			}
			throw new UsageException("--encoding: not an encoding: " + value);
		}

	}

}

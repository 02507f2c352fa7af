package dev.clientele.importing;

import java.util.EnumSet;
import java.util.Set;

import dev.clientele.customer.LoadMode;
import dev.clientele.customer.MatchKey;

/**
 * How to import a file.
 *
 * @param encoding the CSV file's encoding as the user names it (e.g. {@code GBK}), or {@code null}
 * to detect it (UTF-8 with or without BOM, else GB18030)
 * @param mapping the user's column mapping, JSON {@code {"<header>": "<field>"}}, or {@code null}
 * for the automatic one
 * @param dryRun judge every row as the import would, but keep no customer it writes
 */
public record ImportOptions(String encoding, LoadMode mode, Set<MatchKey> matchBy, String mapping, boolean dryRun) {

	public static final Set<MatchKey> DEFAULT_MATCH = Set.of(MatchKey.PHONE, MatchKey.EMAIL, MatchKey.NAME);

	public ImportOptions {
		encoding = encoding == null || encoding.isBlank() ? null : encoding.strip();
		mode = mode == null ? LoadMode.CREATE : mode;
		matchBy = matchBy == null ? DEFAULT_MATCH : Set.copyOf(matchBy);
		mapping = mapping == null || mapping.isBlank() ? null : mapping;
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, LoadMode.CREATE, DEFAULT_MATCH, null, false);
	}

	/** The match keys in their fixed order, as {@code phone,email,name} names them. */
	public String matchByText() {
		StringBuilder text = new StringBuilder();
		for (MatchKey key : EnumSet.copyOf(matchBy.isEmpty() ? EnumSet.noneOf(MatchKey.class) : matchBy)) {
			text.append(text.length() == 0 ? "" : ",").append(key.key());
		}
		return text.toString();
	}

}

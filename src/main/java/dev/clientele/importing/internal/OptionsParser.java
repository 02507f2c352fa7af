package dev.clientele.importing.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dev.clientele.customer.LoadMode;
import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportOptions;
import dev.clientele.shared.Violations;

/** Import options as the API, the forms and the CLI spell them ({@code mode=update}, {@code match=phone,email}). */
final class OptionsParser {

	private OptionsParser() {
	}

	/**
	 * @throws dev.clientele.shared.InvalidInputException naming {@code mode} or {@code match}
	 */
	static ImportOptions parse(String encoding, String mode, String match, String mapping, boolean dryRun) {
		Violations violations = new Violations();
		LoadMode chosenMode = LoadMode.CREATE;
		if (mode != null && !mode.isBlank()) {
			try {
				chosenMode = LoadMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				violations.add("mode", "import.mode", mode);
			}
		}
		Set<MatchKey> keys = ImportOptions.DEFAULT_MATCH;
		if (match != null && match.strip().equalsIgnoreCase("none")) {
			keys = Set.of();
		}
		else if (match != null && !match.isBlank()) {
			keys = EnumSet.noneOf(MatchKey.class);
			for (String key : match.split(",")) {
				try {
					keys.add(MatchKey.valueOf(key.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					violations.add("match", "import.match", key.strip());
				}
			}
		}
		violations.throwIfAny();
		return new ImportOptions(encoding, chosenMode, keys, mapping, dryRun);
	}

}

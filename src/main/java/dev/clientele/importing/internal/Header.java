package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.shared.Violations;

/** Checks a header row: blank cells at its end are dropped, blank or repeated names rejected. */
final class Header {

	private Header() {
	}

	/**
	 * @return the trimmed column names
	 * @throws dev.clientele.shared.InvalidInputException on {@code file}: {@code import.file.empty}
	 * if the header has no names, {@code import.header.blank} (column number) and
	 * {@code import.header.duplicate} (name, both column numbers), all at once
	 */
	static List<String> check(List<String> cells) {
		List<String> names = new ArrayList<>(cells.stream().map(String::strip).toList());
		while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
			names.remove(names.size() - 1);
		}
		Violations violations = new Violations();
		if (names.isEmpty()) {
			violations.add("file", "import.file.empty");
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty()) {
				violations.add("file", "import.header.blank", i + 1);
				continue;
			}
			Integer first = seen.putIfAbsent(Text.key(name), i + 1);
			if (first != null) {
				violations.add("file", "import.header.duplicate", name, first, i + 1);
			}
		}
		violations.throwIfAny();
		return List.copyOf(names);
	}

	/**
	 * A data row's cells fitted to the header: short rows padded with empty strings, empty cells
	 * beyond the header dropped; non-empty cells beyond it are kept for validation to reject.
	 */
	static List<String> fit(List<String> cells, int width) {
		List<String> fitted = new ArrayList<>(cells);
		while (fitted.size() > width && fitted.get(fitted.size() - 1).isEmpty()) {
			fitted.remove(fitted.size() - 1);
		}
		while (fitted.size() < width) {
			fitted.add("");
		}
		return fitted;
	}

}

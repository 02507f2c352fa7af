package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the delimiter of a CSV file among comma, semicolon, tab and bar from its first records:
 * the one that occurs, outside quotes, the same number of times in every record, the most often;
 * failing that the one most frequent in the header; a file without any is read with commas.
 */
final class DelimiterSniffer {

	private static final char[] CANDIDATES = { ',', ';', '\t', '|' };

	private static final int RECORDS = 20;

	private DelimiterSniffer() {
	}

	/**
	 * @param text the start of the file
	 * @param wholeFile whether the text is the whole file (otherwise its last record may be cut)
	 */
	static char sniff(String text, boolean wholeFile) {
		List<int[]> counts = count(text, wholeFile);
		if (counts.isEmpty()) {
			return ',';
		}
		char best = ',';
		int bestCount = 0;
		for (int c = 0; c < CANDIDATES.length; c++) {
			int header = counts.get(0)[c];
			if (header > bestCount && isConsistent(counts, c)) {
				best = CANDIDATES[c];
				bestCount = header;
			}
		}
		if (bestCount > 0) {
			return best;
		}
		for (int c = 0; c < CANDIDATES.length; c++) {
			if (counts.get(0)[c] > bestCount) {
				best = CANDIDATES[c];
				bestCount = counts.get(0)[c];
			}
		}
		return best;
	}

	private static boolean isConsistent(List<int[]> counts, int candidate) {
		return counts.stream().allMatch(record -> record[candidate] == counts.get(0)[candidate]);
	}

	/** Per record, how often each candidate occurs outside quotes; blank lines are left out. */
	private static List<int[]> count(String text, boolean wholeFile) {
		List<int[]> records = new ArrayList<>();
		int[] current = new int[CANDIDATES.length];
		boolean quoted = false;
		boolean blank = true;
		for (int i = 0; i < text.length() && records.size() < RECORDS; i++) {
			char ch = text.charAt(i);
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (ch == '\n' || ch == '\r')) {
				if (!blank) {
					records.add(current);
				}
				current = new int[CANDIDATES.length];
				blank = true;
				continue;
			}
			else if (!quoted) {
				for (int c = 0; c < CANDIDATES.length; c++) {
					if (ch == CANDIDATES[c]) {
						current[c]++;
					}
				}
			}
			blank = false;
		}
		if (wholeFile && !blank && records.size() < RECORDS) {
			records.add(current);
		}
		return records;
	}

}

package dev.clientele.importing.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Tells from a cell's number format whether its number is a date, a date-time or a time of day.
 * Built-in formats are known by their id (the Chinese ones come without a format text); other
 * formats by their text: {@code y} and {@code d} mean a date, {@code h} and {@code s} a time,
 * {@code m} a month unless a time is present. Quoted text, escapes, colours and locales are
 * skipped; elapsed times ({@code [h]:mm}) are durations, not dates.
 */
final class ExcelDateFormats {

	enum Kind {

		NONE, DATE, DATE_TIME, TIME

	}

	private static final Map<Integer, Kind> BUILT_IN = Map.ofEntries(Map.entry(14, Kind.DATE),
			Map.entry(15, Kind.DATE), Map.entry(16, Kind.DATE), Map.entry(17, Kind.DATE), Map.entry(18, Kind.TIME),
			Map.entry(19, Kind.TIME), Map.entry(20, Kind.TIME), Map.entry(21, Kind.TIME),
			Map.entry(22, Kind.DATE_TIME), Map.entry(27, Kind.DATE), Map.entry(28, Kind.DATE),
			Map.entry(29, Kind.DATE), Map.entry(30, Kind.DATE), Map.entry(31, Kind.DATE), Map.entry(32, Kind.TIME),
			Map.entry(33, Kind.TIME), Map.entry(34, Kind.TIME), Map.entry(35, Kind.TIME), Map.entry(36, Kind.DATE),
			Map.entry(45, Kind.TIME), Map.entry(46, Kind.TIME), Map.entry(47, Kind.TIME), Map.entry(50, Kind.DATE),
			Map.entry(51, Kind.DATE), Map.entry(52, Kind.DATE), Map.entry(53, Kind.DATE), Map.entry(54, Kind.DATE),
			Map.entry(55, Kind.TIME), Map.entry(56, Kind.TIME), Map.entry(57, Kind.DATE), Map.entry(58, Kind.DATE));

	private ExcelDateFormats() {
	}

	static Kind kind(Integer formatId, String format) {
		if (formatId != null && BUILT_IN.containsKey(formatId)) {
			return BUILT_IN.get(formatId);
		}
		return format == null ? Kind.NONE : kind(format);
	}

	private static Kind kind(String format) {
		String section = format.split(";", 2)[0];
		if (section.matches("(?s).*\\[[hms]+\\].*")) {
			return Kind.NONE;
		}
		String codes = section.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\\\.|[_*].", "")
			.replaceAll("\\[[^\\]]*\\]", "")
			.toLowerCase(Locale.ROOT);
		boolean time = codes.indexOf('h') >= 0 || codes.indexOf('s') >= 0;
		boolean date = codes.indexOf('y') >= 0 || codes.indexOf('d') >= 0 || (codes.indexOf('m') >= 0 && !time);
		if (date) {
			return time ? Kind.DATE_TIME : Kind.DATE;
		}
		return time ? Kind.TIME : Kind.NONE;
	}

}

package dev.clientele.shared.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Rows in the text format of PostgreSQL's {@code COPY}: a tab between values, a newline after each
 * row, {@code \N} for NULL, and backslash escapes for backslash, tab, newline and carriage return in
 * strings (so an empty string stays empty and a string {@code \N} stays a string). Every other
 * character is written as is; the stream is UTF-8, the driver's client encoding.
 */
final class CopyText {

	private CopyText() {
	}

	static void writeRow(Object[] row, Writer out) throws IOException {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				out.write('\t');
			}
			writeValue(row[i], out);
		}
		out.write('\n');
	}

	static void writeValue(Object value, Writer out) throws IOException {
		if (value == null) {
			out.write("\\N");
		}
		else if (value instanceof String s) {
			writeEscaped(s, out);
		}
		else {
			out.write(text(value));
		}
	}

	/** The text of a value that is no string: none of these contains a character to escape. */
	static String text(Object value) {
		if (value instanceof UUID || value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Boolean b) {
			return b ? "t" : "f";
		}
		if (value instanceof LocalDate d) {
			return date(d) + era(d.getYear());
		}
		if (value instanceof OffsetDateTime t) {
			return instant(t.toInstant());
		}
		if (value instanceof Instant t) {
			return instant(t);
		}
		if (value instanceof java.sql.Timestamp t) {
			return instant(t.toInstant());
		}
		if (value instanceof LocalDateTime t) {
			LocalDateTime micros = roundedToMicros(t);
			return date(micros.toLocalDate()) + " " + time(micros.toLocalTime()) + era(micros.getYear());
		}
		throw new IllegalArgumentException("No COPY text for a " + value.getClass().getName());
	}

	private static void writeEscaped(String s, Writer out) throws IOException {
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			String escape = escape(s.charAt(i));
			if (escape != null) {
				out.write(s, from, i - from);
				out.write(escape);
				from = i + 1;
			}
		}
		out.write(s, from, s.length() - from);
	}

	private static String escape(char c) {
		switch (c) {
			case '\\':
				return "\\\\";
			case '\t':
				return "\\t";
			case '\n':
				return "\\n";
			case '\r':
				return "\\r";
			default:
				return null;
		}
	}

	/** In UTC; the offset written out, so that the session's time zone does not matter. */
	private static String instant(Instant instant) {
		LocalDateTime utc = roundedToMicros(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
		return date(utc.toLocalDate()) + " " + time(utc.toLocalTime()) + "+00" + era(utc.getYear());
	}

	/** Half a microsecond and more rounds up, as PostgreSQL's JDBC driver rounds the values it sends. */
	private static LocalDateTime roundedToMicros(LocalDateTime t) {
		LocalDateTime truncated = t.truncatedTo(ChronoUnit.MICROS);
		return t.getNano() % 1000 >= 500 ? truncated.plus(1, ChronoUnit.MICROS) : truncated;
	}

	/** ISO date without the sign ISO puts on years before 1 and after 9999: the era says which. */
	private static String date(LocalDate d) {
		int year = d.getYear() > 0 ? d.getYear() : 1 - d.getYear();
		return pad(year, 4) + "-" + pad(d.getMonthValue(), 2) + "-" + pad(d.getDayOfMonth(), 2);
	}

	private static String era(int isoYear) {
		return isoYear > 0 ? "" : " BC";
	}

	private static String time(LocalTime t) {
		String hms = pad(t.getHour(), 2) + ":" + pad(t.getMinute(), 2) + ":" + pad(t.getSecond(), 2);
		int micros = t.getNano() / 1000;
		return micros == 0 ? hms : hms + "." + pad(micros, 6);
	}

	private static String pad(int value, int width) {
		String digits = Integer.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

}

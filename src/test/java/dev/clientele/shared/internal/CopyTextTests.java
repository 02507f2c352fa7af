package dev.clientele.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyTextTests {

	@Test
	void aRowIsItsValuesBetweenTabsEndedByANewline() throws IOException {
		UUID id = UUID.fromString("0190a4b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b");

		assertThat(row(id, 7, 42L, "x", true, false)).isEqualTo("0190a4b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b\t7\t42\tx\tt\tf\n");
	}

	@Test
	void backslashTabNewlineAndCarriageReturnAreEscapedInStrings() throws IOException {
		assertThat(row("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re\n");
	}

	@Test
	void nullIsBackslashNAndAnEmptyStringStaysEmpty() throws IOException {
		assertThat(row(null, "", null)).isEqualTo("\\N\t\t\\N\n");
	}

	@Test
	void aStringThatReadsBackslashNIsNoNull() throws IOException {
		assertThat(row("\\N", "\\.")).isEqualTo("\\\\N\t\\\\.\n");
	}

	@Test
	void quotesCommasAndTextBeyondAsciiAreWrittenAsTheyAre() throws IOException {
		assertThat(row("\"a\", 'b'; 上海 😀")).isEqualTo("\"a\", 'b'; 上海 😀\n");
	}

	@Test
	void instantsAreWrittenInUtcToTheMicrosecond() {
		assertThat(CopyText.text(OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30))))
			.isEqualTo("2024-02-29 18:29:59.123456+00");
		assertThat(CopyText.text(Instant.parse("1999-12-31T23:59:59.000001Z"))).isEqualTo("1999-12-31 23:59:59.000001+00");
		assertThat(CopyText.text(Timestamp.from(Instant.parse("2038-01-19T03:14:08Z")))).isEqualTo("2038-01-19 03:14:08+00");
	}

	@Test
	void halfAMicrosecondAndMoreRoundsUpAsTheJdbcDriverRounds() {
		assertThat(CopyText.text(Instant.parse("2024-01-01T00:00:00.000000499Z"))).isEqualTo("2024-01-01 00:00:00+00");
		assertThat(CopyText.text(Instant.parse("2024-01-01T00:00:00.0000005Z"))).isEqualTo("2024-01-01 00:00:00.000001+00");
		assertThat(CopyText.text(Instant.parse("2024-12-31T23:59:59.9999995Z"))).isEqualTo("2025-01-01 00:00:00+00");
	}

	@Test
	void aWallClockTimeHasNoOffset() {
		assertThat(CopyText.text(LocalDateTime.of(2023, 12, 31, 23, 59, 59, 1000))).isEqualTo("2023-12-31 23:59:59.000001");
	}

	@Test
	void datesBeforeTheYearOneCarryTheEraAndLongYearsNoSign() {
		assertThat(CopyText.text(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
		assertThat(CopyText.text(LocalDate.of(0, 3, 15))).isEqualTo("0001-03-15 BC");
		assertThat(CopyText.text(LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
		assertThat(CopyText.text(LocalDate.of(12345, 1, 1))).isEqualTo("12345-01-01");
	}

	@Test
	void decimalsAreWrittenWithoutAnExponent() {
		assertThat(CopyText.text(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(CopyText.text(new BigDecimal("-1E-10"))).isEqualTo("-0.0000000001");
	}

	private static String row(Object... values) throws IOException {
		StringWriter out = new StringWriter();
		CopyText.writeRow(values, out);
		return out.toString();
	}

}

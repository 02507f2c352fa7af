package dev.clientele.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.clientele.shared.BulkInsert;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk insert seam on the database of the run: COPY on PostgreSQL (a JDBC batch below
 * {@link BulkInsertConfiguration#COPY_MIN_ROWS} rows), a JDBC batch on H2. Whatever the path,
 * every value reads back as it was given, and the rows belong to the caller's transaction.
 */
class BulkInsertIT extends DatabaseIT {

	static final BulkInsert.Table PROBE = BulkInsert.Table.of("bulk_insert_probe", "id", "text_value", "uuid_value",
			"at_value", "wall_value", "number_value", "date_value", "bool_value", "count_value");

	static final List<String> TEXTS = Arrays.asList("plain", "comma, \"double quotes\" and 'single quotes'",
			"back\\slash and a trailing \\", "tab\there", "CR\rLF\nCRLF\r\nend", "\\N", "\\.", "", null,
			"上海浦东发展银行（中文）", "emoji 😀👍🏽 and 𠀀", "  spaces around  ", "\\t is no tab", "semi;colon|pipe",
			"\u0001control\u001f", "NULL", "N");

	static final List<Object> INSTANTS = List.of(
			OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30)),
			Instant.parse("1999-12-31T23:59:59.000001Z"), Timestamp.from(Instant.parse("2038-01-19T03:14:08.654321Z")),
			OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

	static final List<BigDecimal> NUMBERS = List.of(new BigDecimal("1234567890123456789012345678.0123456789"),
			new BigDecimal("-0.0000000001"), BigDecimal.ZERO, new BigDecimal("1E+3"), new BigDecimal("-42.5"));

	static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1),
			LocalDate.of(9999, 12, 31), LocalDate.of(1970, 1, 1));

	static final List<Boolean> BOOLEANS = Arrays.asList(true, false, null);

	static final List<Long> COUNTS = List.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L);

	@Autowired
	BulkInsert bulk;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void emptyProbeTable() {
		jdbc.execute("""
				create table if not exists bulk_insert_probe (
				    id           integer primary key,
				    text_value   varchar(1000),
				    uuid_value   uuid,
				    at_value     timestamp with time zone,
				    wall_value   timestamp,
				    number_value decimal(38, 10),
				    date_value   date,
				    bool_value   boolean,
				    count_value  bigint
				)""");
		jdbc.update("delete from bulk_insert_probe");
	}

	@Test
	void theDatabaseProductPicksCopyOnPostgresqlAndBatchesElsewhere() {
		assertThat(bulk).isInstanceOf(TestDatabase.isPostgres() ? CopyBulkInsert.class : BatchBulkInsert.class);
	}

	@ParameterizedTest(name = "{0} rows")
	@ValueSource(ints = { 1, BulkInsertConfiguration.COPY_MIN_ROWS - 1, BulkInsertConfiguration.COPY_MIN_ROWS, 300 })
	void everyValueReadsBackExactlyAsItWasGiven(int count) {
		List<Object[]> rows = rows(count);

		bulk.insert(PROBE, rows);

		List<Object[]> read = jdbc.query("select * from bulk_insert_probe order by id", BulkInsertIT::read);
		assertThat(read).hasSize(count);
		for (int i = 0; i < count; i++) {
			Object[] expected = rows.get(i).clone();
			expected[3] = instant(expected[3]);
			Object[] actual = read.get(i);
			assertThat(actual).as("row %d", i).hasSize(expected.length);
			for (int column = 0; column < expected.length; column++) {
				assertSameValue(actual[column], expected[column], PROBE.columns().get(column) + " of row " + i);
			}
		}
	}

	@Test
	void aRollbackOfTheCallersTransactionLeavesNoRow() {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);

		Integer seenInside = transaction.execute(status -> {
			bulk.insert(PROBE, rows(300));
			bulk.insert(PROBE, rows(301, 3));
			status.setRollbackOnly();
			return count();
		});

		assertThat(seenInside).isEqualTo(303);
		assertThat(count()).isZero();
	}

	@Test
	void aTableGrownByBulkInsertsIsAnalysedOnPostgresqlSoThatLookupsUseItsIndexes() {
		jdbc.execute("create table if not exists bulk_insert_grown (id integer primary key, name varchar(100))");
		jdbc.update("delete from bulk_insert_grown");
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			rows.add(new Object[] { i, "name-" + i });
		}
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> bulk.insert(BulkInsert.Table.of("bulk_insert_grown", "id", "name"), rows));

		bulk.refreshStatistics(List.of("bulk_insert_grown"));

		if (TestDatabase.isPostgres()) {
			assertThat(jdbc.queryForObject("select reltuples from pg_class where oid = to_regclass('bulk_insert_grown')",
					Double.class)).isEqualTo(5_000.0);
		}
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> bulk.refreshStatistics(List.of("customers; drop table customers")));
	}

	@Test
	void rowsCommitWithTheCallersTransaction() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> bulk.insert(PROBE, rows(300)));

		assertThat(count()).isEqualTo(300);
	}

	@Test
	void aDuplicateKeyIsADuplicateKeyExceptionThatLeavesNoRowAndAUsableConnection() {
		List<Object[]> rows = rows(300);
		rows.add(rows.get(150).clone());
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> bulk.insert(PROBE, rows)))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(count()).isZero();

		transaction.executeWithoutResult(status -> bulk.insert(PROBE, rows(300)));
		assertThat(count()).isEqualTo(300);
	}

	@Test
	void aRowOfTheWrongWidthIsRefusedBeforeAnythingIsWritten() {
		List<Object[]> rows = rows(300);
		rows.set(299, new Object[] { 299, "short" });

		assertThatThrownBy(() -> bulk.insert(PROBE, rows)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bulk_insert_probe");
		assertThat(count()).isZero();
	}

	@Test
	void aValueOfNoKnownTypeIsRefusedBeforeAnythingIsWritten() {
		List<Object[]> rows = rows(300);
		rows.get(200)[1] = new StringBuilder("not a string");

		assertThatThrownBy(() -> bulk.insert(PROBE, rows)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bulk_insert_probe.text_value");
		assertThat(count()).isZero();
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from bulk_insert_probe", Integer.class);
	}

	private static List<Object[]> rows(int count) {
		return rows(0, count);
	}

	/** Rows cycling through every kind of value, so that a long batch holds each of them often. */
	private static List<Object[]> rows(int firstId, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { firstId + i, TEXTS.get(i % TEXTS.size()), i % 5 == 4 ? null : UUID.randomUUID(),
					i % 6 == 5 ? null : INSTANTS.get(i % INSTANTS.size()),
					i % 7 == 6 ? null : LocalDateTime.of(2023, 12, 31, 23, 59, 59).plusNanos(i * 1000L),
					i % 8 == 7 ? null : NUMBERS.get(i % NUMBERS.size()), i % 9 == 8 ? null : DATES.get(i % DATES.size()),
					BOOLEANS.get(i % BOOLEANS.size()), COUNTS.get(i % COUNTS.size()) });
		}
		return rows;
	}

	private static Object[] read(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("at_value", OffsetDateTime.class);
		Object bool = rs.getObject("bool_value");
		return new Object[] { rs.getInt("id"), rs.getString("text_value"), rs.getObject("uuid_value", UUID.class),
				at == null ? null : at.toInstant(), rs.getObject("wall_value", LocalDateTime.class),
				rs.getBigDecimal("number_value"), rs.getObject("date_value", LocalDate.class),
				bool == null ? null : rs.getBoolean("bool_value"), rs.getLong("count_value") };
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime t) {
			return t.toInstant();
		}
		if (value instanceof Timestamp t) {
			return t.toInstant();
		}
		return (Instant) value;
	}

	private static void assertSameValue(Object actual, Object expected, String what) {
		if (expected instanceof BigDecimal number) {
			assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(number);
		}
		else {
			assertThat(actual).as(what).isEqualTo(expected);
		}
	}

}

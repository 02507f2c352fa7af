package dev.clientele.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Inserts many rows into one table within the caller's transaction: the one place where writing in
 * bulk differs between the databases.
 * <p>
 * Why: an import writes dozens of rows per customer (the row, its side tables, versions and search
 * keys). As JDBC batches of {@code insert ... values (?, ...)} PostgreSQL parses, binds and plans
 * every row; {@code COPY ... FROM STDIN} streams them in one command and costs a fraction of that,
 * on the server and in the driver. H2 (and any other database) has no such protocol and gets the
 * JDBC batch. The implementation is chosen once, from the database product, at start-up.
 * <p>
 * Rows join the current Spring transaction (without one, they commit on their own); a failure
 * surfaces as Spring's {@link org.springframework.dao.DataAccessException} as with
 * {@code JdbcTemplate} (e.g. {@link org.springframework.dao.DuplicateKeyException}) and leaves
 * the transaction to roll back. Values, in the order of {@link Table#columns()}:
 * <ul>
 * <li>{@code null}: SQL NULL (an empty string stays an empty string);
 * <li>{@link String}, {@link UUID}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link BigDecimal}, {@link LocalDate};
 * <li>{@link Instant}, {@link OffsetDateTime} and {@link java.sql.Timestamp}: instants, for
 * {@code timestamp with time zone} columns, rounded to microseconds;
 * <li>{@link LocalDateTime}: a wall-clock time, for {@code timestamp} columns.
 * </ul>
 * Anything else is an {@link IllegalArgumentException} before a row is written.
 */
public interface BulkInsert {

	/**
	 * Inserts the rows; does nothing for none.
	 *
	 * @param rows one array per row, as long as {@code table.columns()}
	 */
	void insert(Table table, List<Object[]> rows);

	/**
	 * Lets the query planner know how far tables have grown through bulk inserts, so that lookups
	 * between two bulk steps keep using their indexes. On PostgreSQL a table never analysed, or
	 * changed by more than a fifth (and a thousand rows) since it was, is analysed at once instead
	 * of whenever autovacuum comes round; elsewhere nothing happens.
	 *
	 * @param tables names of tables, checked like {@link Table#name()}
	 */
	void refreshStatistics(List<String> tables);

	/**
	 * A table and the columns a bulk insert fills. Names come from code, never from input, and are
	 * still checked to be plain lower-case SQL identifiers, since they are written into SQL.
	 */
	record Table(String name, List<String> columns) {

		private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

		private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, UUID.class, Boolean.class, Integer.class,
				Long.class, BigDecimal.class, LocalDate.class, Instant.class, OffsetDateTime.class, java.sql.Timestamp.class,
				LocalDateTime.class);

		/** @throws IllegalArgumentException unless the name is a plain lower-case SQL identifier */
		public static void requireTableName(String name) {
			requireIdentifier(name);
		}

		public Table {
			Objects.requireNonNull(name, "name");
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("No columns for " + name);
			}
			requireIdentifier(name);
			columns.forEach(Table::requireIdentifier);
			if (columns.stream().distinct().count() != columns.size()) {
				throw new IllegalArgumentException("A column twice in " + columns);
			}
		}

		public static Table of(String name, String... columns) {
			return new Table(name, List.of(columns));
		}

		/** The column list as SQL: {@code (a, b, c)}. */
		public String columnList() {
			return "(" + String.join(", ", columns) + ")";
		}

		/**
		 * Checked by the implementations before they write anything.
		 *
		 * @throws IllegalArgumentException if the row is not as long as the column list or holds a
		 * value of a type not listed on {@link BulkInsert}
		 */
		public void requireRow(Object[] row) {
			if (row.length != columns.size()) {
				throw new IllegalArgumentException(
						"A row of " + row.length + " values for the " + columns.size() + " columns of " + name);
			}
			for (int i = 0; i < row.length; i++) {
				// strings and ids first: most values are, and a set lookup per value is felt in a bulk load
				Class<?> type = row[i] == null ? null : row[i].getClass();
				if (type != null && type != String.class && type != UUID.class && !VALUE_TYPES.contains(type)) {
					throw new IllegalArgumentException(
							"No bulk insert of a " + row[i].getClass().getName() + " into " + name + "." + columns.get(i));
				}
			}
		}

		private static void requireIdentifier(String identifier) {
			if (!IDENTIFIER.matcher(identifier).matches()) {
				throw new IllegalArgumentException("Not a plain SQL identifier: " + identifier);
			}
		}

	}

}

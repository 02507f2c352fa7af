package dev.clientele.shared.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.clientele.shared.BulkInsert;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Rows through PostgreSQL's {@code COPY table (columns) FROM STDIN} in text format, on the connection
 * of the current transaction, streamed as they are encoded so that memory stays flat whatever the
 * number of rows. Fewer than {@code minRows} rows go as a JDBC batch instead: the two round trips
 * of a COPY cost more than a short batch.
 */
class CopyBulkInsert implements BulkInsert {

	private static final int BUFFER_BYTES = 64 * 1024;

	private final DataSource dataSource;

	private final SQLExceptionTranslator translator;

	private final BulkInsert fewRows;

	private final int minRows;

	CopyBulkInsert(DataSource dataSource, SQLExceptionTranslator translator, BulkInsert fewRows, int minRows) {
		this.dataSource = dataSource;
		this.translator = translator;
		this.fewRows = fewRows;
		this.minRows = minRows;
	}

	@Override
	public void refreshStatistics(List<String> tables) {
		tables.forEach(Table::requireTableName);
		org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		for (String table : tables) {
			Boolean stale = jdbc.queryForObject("""
					select c.reltuples < 0 or coalesce(s.n_mod_since_analyze, 0) > greatest(1000, 0.2 * c.reltuples)
					from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
					where c.oid = to_regclass(?)""", Boolean.class, table);
			if (Boolean.TRUE.equals(stale)) {
				jdbc.execute("analyze " + table);
			}
		}
	}

	@Override
	public void insert(Table table, List<Object[]> rows) {
		if (rows.size() < minRows) {
			fewRows.insert(table, rows);
			return;
		}
		rows.forEach(table::requireRow);
		String sql = "copy " + table.name() + " " + table.columnList() + " from stdin";
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			copy(connection.unwrap(PGConnection.class), sql, rows);
		}
		catch (SQLException ex) {
			DataAccessException translated = translator.translate("COPY into " + table.name(), sql, ex);
			throw translated != null ? translated : new UncategorizedSQLException("COPY into " + table.name(), sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void copy(PGConnection connection, String sql, List<Object[]> rows) throws SQLException {
		PGCopyOutputStream copy = new PGCopyOutputStream(connection, sql, BUFFER_BYTES);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER_BYTES);
			for (Object[] row : rows) {
				CopyText.writeRow(row, out);
			}
			out.flush();
			copy.endCopy();
		}
		catch (IOException ex) {
			cancel(copy);
			// the stream wraps what the server answered
			if (ex.getCause() instanceof SQLException sqlException) {
				throw sqlException;
			}
			throw new DataAccessResourceFailureException("COPY failed: " + sql, ex);
		}
		catch (RuntimeException | SQLException ex) {
			cancel(copy);
			throw ex;
		}
	}

	/** Ends a failed COPY, so that the connection answers again; the transaction is then aborted. */
	private static void cancel(PGCopyOutputStream copy) {
		if (copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ignored) {
				// the COPY's own failure is the one to report
			}
		}
	}

}

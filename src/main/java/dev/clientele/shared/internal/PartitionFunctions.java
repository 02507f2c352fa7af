package dev.clientele.shared.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.MonthlyPartitions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's monthly partitions, created by each table's {@code <table>_ensure_month} function.
 * Months known to exist are remembered, so that the steady state costs no round trip.
 */
class PartitionFunctions implements MonthlyPartitions {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	PartitionFunctions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void ensure(String table, Collection<YearMonth> months) {
		BulkInsert.Table.requireTableName(table);
		for (YearMonth month : months) {
			String key = table + "/" + month;
			if (known.contains(key)) {
				continue;
			}
			ownTransaction.executeWithoutResult(status -> jdbc.queryForList(
					"select " + table + "_ensure_month(?)", java.sql.Date.valueOf(month.atDay(1))));
			known.add(key);
		}
	}

}

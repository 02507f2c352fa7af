package dev.clientele.shared;

import java.time.YearMonth;
import java.util.Collection;

/**
 * Makes sure a table partitioned by month has the partitions that rows about to be written fall
 * into: the one place where partitioning differs between the databases. On PostgreSQL the table
 * is range-partitioned by the UTC month of a timestamp, and each missing month is created through
 * the table's {@code <table>_ensure_month(date)} function (which its migration defines, running
 * with the schema owner's rights); elsewhere the table is one table and nothing happens.
 */
public interface MonthlyPartitions {

	/**
	 * Creates the months' partitions that do not exist yet, each in a transaction of its own, so
	 * that a concurrent writer waits for the same partition instead of failing.
	 *
	 * @param table checked like {@link BulkInsert.Table#name()}
	 */
	void ensure(String table, Collection<YearMonth> months);

}

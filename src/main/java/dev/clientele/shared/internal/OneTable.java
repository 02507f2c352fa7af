package dev.clientele.shared.internal;

import java.time.YearMonth;
import java.util.Collection;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.MonthlyPartitions;

/** Databases without partitioning keep each partitioned table as one table: nothing to create. */
class OneTable implements MonthlyPartitions {

	@Override
	public void ensure(String table, Collection<YearMonth> months) {
		BulkInsert.Table.requireTableName(table);
	}

}

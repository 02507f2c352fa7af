package dev.clientele.shared.internal;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.DatabaseProduct;
import dev.clientele.shared.MonthlyPartitions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The seam of PostgreSQL-only fast paths, picked from the {@link DatabaseProduct}: {@link BulkInsert} by
 * COPY on PostgreSQL and JDBC batches elsewhere; {@link MonthlyPartitions} by the tables' partition
 * functions on PostgreSQL and nothing elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class BulkInsertConfiguration {

	/**
	 * Below this many rows a JDBC batch costs no more than a COPY on PostgreSQL. Measured on
	 * localhost with search key rows, one insert per transaction, batch against COPY: 1 row 171 and
	 * 357 µs, 10 rows 337 and 472, 20 rows 422 and 413, 50 rows 533 and 536, 100 rows 1,442 and 815;
	 * with {@code reWriteBatchedInserts=true} the two meet between 50 and 100 rows.
	 */
	static final int COPY_MIN_ROWS = 50;

	@Bean
	DatabaseProduct databaseProduct(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return new DatabaseProduct(product.toLowerCase(Locale.ROOT).contains("postgres"));
	}

	@Bean
	BulkInsert bulkInsert(DataSource dataSource, JdbcTemplate template, DatabaseProduct database) {
		BulkInsert batch = new BatchBulkInsert(template);
		if (database.postgres()) {
			return new CopyBulkInsert(dataSource, template.getExceptionTranslator(), batch, COPY_MIN_ROWS);
		}
		return batch;
	}

	@Bean
	MonthlyPartitions monthlyPartitions(JdbcTemplate template, PlatformTransactionManager transactions,
			DatabaseProduct database) {
		return database.postgres() ? new PartitionFunctions(template, transactions) : new OneTable();
	}

}

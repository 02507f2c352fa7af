package dev.clientele.shared;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyPartitionsIT extends DatabaseIT {

	@Autowired
	MonthlyPartitions partitions;

	@Autowired
	JdbcTemplate jdbc;

	private boolean postgres() {
		return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
	}

	@Test
	void writersMakingSureOfTheSameMonthsAtOnceAllSucceedAndEachMonthIsCreatedOnce() throws Exception {
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(YearMonth.of(2001, 1).plusMonths(i));
		}
		CyclicBarrier start = new CyclicBarrier(3);
		List<CompletableFuture<Void>> writers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			writers.add(CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (Exception interrupted) {
					throw new IllegalStateException(interrupted);
				}
				partitions.ensure("timeline_entries", months);
			}));
		}
		CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();

		if (postgres()) {
			assertThat(jdbc.queryForObject("""
					select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
					where i.inhparent = 'timeline_entries'::regclass and c.relname like 'timeline_entries_2001_%'""",
					Long.class)).isEqualTo(12L);
		}
		jdbc.update("""
				insert into timeline_entries (id, customer_id, kind, occurred_at, recorded_at, actor_id, source)
				values (?, ?, 'order', timestamp with time zone '2001-06-30 23:59:59+00', current_timestamp, ?, 'api')""",
				Ids.newId(), Ids.newId(), Ids.newId());
	}

	@Test
	void theTimelinesPartitionsOfTheComingMonthsExistFromTheStart() {
		org.junit.jupiter.api.Assumptions.assumeTrue(postgres(), "H2 keeps the timeline in one table");
		YearMonth now = YearMonth.now(java.time.ZoneOffset.UTC);
		for (YearMonth month : List.of(now, now.plusMonths(3))) {
			assertThat(jdbc.queryForObject("select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid"
					+ " where i.inhparent = 'timeline_entries'::regclass and c.relname = ?", Long.class,
					String.format("timeline_entries_%d_%02d", month.getYear(), month.getMonthValue())))
				.as("partition of %s", month)
				.isEqualTo(1L);
		}
	}

	@Test
	void aTableNameThatIsNoPlainIdentifierIsRefused() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> partitions.ensure("timeline_entries; drop table users", List.of(YearMonth.of(2001, 1))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

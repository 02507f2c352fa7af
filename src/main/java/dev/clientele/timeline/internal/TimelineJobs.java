package dev.clientele.timeline.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.clientele.shared.MonthlyPartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timeline's housekeeping: the partitions of the coming months created ahead (at start and
 * daily), and the RFM scores recomputed nightly ({@code clientele.timeline.rfm-cron}).
 */
@Component
@EnableScheduling
@Profile("!audit-verify")
class TimelineJobs {

	static final int MONTHS_AHEAD = 3;

	private static final Logger log = LoggerFactory.getLogger(TimelineJobs.class);

	private final MonthlyPartitions partitions;

	private final FigureKeeper figures;

	private final Clock clock;

	TimelineJobs(MonthlyPartitions partitions, FigureKeeper figures, Clock clock) {
		this.partitions = partitions;
		this.figures = figures;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		createPartitionsAhead();
	}

	@Scheduled(cron = "${clientele.timeline.partition-cron:0 10 0 * * *}", zone = "UTC")
	void createPartitionsAhead() {
		YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
		List<YearMonth> months = new ArrayList<>();
		for (int i = -1; i <= MONTHS_AHEAD; i++) {
			months.add(now.plusMonths(i));
		}
		partitions.ensure(EntryRepository.TABLE, months);
	}

	@Scheduled(cron = "${clientele.timeline.rfm-cron:0 30 2 * * *}")
	void scoreRfm() {
		int scored = figures.scoreRfm();
		log.info("RFM scores recomputed for {} customers", scored);
	}

}

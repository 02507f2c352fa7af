package dev.clientele.timeline.internal;

import java.util.List;

import dev.clientele.access.FieldAccessContributor;
import org.springframework.stereotype.Component;

/** The timeline's fields that roles may hide: entries' amounts and texts, and customers' total spend. */
@Component
class TimelineAccessFields implements FieldAccessContributor {

	static final String AMOUNT = "timeline.amount";

	static final String BODY = "timeline.body";

	static final String TOTAL_SPEND = "totalSpend";

	@Override
	public List<String> fields() {
		return List.of(AMOUNT, BODY, TOTAL_SPEND);
	}

}

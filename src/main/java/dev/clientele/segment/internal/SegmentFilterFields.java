package dev.clientele.segment.internal;

import java.util.List;

import dev.clientele.filter.FilterField;
import dev.clientele.filter.FilterFieldContributor;
import dev.clientele.filter.ValueType;
import org.springframework.stereotype.Component;

/**
 * Snapshot membership as a customer filter field: {@code {"field":"snapshot","op":"eq","value":"<id>"}}
 * matches the frozen members of that snapshot segment. The customer module applies scope, the
 * recycle bin and field permissions to it like to any filter, which is how a snapshot's members are
 * read, counted and exported.
 */
@Component
class SegmentFilterFields implements FilterFieldContributor {

	static final String SNAPSHOT = "snapshot";

	@Override
	public String entity() {
		return "customer";
	}

	@Override
	public List<FilterField> fields() {
		return List.of(FilterField.sideTable(SNAPSHOT, ValueType.ID, "segment_members sm where sm.customer_id = c.id",
				"sm.segment_id"));
	}

}

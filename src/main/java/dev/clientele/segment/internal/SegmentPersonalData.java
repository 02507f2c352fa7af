package dev.clientele.segment.internal;

import java.util.UUID;

import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import dev.clientele.segment.Segment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Segments' share of a customer's personal data: the snapshots the customer was frozen into. */
@Component
class SegmentPersonalData implements PersonalDataPart {

	private final SegmentRepository segments;

	SegmentPersonalData(SegmentRepository segments) {
		this.segments = segments;
	}

	@Override
	public String name() {
		return "segments";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ObjectNode part = SegmentJson.JSON.createObjectNode();
		ArrayNode snapshots = part.putArray("snapshots");
		for (Segment segment : segments.snapshotsOf(customerId)) {
			snapshots.addObject()
				.put("id", segment.id().toString())
				.put("name", segment.name())
				.put("frozenAt", segment.createdAt().toString());
		}
		return part;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		return ErasureCounts.of("snapshotMemberships", segments.removeMember(customerId));
	}

}

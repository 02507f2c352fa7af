package dev.clientele.timeline.internal;

import java.util.UUID;

import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import dev.clientele.timeline.TimelineEntry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The timeline's share of a customer's personal data: every entry with its whole correction trail,
 * and the figures. Erasure is the one time entries are deleted (the erasure itself is audited).
 */
@Component
class TimelinePersonalData implements PersonalDataPart {

	private final EntryRepository entries;

	private final FigureRepository figures;

	TimelinePersonalData(EntryRepository entries, FigureRepository figures) {
		this.entries = entries;
		this.figures = figures;
	}

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ObjectNode part = EntryRepository.JSON.createObjectNode();
		var list = part.putArray("entries");
		for (TimelineEntry entry : entries.all(customerId)) {
			list.add(EntryRepository.JSON.valueToTree(entry));
		}
		part.set("figures", figures.find(customerId)
			.<JsonNode>map(row -> EntryRepository.JSON.valueToTree(row.figures()))
			.orElse(null));
		return part;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		return entries.deleteAll(customerId).and("figures", figures.delete(customerId));
	}

}

package dev.clientele.timeline.internal;

import dev.clientele.shared.ConflictException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

/** Which entry a correction may supersede: one of the same customer and kind, still current. */
@Component
class Corrections {

	private final EntryRepository entries;

	Corrections(EntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * @throws InvalidInputException on {@code supersedes} or {@code kind} if the entry is unknown to the customer or of another kind
	 * @throws ConflictException if it was already corrected or voided
	 */
	TimelineEntry correctable(EntryDraft draft) {
		TimelineEntry corrected = entries.find(draft.supersedes())
			.filter(entry -> entry.customerId().equals(draft.customerId()))
			.orElseThrow(() -> InvalidInputException.of("supersedes", "timeline.entryUnknown"));
		if (!corrected.kind().equals(draft.kind())) {
			throw InvalidInputException.of("kind", "timeline.correctionKind", corrected.kind());
		}
		if (!corrected.current()) {
			throw notCurrent(corrected);
		}
		return corrected;
	}

	static ConflictException notCurrent(TimelineEntry entry) {
		return new ConflictException("timeline.notCurrent", "The entry " + entry.id() + " was already corrected or voided");
	}

}

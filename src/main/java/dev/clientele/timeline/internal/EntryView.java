package dev.clientele.timeline.internal;

import dev.clientele.access.Access;
import dev.clientele.timeline.TimelineEntry;

/** An entry as a reader may see it: a hidden or masked amount or body is left out. */
final class EntryView {

	private EntryView() {
	}

	static TimelineEntry of(TimelineEntry entry, Access access) {
		boolean money = access.field(TimelineAccessFields.AMOUNT).readable();
		boolean body = access.field(TimelineAccessFields.BODY).readable();
		if (money && body) {
			return entry;
		}
		return new TimelineEntry(entry.id(), entry.customerId(), entry.contactId(), entry.kind(), entry.occurredAt(),
				entry.recordedAt(), entry.actorId(), entry.subject(), body ? entry.body() : null,
				money ? entry.amount() : null, money ? entry.currency() : null, entry.status(), entry.attributes(),
				entry.source(), entry.externalId(), entry.supersedes(), entry.state(), entry.supersededBy(),
				entry.voidReason(), entry.supersededAt(), entry.supersededActorId());
	}

}

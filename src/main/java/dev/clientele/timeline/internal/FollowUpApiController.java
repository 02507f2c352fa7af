package dev.clientele.timeline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.timeline.FollowUp;
import dev.clientele.timeline.FollowUpsDue;
import dev.clientele.timeline.OverdueFollowUps;
import dev.clientele.timeline.TimelineManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The follow-ups due, through the API: the caller's own, and the overdue counts per rep. */
@RestController
class FollowUpApiController {

	private final TimelineManagement timeline;

	FollowUpApiController(TimelineManagement timeline) {
		this.timeline = timeline;
	}

	/** One follow-up, with the group it falls in. */
	record Item(java.util.UUID customerId, String customerName, LocalDate nextFollowUpOn, FollowUpsDue.Due due,
			java.time.Instant lastContactAt) {
	}

	record FollowUps(LocalDate today, List<Item> items) {
	}

	record OverdueByRep(List<OverdueFollowUps> items) {
	}

	/** The caller's open follow-ups, overdue first, soonest first in each group. */
	@GetMapping("/api/v1/follow-ups")
	@RequiresPermission(Permission.TIMELINE_READ)
	FollowUps followUps(@RequestParam(required = false) String due) {
		FollowUpsDue.Due group = due == null || due.isBlank() ? null
				: FollowUpsDue.Due.fromKey(due.strip())
					.orElseThrow(() -> InvalidInputException.of("due", "followUps.dueUnknown", due.strip()));
		FollowUpsDue found = timeline.followUps(group);
		List<Item> items = new ArrayList<>();
		add(items, found.overdue(), FollowUpsDue.Due.OVERDUE);
		add(items, found.dueToday(), FollowUpsDue.Due.TODAY);
		add(items, found.upcoming(), FollowUpsDue.Due.UPCOMING);
		return new FollowUps(found.today(), items);
	}

	@GetMapping("/api/v1/follow-ups/overdue-by-rep")
	@RequiresPermission(Permission.TIMELINE_READ)
	OverdueByRep overdueByRep() {
		return new OverdueByRep(timeline.overdueByRep());
	}

	private static void add(List<Item> items, List<FollowUp> group, FollowUpsDue.Due due) {
		group.forEach(f -> items.add(new Item(f.customerId(), f.customerName(), f.dueOn(), due, f.lastContactAt())));
	}

}

package dev.clientele.timeline.internal;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.timeline.TimelineManagement;
import dev.clientele.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The follow-ups due: the user's own page, with the overdue counts per rep for those who see other reps, and the reminder. */
@PageController
class FollowUpPageController {

	private final TimelineManagement timeline;

	private final AccessManagement access;

	FollowUpPageController(TimelineManagement timeline, AccessManagement access) {
		this.timeline = timeline;
		this.access = access;
	}

	@GetMapping("/follow-ups")
	@RequiresPermission(Permission.TIMELINE_READ)
	String followUps(Model model) {
		model.addAttribute("followUps", timeline.followUps(null));
		model.addAttribute("byRep", seesOtherReps(access.current()) ? timeline.overdueByRep() : null);
		return "timeline/follow-ups";
	}

	/** What is overdue or due today, as a note for the landing page; nothing when nothing is. */
	@GetMapping("/follow-ups/reminder")
	@RequiresPermission(Permission.TIMELINE_READ)
	String reminder(Model model) {
		model.addAttribute("followUps", timeline.followUps(null));
		return "timeline/reminder :: reminder";
	}

	private static boolean seesOtherReps(Access access) {
		return access.visibleOwners() == null || access.visibleOwners().stream().anyMatch(owner -> !owner.equals(access.userId()));
	}

}

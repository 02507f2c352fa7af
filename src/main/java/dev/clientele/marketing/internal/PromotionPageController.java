package dev.clientele.marketing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.Promotion;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's promotion history as the panel the customer page loads: each campaign the customer
 * was in, newest first, with the member's status and trail. The panel is a page of its own, from
 * which the customer page selects {@code #promotions-panel}.
 */
@PageController
class PromotionPageController {

	private final CampaignManagement campaigns;

	private final UserManagement users;

	PromotionPageController(CampaignManagement campaigns, UserManagement users) {
		this.campaigns = campaigns;
		this.users = users;
	}

	@RequiresPermission(Permission.CAMPAIGN_READ)
	@GetMapping("/customers/{id}/promotions")
	String panel(@PathVariable String id, Model model) {
		UUID customerId = Ids.parse(id).orElseThrow(() -> new NotFoundException("Customer"));
		List<Promotion> promotions = campaigns.promotions(customerId);
		model.addAttribute("customerId", customerId);
		model.addAttribute("promotions", promotions);
		model.addAttribute("actors", actors(promotions.stream().flatMap(p -> p.trail().stream()).toList()));
		return "campaigns/promotions";
	}

	/** The users who logged trail entries, by id. */
	private Map<UUID, User> actors(Collection<MemberEvent> trail) {
		return users.findAll(trail.stream().map(MemberEvent::actorId).filter(Objects::nonNull).distinct().toList());
	}

}

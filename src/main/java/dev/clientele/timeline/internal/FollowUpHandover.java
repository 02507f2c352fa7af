package dev.clientele.timeline.internal;

import dev.clientele.customer.CustomersHandedOver;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A departing rep's open follow-ups go to whoever takes over their customers. */
@Component
class FollowUpHandover {

	private final FigureRepository figures;

	FollowUpHandover(FigureRepository figures) {
		this.figures = figures;
	}

	@ApplicationModuleListener
	void on(CustomersHandedOver event) {
		figures.reassignFollowUps(event.fromUser(), event.toUser());
	}

}

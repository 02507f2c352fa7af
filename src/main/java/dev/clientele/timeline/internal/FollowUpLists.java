package dev.clientele.timeline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.timeline.FollowUp;
import dev.clientele.timeline.FollowUpsDue;
import dev.clientele.timeline.OverdueFollowUps;
import org.springframework.stereotype.Component;

/**
 * Who has which follow-ups due: a user's own, named through the customer façade (which applies the
 * data scope), and the overdue counts per rep for those who see other reps' customers.
 */
@Component
class FollowUpLists {

	private final FigureRepository figures;

	private final CustomerManagement customers;

	private final UserManagement users;

	private final Clock clock;

	FollowUpLists(FigureRepository figures, CustomerManagement customers, UserManagement users, Clock clock) {
		this.figures = figures;
		this.customers = customers;
		this.users = users;
		this.clock = clock;
	}

	FollowUpsDue of(Access access, FollowUpsDue.Due due) {
		LocalDate today = today();
		List<FigureRepository.OpenFollowUp> open = figures.openFollowUps(access.userId(), today, due);
		Map<UUID, Customer> visible = customers.findAll(open.stream().map(FigureRepository.OpenFollowUp::customerId).toList());
		return FollowUpsDue.group(today, open.stream()
			.filter(followUp -> visible.containsKey(followUp.customerId()))
			.map(followUp -> new FollowUp(followUp.customerId(), visible.get(followUp.customerId()).profile().name(),
					followUp.dueOn(), followUp.lastContactAt()))
			.toList());
	}

	List<OverdueFollowUps> overdueByRep(Access access) {
		Map<UUID, Integer> counts = figures.overdueByUser(today(), access.visibleOwners());
		Map<UUID, User> names = users.findAll(counts.keySet());
		return counts.entrySet()
			.stream()
			.map(count -> new OverdueFollowUps(count.getKey(),
					names.containsKey(count.getKey()) ? names.get(count.getKey()).name() : null, count.getValue()))
			.sorted(Comparator.comparing(OverdueFollowUps::overdue)
				.reversed()
				.thenComparing(OverdueFollowUps::userName, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** Today where the server is: the clock's instant, in the zone pages show times in. */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
	}

}

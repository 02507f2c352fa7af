package dev.clientele.timeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.clientele.shared.ConflictException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.TimelineKindDefined;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The kinds of entries there are (built-in first, then those administrators added) and the rules they make. */
@Component
class KindCatalog {

	private final KindRepository kinds;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseCurrency;

	KindCatalog(KindRepository kinds, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Clock clock, @Value("${clientele.timeline.currency:CNY}") String baseCurrency) {
		this.kinds = kinds;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.baseCurrency = baseCurrency;
	}

	List<EntryKind> all() {
		List<EntryKind> all = new ArrayList<>(BuiltInKinds.ALL);
		all.addAll(kinds.all());
		return all;
	}

	/** The rules of every kind there is now. */
	EntryRules rules() {
		List<EntryKind> all = all();
		return new EntryRules(key -> all.stream().filter(kind -> kind.key().equals(key)).findFirst(), baseCurrency);
	}

	/** @throws InvalidInputException on {@code kind} naming the first kind that does not exist */
	void requireKnown(Set<String> keys) {
		List<EntryKind> all = all();
		for (String key : keys) {
			if (all.stream().noneMatch(kind -> kind.key().equals(key))) {
				throw InvalidInputException.of("kind", "timeline.kindUnknown", key);
			}
		}
	}

	EntryKind define(DefineKind command) {
		EntryKind kind = KindRules.check(command);
		try {
			transaction.executeWithoutResult(status -> {
				kinds.insert(kind, command.actorId(), clock.instant());
				events.publishEvent(new TimelineKindDefined(kind.key(), command.actorId()));
			});
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("timeline.kindTaken", "The kind " + kind.key() + " exists");
		}
		return kind;
	}

}

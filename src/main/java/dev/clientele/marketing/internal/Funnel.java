package dev.clientele.marketing.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import dev.clientele.marketing.MemberStatus;

/**
 * The rules of a member's way through the funnel. Stages are never undone: a later stage implies
 * the earlier ones (a click proves the message was sent, delivered and opened), an observation of
 * a stage already reached changes nothing, and an unsubscribed member stays unsubscribed whatever
 * comes after.
 */
final class Funnel {

	private Funnel() {
	}

	/**
	 * A member's status and the time each stage was first reached.
	 */
	record Stages(MemberStatus status, Map<MemberStatus, Instant> reached) {

		Stages {
			reached = reached.isEmpty() ? new EnumMap<>(MemberStatus.class) : new EnumMap<>(reached);
		}

		static Stages targeted() {
			return new Stages(MemberStatus.TARGETED, Map.of());
		}

		Instant at(MemberStatus stage) {
			return reached.get(stage);
		}

	}

	/** What an observation did: the stages after it, and whether it changed anything. */
	record Step(Stages stages, boolean changed) {
	}

	/**
	 * Applies one observation.
	 *
	 * @throws IllegalArgumentException for an observation that cannot follow the member's status,
	 * e.g. claiming a member that is not targeted
	 */
	static Step observe(Stages current, MemberStatus observed, Instant at) {
		EnumMap<MemberStatus, Instant> reached = new EnumMap<>(MemberStatus.class);
		reached.putAll(current.reached());
		MemberStatus status = current.status();
		switch (observed) {
			case TARGETED -> throw new IllegalArgumentException("a member is targeted once, when the campaign starts");
			case SENDING -> {
				require(status == MemberStatus.TARGETED, "only a targeted member can be claimed for sending");
				status = MemberStatus.SENDING;
			}
			case UNKNOWN -> {
				require(status == MemberStatus.SENDING, "only a member being sent can end up unknown");
				reached.put(MemberStatus.UNKNOWN, at);
				status = MemberStatus.UNKNOWN;
			}
			case BOUNCED -> {
				// a bounce says the message did not arrive, not that it left: refused by the server, it never did
				reached.putIfAbsent(MemberStatus.BOUNCED, at);
				// an open or a click proves the message arrived: a bounce reported later does not undo it
				if (status != MemberStatus.UNSUBSCRIBED && status.stage() < MemberStatus.OPENED.stage()) {
					status = MemberStatus.BOUNCED;
				}
			}
			case UNSUBSCRIBED -> {
				reached.putIfAbsent(MemberStatus.UNSUBSCRIBED, at);
				status = MemberStatus.UNSUBSCRIBED;
			}
			default -> {
				for (MemberStatus stage : MemberStatus.values()) {
					if (stage.inFunnel() && stage.stage() >= MemberStatus.SENT.stage() && stage.stage() <= observed.stage()) {
						reached.putIfAbsent(stage, at);
					}
				}
				boolean side = status == MemberStatus.UNSUBSCRIBED;
				if (!side && (status.stage() < observed.stage())) {
					status = observed;
				}
			}
		}
		Stages next = new Stages(status, reached);
		boolean changed = status != current.status() || !reached.equals(current.reached());
		return new Step(next, changed);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}

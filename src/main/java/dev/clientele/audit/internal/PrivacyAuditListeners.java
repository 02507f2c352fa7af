package dev.clientele.audit.internal;

import java.util.List;

import dev.clientele.audit.AuditTrail;
import dev.clientele.privacy.CustomerErased;
import dev.clientele.privacy.ErasureBlockLifted;
import dev.clientele.privacy.PersonalDataExported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits the subject rights in their own transactions, just before they commit: an export of a
 * whole subject, an erasure (who, the stated reason, what was erased, never a personal value) and
 * the lifting of a block.
 */
@Component
class PrivacyAuditListeners {

	private static final String SUCCESS = "success";

	private final AuditTrail audit;

	PrivacyAuditListeners(AuditTrail audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PersonalDataExported event) {
		audit.record(event.actorId(), "customer.personalDataExported", "customer", event.customerId().toString(),
				List.of(), SUCCESS, "parts=" + String.join(",", event.parts()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerErased event) {
		audit.record(event.actorId(), "customer.erased", "customer", event.customerId().toString(), List.of(), SUCCESS,
				"reason=" + event.reason() + " | " + event.counts() + " blocked=" + event.blockedValues());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ErasureBlockLifted event) {
		audit.record(event.actorId(), "erasure.blockLifted", "erasure-block", event.hash(), List.of(), SUCCESS,
				"kind=" + event.kind() + " customer=" + event.customerId());
	}

}

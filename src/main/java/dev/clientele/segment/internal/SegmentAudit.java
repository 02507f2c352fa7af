package dev.clientele.segment.internal;

import java.util.List;

import dev.clientele.audit.AuditTrail;
import dev.clientele.segment.ListViewChanged;
import dev.clientele.segment.SegmentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits segment and view changes in the change's own transaction, just before it commits. Kept
 * here rather than in the audit module's listeners because segments use the export, which audits
 * through the audit module: the audit module depending on segments would close a cycle.
 */
@Component
class SegmentAudit {

	private final AuditTrail audit;

	SegmentAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SegmentChanged event) {
		audit.record(event.actorId(), event.action(), "segment", event.segmentId().toString(), List.of(), "success",
				event.detail());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ListViewChanged event) {
		audit.record(event.actorId(), event.action(), "view", event.viewId().toString(), List.of(), "success", null);
	}

}

package dev.clientele.marketing.internal;

import java.util.List;

import dev.clientele.audit.AuditTrail;
import dev.clientele.marketing.CampaignChanged;
import dev.clientele.marketing.OutcomesLogged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits campaign changes and logged outcomes in the change's own transaction, just before it
 * commits. Kept here rather than in the audit module's listeners because campaigns target
 * segments, which use the export, which audits: the audit module depending on campaigns would
 * close a cycle.
 */
@Component
class CampaignAudit {

	private final AuditTrail audit;

	CampaignAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CampaignChanged event) {
		audit.record(event.actorId(), "campaign." + event.action(), "campaign", event.campaignId().toString(), List.of(),
				"success", null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OutcomesLogged event) {
		audit.record(event.actorId(), "campaign.outcomesLogged", "campaign", event.campaignId().toString(), List.of(),
				"success", "members=" + event.members() + " origin=" + event.origin());
	}

}

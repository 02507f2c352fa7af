package dev.clientele.audit.internal;

import java.util.List;
import java.util.UUID;

import dev.clientele.access.SignInAttempted;
import dev.clientele.access.UserChanged;
import dev.clientele.access.UserManagement;
import dev.clientele.audit.AuditTrail;
import dev.clientele.consent.ConsentChanged;
import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactDeleted;
import dev.clientele.customer.ContactRestored;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerCreated;
import dev.clientele.customer.CustomerDeleted;
import dev.clientele.customer.CustomerFieldRevealed;
import dev.clientele.customer.CustomerRestored;
import dev.clientele.customer.CustomersCreated;
import dev.clientele.customer.CustomersHandedOver;
import dev.clientele.timeline.TimelineBatchRecorded;
import dev.clientele.timeline.TimelineEntryRecorded;
import dev.clientele.timeline.TimelineEntryVoided;
import dev.clientele.timeline.TimelineKindDefined;
import dev.clientele.vocabulary.VocabularyEntryChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes an audit entry for every change the other modules announce, in the change's own
 * transaction just before it commits: a rollback leaves neither. Batches are audited once.
 */
@Component
class AuditListeners {

	private static final String SUCCESS = "success";

	private final AuditTrail audit;

	private final UserManagement users;

	AuditListeners(AuditTrail audit, UserManagement users) {
		this.audit = audit;
		this.users = users;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerCreated event) {
		if (event.batchId() == null) {
			audit.record(event.actorId(), "customer.created", "customer", id(event.customerId()), List.of(), SUCCESS, null);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomersCreated event) {
		if (event.source().startsWith("import:")) {
			return; // an import audits itself, once per import batch, whatever its number of steps
		}
		audit.record(event.actorId(), "customer.batchCreated", "customer", null, List.of(), SUCCESS,
				"batch=" + event.batchId() + " customers=" + event.customers() + " contacts=" + event.contacts()
						+ " source=" + event.source());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerChanged event) {
		if (event.batchId() == null) {
			audit.record(event.actorId(), "customer.updated", "customer", id(event.customerId()), event.fields(), SUCCESS,
					"version=" + event.version());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomersHandedOver event) {
		audit.record(event.actorId(), "customer.handover", "user", id(event.fromUser()), List.of("ownerId"), SUCCESS,
				"batch=" + event.batchId() + " to=" + event.toUser() + " customers=" + event.customers());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerFieldRevealed event) {
		audit.record(event.actorId(), "customer.revealed", "customer", id(event.customerId()), List.of(event.field()),
				SUCCESS, null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerDeleted event) {
		audit.record(event.actorId(), "customer.deleted", "customer", id(event.customerId()), List.of(), SUCCESS,
				"version=" + event.version());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CustomerRestored event) {
		audit.record(event.actorId(), "customer.restored", "customer", id(event.customerId()), List.of(), SUCCESS,
				"version=" + event.version());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ContactCreated event) {
		if (event.batchId() == null) {
			audit.record(event.actorId(), "contact.created", "contact", id(event.contactId()), List.of(), SUCCESS,
					"customer=" + event.customerId());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ContactChanged event) {
		audit.record(event.actorId(), "contact.updated", "contact", id(event.contactId()), event.fields(), SUCCESS,
				"customer=" + event.customerId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ContactDeleted event) {
		audit.record(event.actorId(), "contact.deleted", "contact", id(event.contactId()), List.of(), SUCCESS,
				"customer=" + event.customerId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ContactRestored event) {
		audit.record(event.actorId(), "contact.restored", "contact", id(event.contactId()), List.of(), SUCCESS,
				"customer=" + event.customerId());
	}

	/** The entity id is {@code <field>:<code>}, e.g. {@code level:A}. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(VocabularyEntryChanged event) {
		audit.record(event.actorId(), event.action(), "vocabulary", event.field().key() + ":" + event.code(), event.fields(),
				SUCCESS, null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UserChanged event) {
		audit.record(users.currentActor(), event.action(), "user", id(event.userId()), List.of(), SUCCESS, null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SignInAttempted event) {
		boolean failed = event.action().equals("login.failed") || event.action().equals("login.locked");
		audit.record(event.userId(), event.action(), "user", id(event.userId()), List.of(), failed ? "failure" : SUCCESS,
				event.detail());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TimelineEntryRecorded event) {
		audit.record(event.actorId(), event.corrected() == null ? "timeline.recorded" : "timeline.corrected", "customer",
				id(event.customerId()), List.of(), SUCCESS, "entry=" + event.entryId() + " kind=" + event.kind()
						+ (event.corrected() == null ? "" : " supersedes=" + event.corrected()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TimelineEntryVoided event) {
		audit.record(event.actorId(), "timeline.voided", "customer", id(event.customerId()), List.of(), SUCCESS,
				"entry=" + event.entryId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TimelineBatchRecorded event) {
		audit.record(event.actorId(), "timeline.batchRecorded", "timeline", null, List.of(), SUCCESS,
				"batch=" + event.batchId() + " created=" + event.created() + " duplicates=" + event.duplicates()
						+ " rejected=" + event.rejected());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TimelineKindDefined event) {
		audit.record(event.actorId(), "timeline.kindDefined", "timeline", null, List.of(), SUCCESS,
				"kind=" + event.kind());
	}

	/** The detail names the subject, channel and status; never the source, which is free text. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ConsentChanged event) {
		audit.record(event.actorId(), "consent." + event.status().key(), "customer", id(event.customerId()), List.of(),
				SUCCESS, "record=" + event.recordId() + " channel=" + event.channel().key()
						+ (event.contactId() == null ? "" : " contact=" + event.contactId())
						+ (event.current() ? "" : " backdated"));
	}

	private static String id(UUID id) {
		return id == null ? null : id.toString();
	}

}

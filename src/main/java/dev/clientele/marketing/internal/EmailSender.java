package dev.clientele.marketing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.clientele.consent.ConsentManagement;
import dev.clientele.consent.Recipient;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerManagement.Reachable;
import dev.clientele.mail.MailManagement;
import dev.clientele.mail.MailOutcome;
import dev.clientele.mail.OutgoingMail;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignChanged;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends running email campaigns to their members, on a thread of its own, at a steady rate. Each
 * message goes out at most once: the member is claimed (committed) with its stable Message-ID,
 * the message is handed to the SMTP server, and only then is the outcome recorded. A member still
 * claimed when Clientele starts was perhaps sent, perhaps not: it becomes {@code unknown} and is
 * never sent again. A temporary failure is retried after a delay, a few times; a permanent one
 * bounces. Pausing a campaign stops it before the next batch.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private static final int MAX_BATCH = 200;

	private final CampaignRepository campaigns;

	private final MemberRepository members;

	private final CustomerManagement customers;

	private final ConsentManagement consents;

	private final MailManagement mail;

	private final MessageFacts facts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int rate;

	private final int maxAttempts;

	private final Duration retryDelay;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "campaign-email-sender");
		thread.setDaemon(true);
		return thread;
	});

	EmailSender(CampaignRepository campaigns, MemberRepository members, CustomerManagement customers,
			ConsentManagement consents, MailManagement mail, MessageFacts facts, TransactionTemplate transactions,
			Clock clock, @Value("${clientele.marketing.email-rate:100}") int rate,
			@Value("${clientele.marketing.max-attempts:3}") int maxAttempts,
			@Value("${clientele.marketing.retry-delay:PT5M}") Duration retryDelay) {
		this.campaigns = campaigns;
		this.members = members;
		this.customers = customers;
		this.consents = consents;
		this.mail = mail;
		this.facts = facts;
		this.transactions = transactions;
		this.clock = clock;
		this.rate = Math.max(1, rate);
		this.maxAttempts = Math.max(1, maxAttempts);
		this.retryDelay = retryDelay;
	}

	/** Settles what a stopped sender left claimed, then looks for work every few seconds. */
	@EventListener(ApplicationReadyEvent.class)
	void begin() {
		recoverClaimed();
		executor.scheduleWithFixedDelay(this::sendDue, 1, 5, TimeUnit.SECONDS);
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** A campaign started or resumed: send at once rather than at the next look. */
	@TransactionalEventListener
	void on(CampaignChanged event) {
		if (event.action().equals("started") || event.action().equals("resumed")) {
			executor.execute(this::sendDue);
		}
	}

	/** Members claimed by a sender that stopped before recording the outcome become {@code unknown}. */
	void recoverClaimed() {
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			for (MemberRow member : members.claimed()) {
				record(member, MemberStatus.UNKNOWN, now, "recovery",
						"claimed for sending when the sender stopped: perhaps sent, never resent", null);
			}
		});
	}

	void sendDue() {
		try {
			for (UUID id : campaigns.ids(List.of(CampaignStatus.RUNNING))) {
				campaigns.find(id).filter(c -> c.channel() == Channel.EMAIL).ifPresent(this::send);
			}
		}
		catch (RuntimeException ex) {
			log.error("Sending campaign email failed; trying again at the next look", ex);
		}
	}

	private void send(Campaign campaign) {
		int batch = Math.min(rate, MAX_BATCH);
		while (!Thread.currentThread().isInterrupted()) {
			Campaign current = campaigns.find(campaign.id()).orElseThrow();
			if (current.status() != CampaignStatus.RUNNING) {
				return;
			}
			long started = System.nanoTime();
			List<MemberRow> due = members.due(current.id(), clock.instant(), batch);
			if (due.isEmpty()) {
				return;
			}
			sendBatch(current, due);
			pace(started, due.size());
		}
	}

	private void sendBatch(Campaign campaign, List<MemberRow> due) {
		List<MemberRow> claimed = claim(due);
		if (claimed.isEmpty()) {
			return;
		}
		Map<UUID, Reachable> reachable = customers.reachable(claimed.stream().map(MemberRow::customerId).toList());
		List<MemberRow> sending = new ArrayList<>();
		List<OutgoingMail> messages = new ArrayList<>();
		List<MemberRow> gone = new ArrayList<>();
		for (MemberRow member : claimed) {
			Reachable customer = reachable.get(member.customerId());
			if (customer == null) {
				gone.add(member);
				continue;
			}
			RenderedMessage message = facts.compose(campaign, member, customer);
			sending.add(member);
			messages.add(new OutgoingMail(member.address(), message.subject(), message.html(), message.text(),
					member.messageId(), Map.of("List-Unsubscribe", "<" + facts.unsubscribeUrl(campaign, member) + ">",
							"List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
		}
		List<MailOutcome> outcomes = messages.isEmpty() ? List.of() : mail.sendAll(messages);
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			for (MemberRow member : gone) {
				record(member, MemberStatus.UNKNOWN, now, "smtp", "not sent: the customer was deleted after the start", null);
			}
			for (int i = 0; i < sending.size(); i++) {
				settle(sending.get(i), outcomes.get(i), now);
			}
		});
	}

	/**
	 * Claims the due members that still have consent (committed before anything is sent); those
	 * whose consent was withdrawn since the start are marked unsubscribed instead.
	 */
	private List<MemberRow> claim(List<MemberRow> due) {
		Set<Recipient> permitted = consents.permitted(due.stream().map(Targeting::recipient).toList(),
				dev.clientele.consent.Channel.EMAIL);
		return transactions.execute(status -> {
			Instant now = clock.instant();
			List<MemberRow> claimed = new ArrayList<>();
			for (MemberRow member : due) {
				if (!permitted.contains(Targeting.recipient(member))) {
					record(member, MemberStatus.UNSUBSCRIBED, now, "consent", "no consent to email when sending", null);
					continue;
				}
				String messageId = MessageComposer.messageId(member.id(), mail.publicUrl());
				if (members.claim(member.id(), messageId, now)) {
					claimed.add(members.find(member.id()).orElseThrow());
				}
			}
			return claimed;
		});
	}

	private void settle(MemberRow member, MailOutcome outcome, Instant now) {
		if (outcome.isAccepted()) {
			record(member, MemberStatus.SENT, now, "smtp", null, null);
		}
		else if (outcome.isPermanentFailure()) {
			record(member, MemberStatus.BOUNCED, now, "smtp", outcome.reason(), outcome.reason());
		}
		else if (member.attempts() < maxAttempts) {
			members.release(member.id(), now.plus(retryDelay), outcome.reason());
		}
		else {
			String reason = "gave up after " + member.attempts() + " temporary failures: " + outcome.reason();
			record(member, MemberStatus.BOUNCED, now, "smtp", reason, reason);
		}
	}

	private void record(MemberRow member, MemberStatus status, Instant at, String origin, String detail, String error) {
		Funnel.Step step = Funnel.observe(member.stages(), status, at);
		members.observe(member, step.stages(), new MemberEvent(status, at, at, origin, null, shorten(detail)), shorten(error));
	}

	private static String shorten(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	private void pace(long startedNanos, int sent) {
		long wanted = TimeUnit.SECONDS.toNanos(sent) / rate;
		long left = wanted - (System.nanoTime() - startedNanos);
		if (left > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}

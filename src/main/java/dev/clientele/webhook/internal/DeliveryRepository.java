package dev.clientele.webhook.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.webhook.DeliveryAttempt;
import dev.clientele.webhook.WebhookDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook_deliveries} and {@code webhook_attempts} tables. */
@Repository
class DeliveryRepository {

	private static final String SELECT = """
			select id, webhook_id, event_type, customer_id, contact_id, status, attempts, created_at, next_attempt_at,
			       last_attempt_at, last_status_code, last_error, delivered_at
			from webhook_deliveries""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a delivery, due now; does nothing if the change is queued for the webhook already (the
	 * event registry tells a change at least once).
	 */
	void enqueue(UUID id, UUID webhookId, Change change, String payload, Instant now) {
		jdbc.sql("""
				insert into webhook_deliveries (id, webhook_id, event_key, event_type, customer_id, contact_id, payload,
				                                status, attempts, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
				on conflict do nothing""")
			.params(id, webhookId, change.key(), change.event(), change.customerId(), change.contactId(), payload, utc(now),
					utc(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries of active webhooks for one attempt each: locks them
	 * (skipping rows another instance holds) and moves their next attempt to {@code leaseUntil}, so
	 * that a dispatcher that dies while sending leaves them due again then. Call in a transaction.
	 */
	List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
		List<UUID> ids = jdbc.sql("""
				select id from webhook_deliveries
				where status = 'pending' and next_attempt_at <= ?
				  and webhook_id in (select id from webhooks where active = true)
				order by next_attempt_at
				limit ?
				for update skip locked""").params(utc(now), limit).query(UUID.class).list();
		List<Claimed> claimed = new ArrayList<>();
		for (UUID id : ids) {
			jdbc.sql("update webhook_deliveries set next_attempt_at = ? where id = ?").params(utc(leaseUntil), id).update();
			jdbc.sql("""
					select d.id, d.webhook_id, d.event_type, d.payload, d.attempts, d.first_attempt_at, w.url, w.secret
					from webhook_deliveries d join webhooks w on w.id = d.webhook_id
					where d.id = ?""")
				.param(id)
				.query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
						rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
						instant(rs, "first_attempt_at"), rs.getString("url"), rs.getString("secret")))
				.optional()
				.ifPresent(claimed::add);
		}
		return claimed;
	}

	/**
	 * Records an attempt on a claimed delivery: its new state and a line in the attempt log. Nothing
	 * is recorded if the delivery is gone (forgotten by erasure, its webhook deleted) meanwhile.
	 *
	 * @param status the new status; {@code nextAttemptAt} is {@code null} unless it is pending
	 */
	void record(Claimed claimed, Outcome outcome, String status, Instant nextAttemptAt, Instant now) {
		Instant first = claimed.firstAttemptAt() == null ? outcome.attemptedAt() : claimed.firstAttemptAt();
		int updated = jdbc.sql("""
				update webhook_deliveries
				set status = ?, attempts = attempts + 1, first_attempt_at = ?, next_attempt_at = ?, last_attempt_at = ?,
				    last_status_code = ?, last_error = ?, delivered_at = ?
				where id = ?""")
			.params(status, utc(first), utc(nextAttemptAt), utc(outcome.attemptedAt()), outcome.statusCode(),
					outcome.error(), outcome.delivered() ? utc(now) : null, claimed.id())
			.update();
		if (updated == 1) {
			jdbc.sql("""
					insert into webhook_attempts (id, delivery_id, attempted_at, status_code, error, duration_ms)
					values (?, ?, ?, ?, ?, ?)""")
				.params(dev.clientele.shared.Ids.newId(), claimed.id(), utc(outcome.attemptedAt()), outcome.statusCode(),
						outcome.error(), outcome.durationMillis())
				.update();
		}
	}

	List<WebhookDelivery> findByWebhook(UUID webhookId, int limit) {
		return jdbc.sql(SELECT + " where webhook_id = ? order by created_at desc, id desc limit ?")
			.params(webhookId, limit)
			.query(DeliveryRepository::map)
			.list();
	}

	Optional<WebhookDelivery> find(UUID webhookId, UUID id) {
		return jdbc.sql(SELECT + " where webhook_id = ? and id = ?")
			.params(webhookId, id)
			.query(DeliveryRepository::map)
			.optional();
	}

	List<DeliveryAttempt> attempts(UUID deliveryId) {
		return jdbc.sql("""
				select attempted_at, status_code, error, duration_ms from webhook_attempts
				where delivery_id = ? order by attempted_at, id""")
			.param(deliveryId)
			.query((rs, row) -> new DeliveryAttempt(instant(rs, "attempted_at"), integer(rs, "status_code"),
					rs.getString("error"), rs.getLong("duration_ms")))
			.list();
	}

	/** Makes a delivery due now, pending, with a new 24-hour window starting at its next attempt. */
	void redeliver(UUID id, Instant now) {
		jdbc.sql("""
				update webhook_deliveries
				set status = 'pending', next_attempt_at = ?, first_attempt_at = null, delivered_at = null
				where id = ?""")
			.params(utc(now), id)
			.update();
	}

	List<WebhookDelivery> byCustomer(UUID customerId) {
		return jdbc.sql(SELECT + " where customer_id = ? order by created_at").param(customerId).query(DeliveryRepository::map).list();
	}

	int deleteByCustomer(UUID customerId) {
		jdbc.sql("delete from webhook_attempts where delivery_id in (select id from webhook_deliveries where customer_id = ?)")
			.param(customerId)
			.update();
		return jdbc.sql("delete from webhook_deliveries where customer_id = ?").param(customerId).update();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static WebhookDelivery map(ResultSet rs, int row) throws SQLException {
		return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
				rs.getString("event_type"), rs.getObject("customer_id", UUID.class), rs.getObject("contact_id", UUID.class),
				rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), integer(rs, "last_status_code"), rs.getString("last_error"),
				instant(rs, "delivered_at"));
	}

}

package dev.clientele.timeline.internal;

import java.util.List;

import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.EntryKind.Attribute;
import dev.clientele.timeline.EntryKind.AttributeType;

/** The kinds every Clientele has; the figures are computed from the first four. */
final class BuiltInKinds {

	static final String ORDER = "order";

	static final String PAYMENT = "payment";

	static final String REFUND = "refund";

	static final String FOLLOW_UP = "follow-up";

	static final String TICKET = "ticket";

	/** The status of a refund that was paid back. */
	static final String REFUNDED = "refunded";

	/** The status of an order that no longer counts. */
	static final String CANCELLED = "cancelled";

	static final String CHANNEL = "channel";

	static final String NEXT_FOLLOW_UP = "nextFollowUpOn";

	static final List<String> CHANNELS = List.of("call", "visit", "email", "sms", "wechat", "meeting", "note");

	static final List<EntryKind> ALL = List.of(
			kind(ORDER, "订单", "Order", true, true, List.of("placed", "paid", "shipped", "completed", CANCELLED),
					List.of(text("orderNumber", "订单号", "Order number"))),
			kind(PAYMENT, "回款", "Payment", true, true, List.of("received", "failed"),
					List.of(text("orderNumber", "订单号", "Order number"),
							choice("method", "付款方式", "Method", false,
									List.of("bank-transfer", "alipay", "wechat-pay", "card", "cash", "other")))),
			kind(REFUND, "退款", "Refund", true, true, List.of(REFUNDED, "requested", "rejected"),
					List.of(text("orderNumber", "订单号", "Order number"))),
			kind(FOLLOW_UP, "跟进", "Follow-up", false, false, List.of(),
					List.of(choice(CHANNEL, "方式", "Channel", true, CHANNELS),
							new Attribute(NEXT_FOLLOW_UP, "下次跟进", "Next follow-up", AttributeType.DATE, false, List.of()))),
			kind(TICKET, "工单", "Ticket", false, false, List.of("opened", "updated", "closed"),
					List.of(text("ticketNumber", "工单号", "Ticket number"),
							choice("priority", "优先级", "Priority", false, List.of("low", "normal", "high", "urgent")))));

	private BuiltInKinds() {
	}

	static boolean isBuiltIn(String key) {
		return ALL.stream().anyMatch(kind -> kind.key().equals(key));
	}

	private static EntryKind kind(String key, String zh, String en, boolean money, boolean moneyRequired,
			List<String> statuses, List<Attribute> attributes) {
		return new EntryKind(key, zh, en, money, moneyRequired, statuses, attributes, true);
	}

	private static Attribute text(String key, String zh, String en) {
		return new Attribute(key, zh, en, AttributeType.TEXT, false, List.of());
	}

	private static Attribute choice(String key, String zh, String en, boolean required, List<String> options) {
		return new Attribute(key, zh, en, AttributeType.CHOICE, required, options);
	}

}

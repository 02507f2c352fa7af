package dev.clientele.timeline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of everything a drafted entry says, in one canonical spelling (amounts without trailing
 * zeros, attributes in key order): two lines that say the same are one entry.
 */
final class ContentDigest {

	private ContentDigest() {
	}

	static String of(EntryDraft draft) {
		StringBuilder text = new StringBuilder();
		append(text, draft.customerId());
		append(text, draft.contactId());
		append(text, draft.kind());
		append(text, draft.occurredAt());
		append(text, draft.subject());
		append(text, draft.body());
		append(text, draft.amount() == null ? null : draft.amount().stripTrailingZeros().toPlainString());
		append(text, draft.currency());
		append(text, draft.status());
		for (Map.Entry<String, String> attribute : new TreeMap<>(draft.attributes()).entrySet()) {
			append(text, attribute.getKey());
			append(text, attribute.getValue());
		}
		append(text, draft.supersedes());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	/** Each value with its length, so that no two sequences of values spell the same text. */
	private static void append(StringBuilder text, Object value) {
		String spelled = value == null ? "" : value.toString();
		text.append(value == null ? -1 : spelled.length()).append(':').append(spelled).append('|');
	}

}

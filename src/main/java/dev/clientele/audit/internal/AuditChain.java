package dev.clientele.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.clientele.audit.AuditEntry;

/**
 * The links of the chain: each entry's HMAC-SHA256 covers its own content and the previous
 * entry's HMAC, so that changing, removing or reordering any entry breaks every later link.
 */
final class AuditChain {

	private final byte[] key;

	AuditChain(byte[] key) {
		if (key.length < 16) {
			throw new IllegalStateException("The audit key must have at least 16 bytes");
		}
		this.key = key.clone();
	}

	String link(String previous, AuditEntry entry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((previous + "\n" + canonical(entry)).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every field, in a fixed order, each escaped so that no two entries read alike. */
	static String canonical(AuditEntry e) {
		return String.join("|", String.valueOf(e.seq()), e.at().toString(), text(e.actorId()), text(e.clientIp()),
				text(e.action()), text(e.entity()), text(e.entityId()), text(String.join(",", e.fields())),
				text(e.outcome()), text(e.detail()));
	}

	private static String text(Object value) {
		return value == null ? "-" : value.toString().replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
	}

}

package dev.clientele.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the network Clientele runs in (server-side request forgery):
 * a target must be {@code http} or {@code https}, and every address its host resolves to must be
 * public: not loopback, private (RFC 1918, unique-local IPv6), link-local, multicast, unspecified
 * or shared (CGNAT, 100.64.0.0/10). Checked when a webhook is registered and again before every
 * attempt, since a name may resolve differently later (DNS rebinding). With {@code allowPrivate}
 * only the scheme is checked (tests, closed networks).
 */
final class AddressGuard {

	/** Why a target is refused: a message code of the {@code webhook.url.*} family. */
	static final String SCHEME = "webhook.url.scheme";

	static final String PRIVATE = "webhook.url.private";

	static final String UNRESOLVED = "webhook.url.unresolved";

	static final String INVALID = "webhook.url.invalid";

	private final boolean allowPrivate;

	private final Resolver resolver;

	AddressGuard(boolean allowPrivate) {
		this(allowPrivate, InetAddress::getAllByName);
	}

	AddressGuard(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	/** The reason a URL may not be a target, as a message code; empty if it may. */
	Optional<String> problem(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			return Optional.of(INVALID);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of(SCHEME);
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return Optional.of(INVALID);
		}
		if (allowPrivate) {
			return Optional.empty();
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of(UNRESOLVED);
		}
		if (addresses.length == 0) {
			return Optional.of(UNRESOLVED);
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of(PRIVATE);
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isPublicV4(b);
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			if ((first & 0xfe) == 0xfc) {
				return false; // unique local fc00::/7
			}
			if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
				return false; // deprecated site-local fec0::/10
			}
			if (isEmbeddedV4(b)) {
				return isPublicV4(new byte[] { b[12], b[13], b[14], b[15] });
			}
			if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
				return false; // Teredo 2001::/32 tunnels to addresses it does not show
			}
			if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0
					&& b[5] == 0x01) {
				return false; // local-use NAT64 64:ff9b:1::/48
			}
			if (first == 0x20 && (b[1] & 0xff) == 0x02) {
				return isPublicV4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4 2002::/16
			}
		}
		return true;
	}

	private static boolean isPublicV4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		boolean internal = a0 == 0 // "this network", unspecified
				|| a0 == 10 || a0 == 127 // private, loopback
				|| (a0 == 100 && a1 >= 64 && a1 <= 127) // shared address space (CGNAT)
				|| (a0 == 169 && a1 == 254) // link-local
				|| (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168) // private
				|| (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0.0/24
				|| (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking 198.18.0.0/15
				|| a0 >= 224; // multicast, reserved, broadcast
		return !internal;
	}

	/** IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}) or NAT64 ({@code 64:ff9b::a.b.c.d}). */
	private static boolean isEmbeddedV4(byte[] b) {
		boolean zeros = true;
		for (int i = 0; i < 10; i++) {
			zeros &= b[i] == 0;
		}
		boolean mapped = zeros && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0);
		boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
		return mapped || nat64;
	}

	/** Resolves a host name to its addresses; replaceable in tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}

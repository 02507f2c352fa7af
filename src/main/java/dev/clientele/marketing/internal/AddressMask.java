package dev.clientele.marketing.internal;

/** Masks an address the way customer fields are masked: {@code z***@example.com}, {@code +86138****8000}. */
final class AddressMask {

	private AddressMask() {
	}

	static String mask(String address) {
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "***" + address.substring(at);
		}
		if (address.length() <= 7) {
			return "****";
		}
		return address.substring(0, address.length() - 8) + "****" + address.substring(address.length() - 4);
	}

}

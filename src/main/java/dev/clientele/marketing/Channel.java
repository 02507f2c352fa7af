package dev.clientele.marketing;

import java.util.Locale;
import java.util.Optional;

/** How a campaign reaches its members. Only email is sent by Clientele; the rest are logged. */
public enum Channel {

	EMAIL, SMS, PHONE, EVENT, AD, OTHER;

	@com.fasterxml.jackson.annotation.JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Channel> fromJson(String name) {
		for (Channel channel : values()) {
			if (channel.json().equals(name)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

}

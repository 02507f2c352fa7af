package dev.clientele.consent;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** A way of contacting someone that needs their consent; JSON names {@code email}, {@code sms}, {@code phone}. */
public enum Channel {

	EMAIL, SMS, PHONE;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Channel> fromKey(String key) {
		for (Channel channel : values()) {
			if (channel.key().equals(key)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

}

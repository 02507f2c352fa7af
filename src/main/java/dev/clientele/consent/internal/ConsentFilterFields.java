package dev.clientele.consent.internal;

import java.util.Arrays;
import java.util.List;

import dev.clientele.consent.Channel;
import dev.clientele.filter.FilterField;
import dev.clientele.filter.FilterFieldContributor;
import dev.clientele.filter.ValueType;
import org.springframework.stereotype.Component;

/**
 * {@code consent.email}, {@code consent.sms} and {@code consent.phone} as fields of the customer
 * filter: the status of the customer's own consent in force on that channel ({@code granted},
 * {@code withdrawn}, {@code pending}); contacts' consents do not count. {@code isEmpty} finds
 * customers with no consent recorded on the channel. Each is an {@code exists} over the
 * {@code consents} primary key.
 */
@Component
class ConsentFilterFields implements FilterFieldContributor {

	@Override
	public String entity() {
		return "customer";
	}

	@Override
	public List<FilterField> fields() {
		return Arrays.stream(Channel.values())
			.map(channel -> FilterField.sideTable("consent." + channel.key(), ValueType.TEXT,
					"consents k where k.subject_id = c.id and k.channel = '" + channel.key() + "'", "k.status"))
			.toList();
	}

}

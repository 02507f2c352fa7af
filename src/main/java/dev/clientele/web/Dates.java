package dev.clientele.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for people, in the server's time zone: {@code ${@dates.format(customer.updatedAt)}}. */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone = ZoneId.systemDefault();

	public String format(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(zone));
	}

}

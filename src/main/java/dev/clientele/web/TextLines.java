package dev.clientele.web;

import java.util.Arrays;
import java.util.List;

/** What a textarea that takes one item per line holds: its lines stripped, blank ones left out. */
public final class TextLines {

	private TextLines() {
	}

	public static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}

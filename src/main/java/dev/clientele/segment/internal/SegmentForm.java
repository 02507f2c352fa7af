package dev.clientele.segment.internal;

import dev.clientele.segment.Segment;

/** The segment form as posted: kind {@code dynamic} or {@code snapshot}, the filter as JSON text. */
record SegmentForm(String name, String description, String kind, String filter) {

	static SegmentForm empty() {
		return new SegmentForm("", "", "dynamic", "");
	}

	static SegmentForm of(Segment segment) {
		return new SegmentForm(segment.name(), segment.description(), segment.kind().key(), segment.filter());
	}

}

package dev.clientele.support;

import java.util.List;

/**
 * Values of the shipped vocabularies (migration V0014) for tests that write level, industry and
 * source: every write checks them, so tests use codes (or synonyms) the vocabularies have.
 */
public final class VocabularyFixture {

	/** The level codes, in the vocabulary's order (and in sort order). */
	public static final List<String> LEVELS = List.of("A", "B", "C", "D");

	/** Five industry codes (GB/T 4754-2017 sections), in the order they sort. */
	public static final List<String> INDUSTRIES_SORTED = List.of("农、林、牧、渔业", "制造业", "建筑业",
			"电力、热力、燃气及水生产和供应业", "采矿业");

	private VocabularyFixture() {
	}

}

package dev.clientele.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChunksTests {

	@Test
	void aListIsCutInOrderAndOnlyTheLastChunkIsShorter() {
		assertThat(Chunks.of(List.of(1, 2, 3, 4, 5, 6, 7), 3)).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
	}

	@Test
	void aListOfWholeChunksEndsWithoutAnEmptyOne() {
		assertThat(Chunks.of(List.of("a", "b", "c", "d"), 2)).containsExactly(List.of("a", "b"), List.of("c", "d"));
		assertThat(Chunks.of(List.of("a"), 1_000)).containsExactly(List.of("a"));
	}

	@Test
	void anEmptyListHasNoChunks() {
		assertThat(Chunks.of(List.of(), 500)).isEmpty();
	}

	@Test
	void aChunkSizeBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Chunks.of(List.of(1), 0));
	}

}

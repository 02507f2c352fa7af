package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTests {

	@Test
	void theDelimiterThatSplitsEveryRecordAlikeWins() {
		assertThat(DelimiterSniffer.sniff("name;notes\nAcme;a, b, c\nBeta;d, e\n", true)).isEqualTo(';');
		assertThat(DelimiterSniffer.sniff("name\tcity\nAcme\tBeijing\n", true)).isEqualTo('\t');
		assertThat(DelimiterSniffer.sniff("name|city\r\nAcme|Beijing\r\n", true)).isEqualTo('|');
	}

	@Test
	void delimitersInsideQuotesDoNotCount() {
		assertThat(DelimiterSniffer.sniff("name,notes\n\"a;b;c\",\"x;\ny\"\nBeta,z\n", true)).isEqualTo(',');
	}

	@Test
	void aRecordCutAtTheEndOfThePrefixIsLeftOut() {
		assertThat(DelimiterSniffer.sniff("a;b;c\n1;2;3\n4;5", false)).isEqualTo(';');
	}

	@Test
	void raggedRowsFallBackToTheHeadersMostFrequentDelimiter() {
		assertThat(DelimiterSniffer.sniff("a;b;c\n1;2\n1;2;3;4\n", true)).isEqualTo(';');
	}

	@Test
	void aSingleColumnIsReadWithCommas() {
		assertThat(DelimiterSniffer.sniff("name\nAcme\n", true)).isEqualTo(',');
	}

}

package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.clientele.importing.internal.EncodingDetector.Encoding;
import org.junit.jupiter.api.Test;

class EncodingDetectorTests {

	@Test
	void aUtf8CharacterCutAtTheEndOfThePrefixIsStillUtf8() {
		byte[] text = "名称,城市\n广州".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(text, text.length - 1);

		assertThat(EncodingDetector.detect(cut, false, null)).isEqualTo(new Encoding(StandardCharsets.UTF_8, 0));
		assertThat(EncodingDetector.detect(cut, true, null).charset()).as("but not at the end of the whole file")
			.isEqualTo(EncodingDetector.GB18030);
	}

	@Test
	void gbkBytesAreReadAsItsSupersetGb18030() {
		byte[] gbk = "名称,城市\n广州酒家,广州市".getBytes(Charset.forName("GBK"));

		assertThat(EncodingDetector.detect(gbk, true, null)).isEqualTo(new Encoding(EncodingDetector.GB18030, 0));
		assertThat(new String(gbk, EncodingDetector.GB18030)).isEqualTo("名称,城市\n广州酒家,广州市");
	}

	@Test
	void aByteOrderMarkIsSkippedOnlyForTheEncodingItMarks() {
		byte[] marked = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' };

		assertThat(EncodingDetector.detect(marked, true, null)).isEqualTo(new Encoding(StandardCharsets.UTF_8, 3));
		assertThat(EncodingDetector.detect(marked, true, StandardCharsets.UTF_8))
			.isEqualTo(new Encoding(StandardCharsets.UTF_8, 3));
		assertThat(EncodingDetector.detect(marked, true, StandardCharsets.ISO_8859_1))
			.isEqualTo(new Encoding(StandardCharsets.ISO_8859_1, 0));
	}

}

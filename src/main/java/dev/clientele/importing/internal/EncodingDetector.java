package dev.clientele.importing.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file from its first bytes: a byte order mark (UTF-8, UTF-16) wins;
 * otherwise text that decodes as strict UTF-8 is UTF-8, and anything else GB18030, the superset of
 * GBK that Excel in China writes.
 */
final class EncodingDetector {

	static final Charset GB18030 = Charset.forName("GB18030");

	private EncodingDetector() {
	}

	/**
	 * @param charset the file's encoding
	 * @param bomLength how many bytes of byte order mark precede the text
	 */
	record Encoding(Charset charset, int bomLength) {
	}

	/**
	 * @param prefix the first bytes of the file
	 * @param wholeFile whether the prefix is the whole file (otherwise a character cut at its end
	 * is not an error)
	 * @param explicit the encoding the user named, or {@code null} to detect it
	 */
	static Encoding detect(byte[] prefix, boolean wholeFile, Charset explicit) {
		Encoding marked = byteOrderMark(prefix);
		if (explicit != null) {
			return new Encoding(explicit, explicit.equals(marked.charset()) ? marked.bomLength() : 0);
		}
		if (marked.bomLength() > 0) {
			return marked;
		}
		return isUtf8(prefix, wholeFile) ? marked : new Encoding(GB18030, 0);
	}

	private static Encoding byteOrderMark(byte[] prefix) {
		if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (startsWith(prefix, 0xFF, 0xFE)) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (startsWith(prefix, 0xFE, 0xFF)) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		return new Encoding(StandardCharsets.UTF_8, 0);
	}

	private static boolean startsWith(byte[] bytes, int... mark) {
		if (bytes.length < mark.length) {
			return false;
		}
		for (int i = 0; i < mark.length; i++) {
			if ((bytes[i] & 0xFF) != mark[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUtf8(byte[] prefix, boolean wholeFile) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer chars = CharBuffer.allocate(prefix.length);
		return !decoder.decode(ByteBuffer.wrap(prefix), chars, wholeFile).isError();
	}

}

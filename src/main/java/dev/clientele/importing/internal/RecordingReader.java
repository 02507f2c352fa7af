package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the characters read through it, so that records can be cut out of the
 * original text by their character positions. Text before a position no longer needed is
 * discarded, so only the records in flight and the parser's read-ahead are held; the buffer is
 * compacted only once the discarded part is large, so that each record costs no copying.
 */
final class RecordingReader extends Reader {

	private static final int COMPACT_AT = 64 * 1024;

	private final Reader in;

	private final StringBuilder kept = new StringBuilder();

	/** The position in the whole text of the buffer's first character. */
	private long start;

	RecordingReader(Reader in) {
		this.in = in;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = in.read(buffer, offset, length);
		if (read > 0) {
			kept.append(buffer, offset, read);
		}
		return read;
	}

	/** The position just after the last character read so far. */
	long end() {
		return start + kept.length();
	}

	/** The text between two positions, both at or after the last discarded one. */
	String text(long from, long to) {
		return kept.substring((int) (from - start), (int) (to - start));
	}

	/** Forgets the text before a position. */
	void discardBefore(long position) {
		if (position - start >= COMPACT_AT) {
			kept.delete(0, (int) (position - start));
			start = position;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

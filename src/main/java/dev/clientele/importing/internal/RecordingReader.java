package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the characters read through it, so that records can be cut out of the
 * original text by their character positions. Text before a position no longer needed is
 * discarded, so only the records in flight and the parser's read-ahead are held.
 */
final class RecordingReader extends Reader {

	private final Reader in;

	private final StringBuilder kept = new StringBuilder();

	/** The position of the first kept character in the whole text. */
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
		kept.delete(0, (int) (position - start));
		start = position;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

package dev.clientele.cli;

import java.io.PrintStream;

/**
 * Shows a job's progress on standard error: on a console one line redrawn in place ({@code \r}) at
 * every poll, otherwise (a log, a pipe) a plain line when the status changes and every tenth poll.
 */
final class Progress {

	static final int PLAIN_EVERY = 10;

	private final PrintStream err;

	private final boolean console;

	private int drawn;

	private int polls;

	private String status;

	Progress(PrintStream err, boolean console) {
		this.err = err;
		this.console = console;
	}

	void show(Job job) {
		String line = JobText.progress(job);
		if (console) {
			err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
			err.flush();
			drawn = line.length();
		}
		else if (!job.status().equals(status) || polls % PLAIN_EVERY == 0) {
			err.println(line);
		}
		status = job.status();
		polls++;
	}

	/** Ends the redrawn line, so that what follows starts on a line of its own. */
	void end() {
		if (console && drawn > 0) {
			err.println();
			drawn = 0;
		}
	}

}

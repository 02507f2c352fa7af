package dev.clientele.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar clientele.jar import FILE [options]}: uploads a customer file to the running
 * server ({@code CLIENTELE_URL}, with the personal API token {@code CLIENTELE_TOKEN}), follows the
 * import with a progress bar and saves the error report next to the file. Exit 0 when every row
 * was imported, 3 when some were rejected, 1 on failure, 2 on a usage error.
 */
public final class ImportCommand {

	static final int IMPORTED = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int REJECTED = 3;

	static final String DEFAULT_URL = "http://localhost:8080";

	static final long POLL_MILLIS = 500;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean console;

	ImportCommand(PrintStream out, PrintStream err, boolean console) {
		this.out = out;
		this.err = err;
		this.console = console;
	}

	/**
	 * Runs the command as the operator typed it, with the server and token from the environment.
	 *
	 * @param args the words after {@code import}
	 * @return the exit code
	 */
	public static int run(String... args) {
		return new ImportCommand(System.out, System.err, System.console() != null).run(List.of(args),
				System.getenv("CLIENTELE_URL"), System.getenv("CLIENTELE_TOKEN"));
	}

	/**
	 * @param url the server's address, {@link #DEFAULT_URL} when {@code null} or blank
	 * @param token a personal API token
	 * @return the exit code
	 */
	int run(List<String> args, String url, String token) {
		if (args.contains("--help") || args.contains("-h")) {
			out.println(ImportArguments.USAGE);
			return IMPORTED;
		}
		ImportArguments arguments;
		try {
			arguments = ImportArguments.parse(args);
		}
		catch (UsageException ex) {
			err.println("clientele import: " + ex.getMessage());
			err.println("Run java -jar clientele.jar import --help for the options.");
			return USAGE;
		}
		try {
			return importFile(arguments, new ImportClient(server(url), token(token)));
		}
		catch (CommandFailure ex) {
			err.println("clientele import: " + ex.getMessage());
			return FAILED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("clientele import: interrupted");
			return FAILED;
		}
	}

	private int importFile(ImportArguments arguments, ImportClient client) throws CommandFailure, InterruptedException {
		client.checkAccess();
		err.println("Uploading " + arguments.file() + " ...");
		Job job = follow(client, client.upload(arguments));
		out.println(JobText.summary(job));
		if (!job.status().equals("completed")) {
			throw new CommandFailure("The import " + job.id() + " " + job.status()
					+ (job.failure() == null ? "." : ": " + job.failure()));
		}
		if (job.counts().rejected() == 0) {
			return IMPORTED;
		}
		Path report = ErrorReportFile.next(arguments.file(), Path.of("").toAbsolutePath());
		client.saveErrors(job.id(), report);
		out.println("Rejected rows and their reasons: " + report);
		return REJECTED;
	}

	private Job follow(ImportClient client, Job started) throws CommandFailure, InterruptedException {
		Progress progress = new Progress(err, console);
		Job job = started;
		try {
			progress.show(job);
			while (!job.finished()) {
				Thread.sleep(POLL_MILLIS);
				job = client.job(job.id());
				progress.show(job);
			}
			return job;
		}
		catch (CommandFailure ex) {
			throw new CommandFailure(ex.getMessage() + System.lineSeparator() + "The import " + started.id()
					+ " goes on on the server; the web UI and GET /api/v1/imports/" + started.id() + " follow it.", ex);
		}
		finally {
			progress.end();
		}
	}

	/** The server's address without a trailing slash. */
	static String server(String url) throws CommandFailure {
		String base = url == null || url.isBlank() ? DEFAULT_URL : url.strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		try {
			URI uri = new URI(base);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null) {
				return base;
			}
		}
		catch (URISyntaxException ex) {
			// reported below as any address that is not a server's
		}
		throw new CommandFailure("CLIENTELE_URL is not the http(s) address of a server: " + url);
	}

	private static String token(String token) throws CommandFailure {
		if (token == null || token.isBlank()) {
			throw new CommandFailure("CLIENTELE_TOKEN is not set: create a read-write personal API token "
					+ "(POST /api/v1/tokens, see the README) and export CLIENTELE_TOKEN=<token>.");
		}
		return token.strip();
	}

}

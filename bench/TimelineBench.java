import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The timeline benchmark's latency driver, started by bench/timeline.sh:
 * {@code java bench/TimelineBench.java <base-url> <token> <label> <paths-file> <requests>}.
 * It sends the paths of the file (one per line, taken in turn) as sequential GETs with the token,
 * the first tenth as warm-up, and prints p50/p95/p99 in milliseconds; any answer but 200 stops it.
 */
public class TimelineBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		String label = args[2];
		List<String> paths = Files.readAllLines(Path.of(args[3])).stream().filter(line -> !line.isBlank()).toList();
		int requests = Integer.parseInt(args[4]);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int warmUp = Math.max(20, requests / 10);
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < warmUp + requests; i++) {
			String path = paths.get(i % paths.size());
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build();
			long started = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			double elapsed = (System.nanoTime() - started) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			if (i >= warmUp) {
				millis.add(elapsed);
			}
		}
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("   %-44s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", label, sorted.length,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}

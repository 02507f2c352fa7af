import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The search benchmark's load driver, started by bench/search.sh (common fragments are 有限, 科技, 公司):
 * {@code java -cp pinyin4j.jar bench/SearchBench.java <base-url> <samples-dir> <requests> <threads> <seconds>}.
 *
 * <p>It first warms up on every kind (3,000 requests), then for each query kind it sends a short warm-up and {@code requests} sequential requests built
 * from samples drawn from the database (ids, company and person names, phone endings, cities),
 * and prints p50/p95/p99 in milliseconds. Then it measures GET-by-id throughput with
 * {@code threads} concurrent clients for {@code seconds} and writes it to
 * {@code <samples-dir>/get-throughput} for the script's comparison with pgbench.
 */
public class SearchBench {

	/** The industry words of demo company names (dev.clientele.demo.internal.CompanyNames), longest first. */
	private static final List<String> INDUSTRY_WORDS = List.of("企业管理咨询", "汽车销售服务", "供应链管理", "房地产开发", "网络科技",
			"信息技术", "机械设备", "建筑工程", "医疗器械", "生物科技", "文化传媒", "教育咨询", "餐饮管理", "环保科技", "物业管理", "农业发展",
			"新能源", "科技", "软件", "电子", "贸易", "商贸", "实业", "建材", "物流", "食品", "医药", "广告", "服装", "纺织", "化工", "家居",
			"投资");

	private static final List<String> COMMON_FRAGMENTS = List.of("有限", "科技", "公司");

	// plain HTTP/1.1 keep-alive, as a browser behind no proxy would talk to it (no h2c upgrade attempts)
	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Random random = new Random(7);

	SearchBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path samples = Path.of(args[1]);
		int requests = Integer.parseInt(args[2]);
		int threads = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		new SearchBench(base).run(samples, requests, threads, seconds);
	}

	private void run(Path samples, int requests, int threads, int seconds) throws Exception {
		List<String> ids = lines(samples.resolve("ids.txt"));
		List<String> distinctive = lines(samples.resolve("companies.txt")).stream()
			.map(SearchBench::distinctiveFragment)
			.filter(fragment -> fragment != null)
			.toList();
		List<String> initials = lines(samples.resolve("persons.txt")).stream()
			.map(SearchBench::initials)
			.filter(text -> text.length() >= 2)
			.toList();
		List<String> phoneEndings = lines(samples.resolve("phones.txt"));
		List<String> cities = lines(samples.resolve("cities.txt"));

		Map<String, Function<Integer, String>> kinds = new LinkedHashMap<>();
		kinds.put("get by id", i -> "/api/v1/customers/" + pick(ids));
		kinds.put("list city+level, -updatedAt", i -> "/api/v1/customers?limit=20&sort=-updatedAt&filter="
				+ encode("{\"and\":[{\"field\":\"city\",\"op\":\"eq\",\"value\":\"" + pick(cities)
						+ "\"},{\"field\":\"level\",\"op\":\"in\",\"value\":[\"A\",\"B\"]}]}"));
		kinds.put("keyword distinctive 2 chars", i -> search(pick(distinctive)));
		kinds.put("keyword common fragments", i -> search(COMMON_FRAGMENTS.get(i % COMMON_FRAGMENTS.size())));
		kinds.put("keyword pinyin initials", i -> search(pick(initials)));
		kinds.put("keyword phone last 4", i -> search(pick(phoneEndings)));

		// warm both JVMs up on every kind before measuring any, so that no kind pays for the JIT
		for (int round = 0; round < 5; round++) {
			for (Function<Integer, String> kind : kinds.values()) {
				for (int i = 0; i < 100; i++) {
					get(kind.apply(i));
				}
			}
		}
		System.out.printf(Locale.ROOT, "%-30s %8s %8s %8s %8s %7s%n", "query kind (sequential, ms)", "n", "p50", "p95",
				"p99", "errors");
		for (Map.Entry<String, Function<Integer, String>> kind : kinds.entrySet()) {
			for (int i = 0; i < Math.max(20, requests / 5); i++) {
				get(kind.getValue().apply(i));
			}
			double[] millis = new double[requests];
			int errors = 0;
			for (int i = 0; i < requests; i++) {
				String path = kind.getValue().apply(i);
				long start = System.nanoTime();
				int status = get(path);
				millis[i] = (System.nanoTime() - start) / 1e6;
				if (status != 200) {
					errors++;
					if (errors <= 3) {
						System.err.println("HTTP " + status + " for " + path);
					}
				}
			}
			Arrays.sort(millis);
			System.out.printf(Locale.ROOT, "%-30s %8d %8.2f %8.2f %8.2f %7d%n", kind.getKey(), requests,
					percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), errors);
		}

		double throughput = getThroughput(ids, threads, seconds);
		System.out.printf(Locale.ROOT, "GET by id throughput: %.0f requests/s (%d client threads, %d s)%n", throughput,
				threads, seconds);
		Files.writeString(samples.resolve("get-throughput"), String.format(Locale.ROOT, "%.0f%n", throughput));
	}

	private double getThroughput(List<String> ids, int threads, int seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random own = new Random(t);
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < end) {
					int status = get("/api/v1/customers/" + ids.get(own.nextInt(ids.size())));
					(status == 200 ? done : failed).incrementAndGet();
				}
			});
			workers.add(worker);
		}
		long start = System.nanoTime();
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		if (failed.get() > 0) {
			System.err.println("GET by id: " + failed.get() + " requests failed");
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	private int get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + System.getenv("BENCH_TOKEN"))
			.GET()
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static String search(String keyword) {
		return "/api/v1/customers?limit=20&q=" + encode(keyword);
	}

	/** The two characters just before the industry word: part of the rarely shared distinctive name. */
	static String distinctiveFragment(String name) {
		for (String word : INDUSTRY_WORDS) {
			int at = name.indexOf(word);
			if (at >= 2) {
				return name.substring(at - 2, at);
			}
		}
		return null;
	}

	/** The pinyin initials of a Chinese name, e.g. 王子涵 → wzh. */
	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		for (char ch : name.toCharArray()) {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch);
			if (readings != null && readings.length > 0) {
				out.append(readings[0].charAt(0));
			}
		}
		return out.toString();
	}

	private <T> T pick(List<T> values) {
		if (values.isEmpty()) {
			throw new IllegalStateException("No samples");
		}
		return values.get(random.nextInt(values.size()));
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.clientele.support.Api;
import dev.clientele.support.ImportJobs;
import dev.clientele.support.Poll;
import dev.clientele.support.RequiresDatabase;
import dev.clientele.support.TestAccounts;
import dev.clientele.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, point 7: the application process is killed with SIGKILL in the middle of a 200,000-row
 * import on PostgreSQL, started again on the same database and data directory, and the job resumes
 * by itself (its heartbeat is stale after {@code CLIENTELE_IMPORT_STALE_AFTER=2s}). Then every valid
 * row is a customer exactly once, the duplicates are skipped, the rejected rows are exactly the
 * invalid ones and the error report lists them, every row is kept once with its original text, and
 * the stored file comes back byte for byte.
 * <p>
 * Runs {@code java -jar target/clientele.jar} (built by the package phase) as a child process on a
 * fresh schema of the test database; no Spring context of its own. The number of rows is 200,000
 * unless the system property {@code clientele.crash-test.rows} says otherwise.
 */
@ExtendWith(RequiresDatabase.class)
class ImportCrashIT {

	private static final int ROWS = Integer.getInteger("clientele.crash-test.rows", 200_000);

	private static final String ADMIN_PASSWORD = "Crash-Chief-2024!";

	private static final String IMPORTER = "crash-importer";

	private static final String IMPORTER_PASSWORD = "Resume-After-Kill-2024!";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(40);

	@TempDir
	Path data;

	@Test
	void anImportKilledMidwayResumesAfterARestartWithEveryRowExactlyOnce() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "the crash test runs once, on PostgreSQL");
		Path jar = Path.of("target/clientele.jar");
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			assertThat(jar).as("CI=true: the package phase builds the jar before the integration tests").exists();
		}
		else {
			Assumptions.assumeTrue(Files.exists(jar), "the jar is built by the package phase");
		}
		Instant began = Instant.now();
		CrashFile file = CrashFile.generate(ROWS);
		String schema = "crash" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection db = connect(null); Statement sql = db.createStatement()) {
			sql.execute("create schema " + schema);
		}
		log("schema %s (dropped when the test passes), application logs in %s", schema, data);
		int port = freePort();
		App first = App.start(jar, schema, data, port, "first");
		Api importer;
		String id;
		long killedAt;
		try {
			first.awaitHealthy();
			importer = signIn(port);
			log("generated %,d rows (%,d bytes) and started the application in %s", ROWS, file.bytes().length,
					Duration.between(began, Instant.now()));
			Api.Response accepted = importer.upload("/api/v1/imports", "崩溃测试.csv", file.bytes(), "mode", "skip");
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
			id = accepted.json().get("id").asString();
			JsonNode before = awaitRowsDone(importer, id, ROWS / 5, first);
			killedAt = before.get("rowsDone").asLong();
			assertThat(killedAt).as("the kill comes in the middle of the import").isLessThan(ROWS * 3L / 4);
			first.kill();
			log("killed the application (SIGKILL) at %,d rows done, %s after the start", killedAt,
					Duration.between(began, Instant.now()));
		}
		finally {
			first.kill();
		}

		// What the kill left behind: the committed steps, each whole, and the job still marked running.
		try (Connection db = connect(schema)) {
			Map<String, Object> job = batch(db, id);
			long lastRow = (Long) job.get("last_row");
			assertThat(job.get("status")).isEqualTo("running");
			assertThat(lastRow - 1).isBetween(killedAt, ROWS - 1L);
			assertThat(count(db, "select count(*) from import_rows where batch_id = ?", UUID.fromString(id))).isEqualTo(lastRow - 1);
			assertThat((Long) job.get("created_count") + (Long) job.get("skipped_count") + (Long) job.get("rejected_count"))
				.isEqualTo(lastRow - 1);
			assertThat(count(db, "select count(*) from customer_version where source like ?", "import:" + id + "#%"))
				.isEqualTo((Long) job.get("created_count"));
		}

		App second = App.start(jar, schema, data, port, "second");
		JsonNode done;
		try {
			second.awaitHealthy();
			done = awaitFinished(importer, id, second);
			log("the restarted application finished the job %s after the start", Duration.between(began, Instant.now()));

			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("completed");
			assertThat(done.get("rowsTotal").asLong()).isEqualTo(ROWS);
			assertThat(done.get("rowsDone").asLong()).isEqualTo(ROWS);
			assertThat(done.at("/counts/created").asLong()).isEqualTo(file.count('c'));
			assertThat(done.at("/counts/skipped").asLong()).isEqualTo(file.count('s'));
			assertThat(done.at("/counts/rejected").asLong()).isEqualTo(file.count('r'));
			assertThat(done.at("/counts/updated").asLong()).isZero();
			assertThat(done.at("/counts/unchanged").asLong()).isZero();

			assertThat(importer.download("/api/v1/imports/" + id + "/raw").body()).isEqualTo(file.bytes());
			assertErrorReport(importer.download("/api/v1/imports/" + id + "/errors?format=csv").text(), file);
		}
		finally {
			second.stop();
		}

		try (Connection db = connect(schema)) {
			Map<Long, UUID> customerByRow = assertVersions(db, id, file);
			assertPhones(db, file);
			assertRows(db, id, file, customerByRow);
		}
		try (Connection db = connect(null); Statement sql = db.createStatement()) {
			sql.execute("drop schema " + schema + " cascade");
		}
		log("checked everything %s after the start", Duration.between(began, Instant.now()));
	}

	/** Every valid row wrote exactly one version, of its own customer, and no other row wrote any. */
	private static Map<Long, UUID> assertVersions(Connection db, String id, CrashFile file) throws SQLException {
		Map<Long, UUID> customerByRow = new HashMap<>();
		Set<UUID> customers = new HashSet<>();
		String prefix = "import:" + id + "#";
		try (PreparedStatement sql = db.prepareStatement("select source, customer_id, version from customer_version where source like ?")) {
			sql.setString(1, prefix + "%");
			try (ResultSet rs = sql.executeQuery()) {
				while (rs.next()) {
					long row = Long.parseLong(rs.getString("source").substring(prefix.length()));
					UUID customer = rs.getObject("customer_id", UUID.class);
					assertThat(customerByRow.put(row, customer)).as("row %d wrote a second version", row).isNull();
					assertThat(customers.add(customer)).as("customer %s has a second imported version", customer).isTrue();
					assertThat(rs.getInt("version")).isEqualTo(1);
				}
			}
		}
		assertThat(customerByRow.keySet()).isEqualTo(file.rowNumbers('c'));
		assertThat(count(db, "select count(*) from customers where deleted_at is null")).isEqualTo(file.count('c'));
		assertThat(count(db, "select count(*) from customer_version")).isEqualTo(file.count('c'));
		return customerByRow;
	}

	/** Each valid row's phone belongs to exactly one customer. */
	private static void assertPhones(Connection db, CrashFile file) throws SQLException {
		Map<String, Long> owners = new HashMap<>();
		try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
				select p.e164, count(*) from customer_phones p join customers c on c.id = p.customer_id
				where c.deleted_at is null group by p.e164""")) {
			while (rs.next()) {
				owners.put(rs.getString(1), rs.getLong(2));
			}
		}
		assertThat(owners.values()).as("customers sharing a phone").allMatch(n -> n == 1);
		assertThat(owners.keySet()).isEqualTo(file.createdPhones());
	}

	/**
	 * One stored row per data row, in order, with its original text, its outcome and its customer:
	 * the one it created, or for a skipped row the one it matched.
	 */
	private static void assertRows(Connection db, String id, CrashFile file, Map<Long, UUID> customerByRow)
			throws SQLException {
		db.setAutoCommit(false);
		try (PreparedStatement sql = db.prepareStatement(
				"select row_number, raw, outcome, customer_id from import_rows where batch_id = ? order by row_number")) {
			sql.setFetchSize(5000);
			sql.setObject(1, UUID.fromString(id));
			try (ResultSet rs = sql.executeQuery()) {
				long expected = 2;
				while (rs.next()) {
					long number = rs.getLong("row_number");
					assertThat(number).as("the row after row %d", expected - 1).isEqualTo(expected);
					int r = (int) (number - 2);
					assertThat(rs.getString("raw")).as("raw text of row %d", number).isEqualTo(file.raw()[r]);
					assertThat(rs.getString("outcome")).as("outcome of row %d", number).isEqualTo(CrashFile.outcome(file.outcomes()[r]));
					long customerRow = file.outcomes()[r] == 's' ? file.sources()[r] + 1 : number;
					assertThat(rs.getObject("customer_id", UUID.class)).as("customer of row %d", number)
						.isEqualTo(customerByRow.get(customerRow));
					expected++;
				}
				assertThat(expected - 2).as("stored rows").isEqualTo(ROWS);
			}
		}
		finally {
			db.rollback();
			db.setAutoCommit(true);
		}
	}

	/** The report lists exactly the invalid rows, in order, with their cells and the phone as the reason. */
	private static void assertErrorReport(String report, CrashFile file) throws IOException {
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(report.replace("\uFEFF", ""))).getRecords();
		assertThat(records.get(0).values()).startsWith("Row", "客户名称", "手机");
		List<Long> listed = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			long number = Long.parseLong(record.get(0));
			listed.add(number);
			assertThat(record.get(2)).isEqualTo(CrashFile.badPhone((int) number - 1));
			assertThat(record.get(record.size() - 1)).startsWith("手机: ");
		}
		assertThat(listed).containsExactlyElementsOf(new java.util.TreeSet<>(file.rowNumbers('r')));
	}

	private static Api signIn(int port) {
		Api admin = new Api(port).withToken(token(port, "admin", ADMIN_PASSWORD));
		Api.Response role = admin.post("/api/v1/roles", """
				{"key": "%s", "name": "Crash test importer", "scope": "all",
				 "permissions": ["customer:read", "customer:create", "customer:update", "customer:import"]}""".formatted(IMPORTER));
		assertThat(role.status()).as(role.body()).isEqualTo(201);
		Api.Response user = admin.post("/api/v1/users", """
				{"login": "%s", "name": "Crash test importer", "roles": ["%s"], "password": "%s"}"""
			.formatted(IMPORTER, IMPORTER, IMPORTER_PASSWORD));
		assertThat(user.status()).as(user.body()).isEqualTo(201);
		return new Api(port).withToken(token(port, IMPORTER, IMPORTER_PASSWORD));
	}

	private static String token(int port, String login, String password) {
		return TestAccounts.token(port, login, password);
	}

	private static JsonNode awaitRowsDone(Api api, String id, long rows, App app) {
		return Poll.until(IMPORT_TIMEOUT, Duration.ofMillis(100), () -> app.job(api, id), job -> {
			assertThat(job.get("status").asString()).as(job.toString()).isIn("queued", "running");
			return job.get("rowsDone").asLong() >= rows;
		}, () -> "Not " + rows + " rows done within " + IMPORT_TIMEOUT + "\n" + app.logTail());
	}

	private static JsonNode awaitFinished(Api api, String id, App app) {
		return Poll.until(IMPORT_TIMEOUT, Duration.ofMillis(500), () -> app.job(api, id), ImportJobs::isFinished,
				() -> "The import did not finish within " + IMPORT_TIMEOUT + "\n" + app.logTail());
	}

	private static Map<String, Object> batch(Connection db, String id) throws SQLException {
		try (PreparedStatement sql = db.prepareStatement(
				"select status, last_row, created_count, skipped_count, rejected_count from import_batches where id = ?")) {
			sql.setObject(1, UUID.fromString(id));
			try (ResultSet rs = sql.executeQuery()) {
				assertThat(rs.next()).isTrue();
				Map<String, Object> row = new HashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
				}
				return row;
			}
		}
	}

	private static long count(Connection db, String query, Object... params) throws SQLException {
		try (PreparedStatement sql = db.prepareStatement(query)) {
			for (int i = 0; i < params.length; i++) {
				sql.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = sql.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static String url(String schema) {
		String url = TestDatabase.postgresUrl();
		return schema == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static Connection connect(String schema) throws SQLException {
		return DriverManager.getConnection(url(schema), TestDatabase.postgresUser(), TestDatabase.postgresPassword());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void log(String format, Object... args) {
		System.out.println("ImportCrashIT: " + String.format(Locale.ROOT, format, args));
	}

	/** Clientele as a child process, as an operator runs it: {@code java -jar}, configured by its environment. */
	static final class App {

		private final Process process;

		private final Path log;

		private final int port;

		private App(Process process, Path log, int port) {
			this.process = process;
			this.log = log;
			this.port = port;
		}

		static App start(Path jar, String schema, Path data, int port, String name) throws IOException, SQLException {
			Path log = data.resolve("app-" + name + ".log");
			ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-jar", jar.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.keySet().removeIf(key -> key.startsWith("CLIENTELE_"));
			env.put("CLIENTELE_DB_URL", url(schema) + "&reWriteBatchedInserts=true");
			env.put("CLIENTELE_DB_USER", TestDatabase.postgresUser());
			env.put("CLIENTELE_DB_PASSWORD", TestDatabase.postgresPassword());
			env.put("CLIENTELE_DATA_DIR", data.resolve("data").toString());
			env.put("CLIENTELE_PORT", Integer.toString(port));
			env.put("CLIENTELE_ADMIN_PASSWORD", ADMIN_PASSWORD);
			env.put("CLIENTELE_REQUIRE_ADMIN_MFA", "false");
			env.put("CLIENTELE_AUDIT_KEY", "crash-test-audit-key-not-a-secret");
			env.put("CLIENTELE_SECRET_KEY", "crash-test-secret-key-not-a-secret");
			env.put("CLIENTELE_IMPORT_STALE_AFTER", "2s");
			env.put("CLIENTELE_WEBHOOK_DISPATCHER", "false");
			return new App(builder.start(), log, port);
		}

		void awaitHealthy() throws InterruptedException {
			Api anonymous = new Api(port);
			Instant deadline = Instant.now().plus(START_TIMEOUT);
			while (Instant.now().isBefore(deadline)) {
				requireAlive();
				try {
					if (anonymous.get("/actuator/health").status() == 200) {
						return;
					}
				}
				catch (IllegalStateException ex) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			throw new AssertionError("The application did not start within " + START_TIMEOUT + "\n" + logTail());
		}

		/** The job as the API shows it, once the application is known to be still running. */
		JsonNode job(Api api, String id) {
			requireAlive();
			return ImportJobs.job(api, id);
		}

		void requireAlive() {
			if (!process.isAlive()) {
				throw new AssertionError("The application stopped (exit " + process.exitValue() + ")\n" + logTail());
			}
		}

		/** SIGKILL on Linux: no shutdown hook, no step finished, nothing flushed. */
		void kill() throws InterruptedException {
			if (process.isAlive()) {
				process.destroyForcibly();
				assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
		}

		void stop() throws InterruptedException {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					kill();
				}
			}
		}

		String logTail() {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex + ")";
			}
		}

	}

	/**
	 * The import file: UTF-8 with BOM, CRLF, a header and {@code rows} data rows of companies with
	 * Chinese names, unique valid mobile numbers, an email in every third row, provinces and cities
	 * that belong together, notes with commas, quotes and line breaks. Every 997th row has a phone
	 * that is too short ({@code r}); every 101st other row repeats an earlier valid row, half of them
	 * with the phone written another way ({@code s}, skipped as matching); the rest are created
	 * ({@code c}). Row numbers count as Excel does: the header is row 1, data row {@code r} is row
	 * {@code r + 1}.
	 *
	 * @param raw each data row's text as in the file, without its line break
	 * @param outcomes each data row's expected outcome
	 * @param sources for a repeated row, the data row it repeats (whose customer it matches)
	 */
	record CrashFile(byte[] bytes, String[] raw, char[] outcomes, String[] phones, int[] sources) {

		private static final String[][] PLACES = { { "广东", "深圳" }, { "广东", "广州" }, { "浙江", "杭州" }, { "浙江", "宁波" },
				{ "江苏", "南京" }, { "江苏", "苏州" }, { "四川", "成都" }, { "湖北", "武汉" }, { "山东", "青岛" }, { "福建", "厦门" },
				{ "北京", "北京" }, { "上海", "上海" } };

		private static final String BRAND = "华瑞达恒信泰鑫盛源宏嘉兴隆昌祥和丰诚茂永安康富佳宇天正中新博远明德弘顺景润辉凯亿";

		private static final String[] TRADES = { "科技", "贸易", "制造", "电子", "物流", "餐饮管理", "建筑工程", "医药", "文化传媒",
				"教育咨询", "食品", "网络科技" };

		/** The industry of each trade as people write it: synonyms the industry vocabulary takes. */
		private static final String[] INDUSTRIES = { "软件", "贸易", "制造", "电子制造", "物流", "餐饮管理", "建筑工程", "医药制造",
				"文化传媒", "教育咨询", "食品制造", "网络科技" };

		private static final String[] PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
				"152", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188",
				"189", "199" };

		private static final String[] NOTES = { "", "", "需要报价单", "已寄样品，等待反馈", "年度采购意向明确" };

		private static final String[] TAGS = { "", "重点客户", "华东、新客户", "待跟进" };

		/** Data row numbers map one to one onto names and phones: {@code r * STEP} modulo their space. */
		private static final long STEP = 7_919_993;

		private static final long NAME_SPACE = (long) PLACES.length * 40 * 40 * 40 * TRADES.length;

		static CrashFile generate(int rows) {
			String[] raw = new String[rows];
			char[] outcomes = new char[rows];
			String[] phones = new String[rows];
			int[] sources = new int[rows];
			List<String[]> cells = new ArrayList<>(rows + 1);
			cells.add(null);
			ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 160);
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			out.writeBytes("客户名称,手机,邮箱,省份,城市,地址,行业,级别,来源,备注,标签\r\n".getBytes(StandardCharsets.UTF_8));
			for (int r = 1; r <= rows; r++) {
				String[] row;
				if (r % 997 == 0) {
					row = original(r);
					row[1] = badPhone(r);
					outcomes[r - 1] = 'r';
				}
				else if (r % 101 == 0) {
					int source = (int) (r * 2_654_435_761L % (r - 1)) + 1;
					while (outcomes[source - 1] != 'c') {
						source--;
					}
					row = cells.get(source).clone();
					if (r % 2 == 0) {
						String phone = row[1];
						row[1] = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
						row[9] = "重复录入";
					}
					outcomes[r - 1] = 's';
					sources[r - 1] = source;
				}
				else {
					row = original(r);
					phones[r - 1] = "+86" + row[1];
					outcomes[r - 1] = 'c';
				}
				cells.add(row);
				StringBuilder line = new StringBuilder();
				for (int i = 0; i < row.length; i++) {
					line.append(i == 0 ? "" : ",").append(quoted(row[i]));
				}
				raw[r - 1] = line.toString();
				out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			return new CrashFile(out.toByteArray(), raw, outcomes, phones, sources);
		}

		private static String[] original(int r) {
			long n = r * STEP % NAME_SPACE;
			String[] place = PLACES[(int) (n % PLACES.length)];
			n /= PLACES.length;
			String brand = "" + BRAND.charAt((int) (n % 40)) + BRAND.charAt((int) (n / 40 % 40)) + BRAND.charAt((int) (n / 1600 % 40));
			int trade = (int) (n / 64000 % TRADES.length);
			String name = place[1] + brand + TRADES[trade] + (r % 3 == 0 ? "股份有限公司" : "有限公司");
			String phone = PREFIXES[r % PREFIXES.length] + String.format(Locale.ROOT, "%08d", r * STEP % 100_000_000L);
			String email = r % 3 == 0 ? "sales" + r + "@" + (char) ('a' + r % 7) + ".example.cn" : "";
			String notes = r % 1009 == 0 ? "第一次拜访\n第二次拜访" : r % 17 == 0 ? "他说\"下周签约\"" : r % 13 == 0 ? "已联系, 待回访"
					: NOTES[r % NOTES.length];
			return new String[] { name, phone, email, place[0], place[1], place[1] + "人民路" + (r % 999 + 1) + "号", INDUSTRIES[trade],
					r % 2 == 0 ? "A" : "B", r % 5 == 0 ? "展会" : "官网", notes, TAGS[r % TAGS.length] };
		}

		/** Nine digits: too short for a mobile number. */
		static String badPhone(int r) {
			return "138" + String.format(Locale.ROOT, "%06d", r);
		}

		private static String quoted(String cell) {
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				return "\"" + cell.replace("\"", "\"\"") + "\"";
			}
			return cell;
		}

		static String outcome(char code) {
			return code == 'c' ? "created" : code == 's' ? "skipped" : "rejected";
		}

		long count(char outcome) {
			long n = 0;
			for (char c : outcomes) {
				n += c == outcome ? 1 : 0;
			}
			return n;
		}

		/** The row numbers (header = 1) of the rows with this outcome. */
		Set<Long> rowNumbers(char outcome) {
			Set<Long> numbers = new HashSet<>();
			for (int i = 0; i < outcomes.length; i++) {
				if (outcomes[i] == outcome) {
					numbers.add(i + 2L);
				}
			}
			return numbers;
		}

		Set<String> createdPhones() {
			Set<String> created = new HashSet<>();
			for (String phone : phones) {
				if (phone != null) {
					created.add(phone);
				}
			}
			return created;
		}

	}

}

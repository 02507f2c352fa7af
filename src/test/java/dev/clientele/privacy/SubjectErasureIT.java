package dev.clientele.privacy;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violation;
import dev.clientele.shared.WriteContext;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class SubjectErasureIT extends DatabaseIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerManagement customers;

	Api api;

	/** The personal values of one test's customer, unique to it (blocks outlive a test). */
	String name;

	String phone;

	String email;

	String address;

	String customValue;

	String contactName;

	String contactPhone;

	String contactEmail;

	String customKey;

	String token;

	@BeforeEach
	void setUp() {
		token = tokenWithRoles(TestAccounts.FULL_ACCESS);
		api = new Api(port).withToken(token);
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
		name = "隐私测试公司" + tag;
		phone = "139" + tag;
		email = "subject." + tag + "@example.cn";
		address = "幸福路" + tag + "号";
		customValue = "会员号" + tag;
		contactName = "联系人" + tag;
		contactPhone = "136" + tag;
		contactEmail = "contact." + tag + "@example.cn";
		customKey = "member" + tag;
	}

	@Test
	void theExportHoldsTheCurrentRecordItsHistoryAndItsContactsAsAnAttachment() throws Exception {
		String id = aSubject();

		Api.Response export = api.get("/api/v1/customers/" + id + "/personal-data");

		assertThat(export.status()).as(export.body()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/json");
		assertThat(header("/api/v1/customers/" + id + "/personal-data", "Content-Disposition"))
			.isEqualTo("attachment; filename=\"personal-data-" + id + ".json\"");
		JsonNode part = export.json().at("/parts/customer");
		assertThat(export.json().get("customerId").asString()).isEqualTo(id);
		assertThat(part.at("/record/name").asString()).isEqualTo(name);
		assertThat(part.at("/record/phones/0/e164").asString()).isEqualTo("+86" + phone);
		assertThat(part.at("/record/customFields/" + customKey).asString()).isEqualTo(customValue);
		assertThat(part.get("versions")).hasSize(2);
		assertThat(part.at("/versions/1/snapshot/address").isNull()).isTrue();
		assertThat(part.at("/versions/0/snapshot/address").asString()).isEqualTo(address);
		assertThat(part.at("/contacts/0/name").asString()).isEqualTo(contactName);
		assertThat(part.at("/contacts/0/versions/0/snapshot/phones/0/number").asString()).isEqualTo(contactPhone);
		assertThat(auditEntries("customer.personalDataExported", id)).as("both downloads audited").isEqualTo(2);
	}

	@Test
	void afterTheErasureNoPersonalValueIsLeftInAnyTableAndATombstoneAndAnAuditEntryRemain() {
		String id = aSubject();
		int customerVersions = count("select count(*) from customer_version where customer_id = ?", id);
		int contactVersions = count("select count(*) from contact_version v join contacts c on c.id = v.contact_id"
				+ " where c.customer_id = ?", id);
		assertThat(tablesHolding(List.of(name, phone, email, address, customValue, contactName, contactPhone, contactEmail)))
			.as("the scan finds the values before the erasure")
			.contains("customers.name", "customer_version.snapshot", "contacts.phones", "customer_search_keys.search_key");

		Api.Response erased = api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"客户依法申请删除\"}");

		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.json().get("erased").asBoolean()).isTrue();
		assertThat(erased.json().at("/erasedRecords/customer/versions").asInt()).isEqualTo(customerVersions);
		assertThat(erased.json().get("blockedValues").asInt()).isEqualTo(4);
		assertThat(tablesHolding(List.of(name, phone, email, address, customValue, contactName, contactPhone, contactEmail)))
			.isEmpty();
		assertThat(count("select count(*) from customers where id = ? and erased_at is not null and name = ''", id))
			.isEqualTo(1);
		assertThat(count("select count(*) from customer_version where customer_id = ?", id)).isEqualTo(customerVersions);
		assertThat(count("select count(*) from contact_version v join contacts c on c.id = v.contact_id"
				+ " where c.customer_id = ?", id)).isEqualTo(contactVersions);
		assertThat(jdbc.sql("select detail from audit_log where action = 'customer.erased' and entity_id = ?")
			.param(id)
			.query(String.class)
			.single()).contains("客户依法申请删除", "customer.versions=" + customerVersions, "blocked=4");
	}

	@Test
	void anErasedCustomerIsGoneFromReadsListsSearchAndTheRecycleBin() {
		String id = aSubject();
		api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"申请删除\"}");

		Api.Response read = api.get("/api/v1/customers/" + id);
		assertThat(read.status()).isEqualTo(410);
		assertThat(read.json().get("code").asString()).isEqualTo("customer.erased");
		assertThat(api.get("/api/v1/customers/" + id + "/versions").status()).isEqualTo(410);
		assertThat(api.get("/api/v1/customers/" + id + "/versions/1").status()).isEqualTo(410);
		assertThat(api.get("/api/v1/customers/" + id + "/versions/compare?from=1&to=1").status()).isEqualTo(410);
		assertThat(api.get("/api/v1/customers/" + id + "?asOf=" + java.time.Instant.now()).status()).isEqualTo(410);
		assertThat(api.get("/api/v1/customers?asOf=" + java.time.Instant.now() + "&limit=200").body()).doesNotContain(id);
		assertThat(api.download("/api/v1/customers/export?format=csv&asOf=" + java.time.Instant.now()).text())
			.doesNotContain(id);
		assertThat(api.get("/api/v1/customers/" + id + "/personal-data").status()).isEqualTo(410);
		assertThat(api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"再次\"}").status()).isEqualTo(410);
		assertThat(api.post("/api/v1/customers/" + id + "/restore").status()).isEqualTo(410);
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name)).json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/customers?limit=200").body()).doesNotContain(id);
		assertThat(api.get("/api/v1/customers?deleted=true&limit=200").body()).doesNotContain(id);
	}

	@Test
	void aCustomerInTheRecycleBinCanBeErasedAndThenLeavesTheRecycleBin() {
		String id = aSubject();
		assertThat(api.delete("/api/v1/customers/" + id).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/customers?deleted=true&limit=200").body()).contains(id);
		assertThat(api.get("/api/v1/customers/" + id + "/personal-data").json().at("/parts/customer/record/name").asString())
			.isEqualTo(name);

		assertThat(api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"申请删除\"}").status()).isEqualTo(200);

		assertThat(api.get("/api/v1/customers?deleted=true&limit=200").body()).doesNotContain(id);
		assertThat(api.post("/api/v1/customers/" + id + "/restore").status()).isEqualTo(410);
		assertThat(tablesHolding(List.of(name, phone, email, address, customValue, contactName, contactPhone))).isEmpty();
	}

	@Test
	void aPhoneAndEmailTheCustomerHadBeforeAreBlockedAsWellAsTheCurrentOnes() {
		String path = api.post("/api/v1/customers", aCompany("换过号码的公司").withPhone("139 0000 1111")
			.withEmail("old@changed.cn").json()).location().orElseThrow();
		api.patch(path, "{\"version\": 1, \"phones\": [{\"number\": \"139 0000 2222\"}], \"emails\": []}");
		assertThat(api.post(path + "/erasure", "{\"reason\": \"申请删除\"}").status()).isEqualTo(200);

		Api.Response oldPhone = api.post("/api/v1/customers", aCompany("新公司甲").withPhone("13900001111").json());
		Api.Response oldEmail = api.post("/api/v1/customers", aCompany("新公司乙").withEmail("OLD@changed.cn").json());
		Api.Response currentPhone = api.post("/api/v1/customers", aCompany("新公司丙").withPhone("13900002222").json());

		assertThat(oldPhone.errorFields()).containsExactly("phones[0].number");
		assertThat(oldEmail.errorFields()).containsExactly("emails[0].address");
		assertThat(currentPhone.errorFields()).containsExactly("phones[0].number");
	}

	@Test
	void theErasedPhoneAndEmailCannotBeEnteredAgainUntilTheBlockIsLifted() {
		String id = aSubject();
		api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"申请删除\"}");

		Api.Response again = api.post("/api/v1/customers",
				aCompany("新公司").withPhone("+86 " + phone).withEmail(email.toUpperCase()).json());
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errorFields()).containsExactlyInAnyOrder("phones[0].number", "emails[0].address");
		assertThat(again.json().at("/errors/0/code").asString()).isEqualTo("erased-subject");
		String other = api.post("/api/v1/customers", aCompany("另一家公司").json()).json().get("id").asString();
		assertThat(api.post("/api/v1/customers/" + other + "/contacts",
				"{\"name\": \"新联系人\", \"phones\": [{\"number\": \"" + contactPhone + "\"}]}").errorFields())
			.containsExactly("phones[0].number");
		assertThat(api.patch("/api/v1/customers/" + other, "{\"version\": 1, \"emails\": [{\"address\": \"" + contactEmail
				+ "\"}]}").errorFields()).containsExactly("emails[0].address");

		assertThat(api.post("/api/v1/erasure-blocks/lift", "{\"phone\": \"" + phone + "\"}").status()).isEqualTo(200);
		String emailHash = api.post("/api/v1/erasure-blocks/lift", "{\"email\": \"" + email + "\"}").json().get("hash").asString();
		assertThat(api.post("/api/v1/erasure-blocks/lift", "{\"email\": \"" + email + "\"}").status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/erasure-blocks/" + emailHash).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/customers", aCompany("新公司").withPhone(phone).withEmail(email).json()).status())
			.isEqualTo(201);

		JsonNode contactPhoneBlock = block("phone", id);
		assertThat(api.delete("/api/v1/erasure-blocks/" + contactPhoneBlock.get("hash").asString()).status()).isEqualTo(204);
		assertThat(api.post("/api/v1/customers/" + other + "/contacts",
				"{\"name\": \"新联系人\", \"phones\": [{\"number\": \"" + contactPhone + "\"}]}").status()).isEqualTo(201);
		assertThat(auditEntries("erasure.blockLifted", contactPhoneBlock.get("hash").asString())).isEqualTo(1);
	}

	@Test
	void aBatchCreationNamesEveryBlockedValueByItsPathAndCreatesNothing() {
		String id = aSubject();
		api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"申请删除\"}");
		WriteContext context = new WriteContext(UserManagement.SYSTEM_USER, Source.system("test"));
		String fresh = "批量新客户" + UUID.randomUUID();
		CreateCustomer clean = new CreateCustomer(input(fresh, "135" + phone.substring(3), null),
				context);
		CreateCustomer blocked = new CreateCustomer(input(fresh + "乙", null, email),
				List.of(new ContactInput("批量联系人", null, List.of(new PhoneInput(contactPhone, null)), List.of(), false,
						null, Map.of())),
				context);

		assertThatThrownBy(() -> customers.createAll(List.of(clean, blocked)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.extracting(Violation::path, Violation::code)
				.containsExactlyInAnyOrder(tuple("[1].emails[0].address", "erased-subject"),
						tuple("[1].contacts[0].phones[0].number", "erased-subject")));
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(fresh)).json().get("items")).isEmpty();
	}

	@Test
	void anErasureNeedsAReason() {
		String id = aSubject();

		assertThat(api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"  \"}").errorFields())
			.containsExactly("reason");
		assertThat(api.post("/api/v1/customers/" + id + "/erasure", "{}").errorFields()).containsExactly("reason");
		assertThat(api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"x\", \"all\": true}").errorFields())
			.containsExactly("all");
		assertThat(api.post("/api/v1/erasure-blocks/lift", "{}").errorFields()).containsExactlyInAnyOrder("phone", "email");
		assertThat(api.get("/api/v1/customers/" + id).json().get("name").asString()).isEqualTo(name);
	}

	@Test
	void withoutThePermissionTheExportAndTheErasureAreRefused() {
		String id = aSubject();
		Api reader = apiWithRoles("sales-rep");

		assertThat(reader.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"试图删除\"}").status()).isEqualTo(403);
		assertThat(reader.get("/api/v1/customers/" + id + "/personal-data").status()).isEqualTo(403);
		assertThat(reader.post("/api/v1/erasure-blocks/lift", "{\"phone\": \"" + phone + "\"}").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/customers/" + id).status()).isEqualTo(200);
	}

	@Test
	void aCustomerOutsideTheErasersScopeIsNotFound() {
		String id = aSubject();
		String role = "erase-own-" + UUID.randomUUID().toString().substring(0, 8);
		roles.define(new DefineRole(role, role, DataScope.OWN,
				Set.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_ERASE, Permission.CUSTOMER_PERSONAL_DATA),
				Map.<String, FieldAccess>of()));
		Api eraser = apiWithRoles(role);

		assertThat(eraser.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"范围外\"}").status()).isEqualTo(404);
		assertThat(eraser.get("/api/v1/customers/" + id + "/personal-data").status()).isEqualTo(404);
		assertThat(eraser.post("/api/v1/customers/" + UUID.randomUUID() + "/erasure", "{\"reason\": \"无\"}").status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/customers/" + id).status()).isEqualTo(200);
	}

	/** A company with a custom value, an address added in a second version, and a contact. */
	private String aSubject() {
		String definition = "{\"entity\": \"customer\", \"key\": \"" + customKey + "\", \"label\": \"会员号\", \"type\": \"text\"}";
		assertThat(api.post("/api/v1/custom-fields", definition).status()).isEqualTo(201);
		Api.Response created = api.post("/api/v1/customers", aCompany(name).withPhone(phone)
			.withEmail(email)
			.withCustomField(customKey, customValue)
			.json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"address\": \"" + address + "\"}").status())
			.isEqualTo(200);
		Api.Response contact = api.post("/api/v1/customers/" + id + "/contacts", "{\"name\": \"" + contactName
				+ "\", \"phones\": [{\"number\": \"" + contactPhone + "\"}], \"emails\": [{\"address\": \"" + contactEmail
				+ "\"}]}");
		assertThat(contact.status()).as(contact.body()).isEqualTo(201);
		return id;
	}

	private static CustomerInput input(String name, String phone, String email) {
		return new CustomerInput("company", name, phone == null ? List.of() : List.of(new PhoneInput(phone, null)),
				email == null ? List.of() : List.of(new EmailInput(email, null)), null, null, null, null, null, null, null,
				null, null, List.of(), null, Map.of());
	}


	private JsonNode block(String kind, String customerId) {
		for (JsonNode block : api.get("/api/v1/erasure-blocks").json()) {
			if (block.get("kind").asString().equals(kind) && block.get("customerId").asString().equals(customerId)) {
				return block;
			}
		}
		throw new AssertionError("No " + kind + " block of " + customerId);
	}

	/** One header of an answer, fetched with the test user's token. */
	private String header(String path, String header) throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		return response.headers().firstValue(header).orElse(null);
	}

	/** Every {@code table.column} of the test schema with text in which one of the values appears. */
	private List<String> tablesHolding(List<String> values) {
		List<String[]> columns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema
				  and upper(data_type) in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'TEXT', 'CHARACTER', 'JSON', 'JSONB')""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(columns).as("the schema's text columns").hasSizeGreaterThan(20);
		List<String> found = new ArrayList<>();
		for (String[] column : columns) {
			for (String value : values) {
				String sql = "select count(*) from " + column[0] + " where cast(" + column[1] + " as varchar) like ?";
				if (jdbc.sql(sql).param("%" + value + "%").query(Integer.class).single() > 0) {
					found.add(column[0] + "." + column[1]);
					break;
				}
			}
		}
		return found;
	}

	private int count(String sql, String id) {
		return jdbc.sql(sql).param(UUID.fromString(id)).query(Integer.class).single();
	}

	private int auditEntries(String action, String entityId) {
		return jdbc.sql("select count(*) from audit_log where action = ? and entity_id = ?")
			.params(action, entityId)
			.query(Integer.class)
			.single();
	}

}

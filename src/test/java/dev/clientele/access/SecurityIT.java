package dev.clientele.access;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class SecurityIT extends DatabaseIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DepartmentManagement departments;

	@Test
	void anonymousApiCallsAnswer401AndPagesAskToSignIn() {
		Api.Response api = new Api(port).get("/api/v1/customers");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.contentType()).startsWith("application/problem+json");

		Api.Response page = new Api(port).get("/customers");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location().orElseThrow()).endsWith("/login");
	}

	@Test
	void aTokenIsShownOnceAndStoredOnlyAsAHash() {
		String login = newUser(TestAccounts.FULL_ACCESS);
		String token = TestAccounts.token(port, login);

		assertThat(new Api(port).withToken(token).get("/api/v1/me").json().get("login").asString()).isEqualTo(login);
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").param(token).query(Integer.class).single())
			.isZero();
		assertThat(new Api(port).withToken(token + "x").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aReadTokenMayNotWrite() {
		String login = newUser(TestAccounts.FULL_ACCESS);
		String token = new Api(port).withBasic(login, TestAccounts.PASSWORD)
			.post("/api/v1/tokens", "{\"name\": \"reader\", \"scope\": \"read\"}")
			.json()
			.get("token")
			.asString();
		Api reader = new Api(port).withToken(token);

		assertThat(reader.get("/api/v1/customers").status()).isEqualTo(200);
		assertThat(reader.post("/api/v1/customers", aCompany("只读令牌公司").json()).status()).isEqualTo(403);
	}

	@Test
	void anUnknownLoginAndAWrongPasswordAnswerAlike() {
		String login = newUser(TestAccounts.FULL_ACCESS);
		Api.Response wrongPassword = new Api(port).withBasic(login, "Wrong-Password-1")
			.post("/api/v1/tokens", "{\"name\": \"x\"}");
		Api.Response unknownLogin = new Api(port).withBasic("nobody-" + login, "Wrong-Password-1")
			.post("/api/v1/tokens", "{\"name\": \"x\"}");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownLogin.status()).isEqualTo(401);
		assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownLogin.json().get("detail"));
	}

	@Test
	void deactivatingAUserEndsTheirSessionsAndTokensAtOnce() {
		String login = newUser(TestAccounts.FULL_ACCESS);
		String token = TestAccounts.token(port, login);
		Api browser = Api.signedIn(port, login, TestAccounts.PASSWORD);
		assertThat(browser.get("/customers").status()).isEqualTo(200);

		Api admin = admin();
		UUID id = users.accounts().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow().id();
		assertThat(admin.post("/api/v1/users/" + id + "/deactivate").status()).isEqualTo(200);

		assertThat(new Api(port).withToken(token).get("/api/v1/customers").status()).isEqualTo(401);
		assertThat(browser.get("/customers").status()).isEqualTo(302);
	}

	@Test
	void aSalesRepSeesOnlyTheirOwnCustomersAndTheirManagerSeesTheDepartments() {
		Department east = departments.create("华东区" + UUID.randomUUID().toString().substring(0, 4), null);
		Department shanghai = departments.create("上海组" + UUID.randomUUID().toString().substring(0, 4), east.id());
		Api repA = tokenFor(newUser(shanghai.id(), "sales-rep"));
		Api repB = tokenFor(newUser(shanghai.id(), "sales-rep"));
		Api manager = tokenFor(newUser(east.id(), "sales-manager"));
		String path = repA.post("/api/v1/customers", aCompany("甲的客户公司").json()).location().orElseThrow();

		assertThat(repA.get(path).status()).isEqualTo(200);
		assertThat(repB.get(path).status()).isEqualTo(404);
		assertThat(repB.get(path + "/versions").status()).isEqualTo(404);
		assertThat(repB.get("/api/v1/customers?q=" + Api.encode("甲的客户")).json().get("items")).isEmpty();
		assertThat(repB.patch(path, "{\"version\": 1, \"city\": \"上海市\"}").status()).isEqualTo(404);
		assertThat(manager.get(path).status()).isEqualTo(200);
		assertThat(manager.get("/api/v1/customers?q=" + Api.encode("甲的客户")).json().get("items")).hasSize(1);
	}

	@Test
	void maskedFieldsAreMaskedHiddenOnesAbsentAndNeitherCanBeSearched() {
		Api full = apiWithFullAccess();
		String path = full.post("/api/v1/customers", aCompany("掩码测试公司").withPhone("138 0013 8000")
			.withEmail("zhang@example.com").with("notes", "机密备注").with("address", "南山区科技园1号").with("district", "南山区").json())
			.location()
			.orElseThrow();
		Api marketer = tokenFor(newUser("marketer"));

		JsonNode seen = marketer.get(path).json();
		assertThat(seen.at("/phones/0/number").asString()).isEqualTo("138****8000");
		assertThat(seen.at("/emails/0/address").asString()).isEqualTo("zhang@example.com");
		assertThat(seen.has("notes")).isFalse();
		assertThat(seen.get("address").asString()).isEqualTo("南山区***");
		assertThat(marketer.get(path + "/versions").body()).doesNotContain("机密备注", "13800138000");

		Api.Response byNotes = marketer.get("/api/v1/customers?filter="
				+ Api.encode("{\"field\":\"notes\",\"op\":\"contains\",\"value\":\"机密\"}"));
		assertThat(byNotes.status()).isEqualTo(403);
		assertThat(byNotes.json().get("fields").get(0).asString()).isEqualTo("notes");
		assertThat(marketer.get("/api/v1/customers?q=00138000").json().get("items")).isEmpty();
		assertThat(marketer.get("/api/v1/customers?sort=notes").status()).isEqualTo(403);
	}

	@Test
	void writingAFieldWithoutEditAccessIsRefusedNamingTheField() {
		String roleKey = "no-phone-edit-" + UUID.randomUUID().toString().substring(0, 4);
		roles.define(new DefineRole(roleKey, "Cannot edit phones", DataScope.ALL,
				Set.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_CREATE, Permission.CUSTOMER_UPDATE),
				Map.of("phones", FieldAccess.READ)));
		Api writer = tokenFor(newUser(roleKey));
		String path = writer.post("/api/v1/customers", aCompany("字段权限公司").json()).location().orElseThrow();

		Api.Response refused = writer.patch(path, "{\"version\": 1, \"phones\": [{\"number\": \"13900139000\"}]}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("fields").get(0).asString()).isEqualTo("phones");
		assertThat(writer.patch(path, "{\"version\": 1, \"city\": \"苏州市\"}").status()).isEqualTo(200);
	}

	@Test
	void revokingAPermissionTakesEffectOnTheNextRequest() {
		String roleKey = "revocable-" + UUID.randomUUID().toString().substring(0, 4);
		Role role = roles.define(new DefineRole(roleKey, "Revocable", DataScope.ALL, Set.of(Permission.CUSTOMER_READ), Map.of()));
		Api reader = tokenFor(newUser(roleKey));
		assertThat(reader.get("/api/v1/customers").status()).isEqualTo(200);

		roles.change(role.id(), new DefineRole(roleKey, "Revocable", DataScope.ALL, Set.of(), Map.of()));

		assertThat(reader.get("/api/v1/customers").status()).isEqualTo(403);
	}

	@Test
	void userAdministrationAndTheAuditTrailNeverGoTogether() {
		Api admin = admin();

		Api.Response role = admin.post("/api/v1/roles", "{\"key\": \"both-" + UUID.randomUUID().toString().substring(0, 4)
				+ "\", \"name\": \"Both\", \"scope\": \"own\", \"permissions\": [\"user:admin\", \"audit:read\"]}");
		assertThat(role.status()).isEqualTo(400);
		assertThat(role.errorFields()).contains("permissions");

		Api.Response user = admin.post("/api/v1/users", "{\"login\": \"both" + UUID.randomUUID().toString().substring(0, 4)
				+ "\", \"name\": \"Both\", \"roles\": [\"system-admin\", \"security-auditor\"], \"password\": \"" + TestAccounts.PASSWORD + "\"}");
		assertThat(user.status()).isEqualTo(400);
		assertThat(user.errorFields()).contains("roles");
	}

	@Test
	void nobodyCanChangeTheirOwnRoles() {
		Api admin = admin();
		String adminId = admin.get("/api/v1/me").json().get("id").asString();

		Api.Response response = admin.patch("/api/v1/users/" + adminId, "{\"roles\": [\"system-admin\", \"sales-manager\"]}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("roles");
	}

	@Test
	void theAdministratorManagesUsersButSeesNoCustomerData() {
		Api admin = admin();

		assertThat(admin.get("/api/v1/customers").status()).isEqualTo(403);
		Api.Response created = admin.post("/api/v1/users", "{\"login\": \"rep" + UUID.randomUUID().toString().substring(0, 4)
				+ "\", \"name\": \"新销售\", \"roles\": [\"sales-rep\"], \"password\": \"" + TestAccounts.PASSWORD + "\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("roles").get(0).asString()).isEqualTo("sales-rep");
		assertThat(created.body()).doesNotContain(TestAccounts.PASSWORD);
		Api.Response weak = admin.post("/api/v1/users", "{\"login\": \"weak" + UUID.randomUUID().toString().substring(0, 4)
				+ "\", \"name\": \"弱\", \"password\": \"password123\"}");
		assertThat(weak.errorFields()).containsExactly("password");
		Api.Response mustChange = admin.post("/api/v1/users", "{\"login\": \"new" + UUID.randomUUID().toString().substring(0, 4)
				+ "\", \"name\": \"临时密码\", \"password\": \"" + TestAccounts.PASSWORD + "\", \"mustChangePassword\": true}");
		assertThat(mustChange.json().get("mustChangePassword").asBoolean()).isTrue();
		assertThat(created.json().get("mustChangePassword").asBoolean()).isFalse();
	}

	@Test
	void aMaskedFieldCanBeRevealedWithThePermissionAndEachRevealIsAudited() {
		String path = apiWithFullAccess().post("/api/v1/customers", aCompany("揭示测试公司").withPhone("138 0013 8000").json())
			.location()
			.orElseThrow();
		String roleKey = "revealer-" + UUID.randomUUID().toString().substring(0, 4);
		roles.define(new DefineRole(roleKey, "Revealer", DataScope.ALL, Set.of(Permission.CUSTOMER_READ,
				Permission.CUSTOMER_REVEAL), Map.of("phones", FieldAccess.MASKED)));
		Api revealer = tokenFor(newUser(roleKey));
		Api marketer = tokenFor(newUser("marketer"));

		assertThat(marketer.post(path + "/reveal", "{\"field\": \"phones\"}").status()).isEqualTo(403);
		assertThat(revealer.get(path).json().at("/phones/0/number").asString()).isEqualTo("138****8000");
		JsonNode revealed = revealer.post(path + "/reveal", "{\"field\": \"phones\"}").json();
		assertThat(revealed.at("/value/0/e164").asString()).isEqualTo("+8613800138000");

		String id = path.substring(path.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'customer.revealed' and entity_id = ? and fields = 'phones'")
			.param(id).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aDepartingRepsCustomersAreHandedOverInOneAuditedOperation() {
		String leaving = newUser("sales-rep");
		String staying = newUser("sales-rep");
		Api leaver = tokenFor(leaving);
		String first = leaver.post("/api/v1/customers", aCompany("交接甲公司").json()).location().orElseThrow();
		leaver.post("/api/v1/customers", aCompany("交接乙公司").json());
		UUID from = users.accounts().stream().filter(u -> u.login().equals(leaving)).findFirst().orElseThrow().id();
		UUID to = users.accounts().stream().filter(u -> u.login().equals(staying)).findFirst().orElseThrow().id();

		Api.Response handover = apiWithFullAccess().post("/api/v1/users/" + from + "/handover", "{\"to\": \"" + to + "\"}");

		assertThat(handover.json().get("customers").asInt()).isEqualTo(2);
		assertThat(tokenFor(staying).get(first).status()).isEqualTo(200);
		assertThat(leaver.get(first).status()).isEqualTo(404);
		assertThat(tokenFor(staying).get(first + "/versions").json().get(0).get("source").asString())
			.isEqualTo("system:handover");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'customer.handover' and entity_id = ?")
			.param(from.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aCustomFieldsAccessIsSetPerRoleWhenItIsDefined() {
		Api full = apiWithFullAccess();
		String key = "margin" + UUID.randomUUID().toString().substring(0, 4);
		Api.Response field = full.post("/api/v1/custom-fields", "{\"entity\": \"customer\", \"key\": \"" + key
				+ "\", \"label\": \"毛利\", \"type\": \"decimal\", \"access\": {\"marketer\": \"hidden\", \"read-only\": \"masked\"}}");
		assertThat(field.status()).isEqualTo(201);
		String path = full.post("/api/v1/customers", aCompany("毛利公司").withCustomField(key, "12.5").json())
			.location()
			.orElseThrow();

		assertThat(tokenFor(newUser("marketer")).get(path).json().at("/customFields").has(key)).isFalse();
		assertThat(full.get(path).json().at("/customFields/" + key).asString()).isEqualTo("12.5");
		assertThat(full.post("/api/v1/custom-fields", "{\"entity\": \"customer\", \"key\": \"x" + key
				+ "\", \"label\": \"X\", \"type\": \"text\", \"access\": {\"marketer\": \"secret\"}}").errorFields())
			.containsExactly("access.marketer");
	}

	@Test
	void signInLeadsToTheFirstPageTheRolesOpen() {
		Api admin = Api.signedIn(port, "admin", "Chief-Secret-2024!");
		Api rep = Api.signedIn(port, newUser("sales-rep"), TestAccounts.PASSWORD);
		Api auditor = Api.signedIn(port, newUser("security-auditor"), TestAccounts.PASSWORD);

		assertThat(admin.get("/").location().orElseThrow()).endsWith("/admin/users");
		assertThat(rep.get("/").location().orElseThrow()).endsWith("/customers");
		assertThat(auditor.get("/").location().orElseThrow()).endsWith("/audit");
	}

	@Test
	void responsesWithPersonalDataAreNotCached() {
		Api full = apiWithFullAccess();
		String path = full.post("/api/v1/customers", aCompany("缓存测试公司").json()).location().orElseThrow();

		assertThat(full.get(path).cacheControl()).contains("no-store");
	}

	private Api admin() {
		return new Api(port).withToken(TestAccounts.token(port, "admin", "Chief-Secret-2024!"));
	}

	private Api tokenFor(String login) {
		return new Api(port).withToken(TestAccounts.token(port, login));
	}

	private String newUser(String... roleKeys) {
		return newUser(null, roleKeys);
	}

	private String newUser(UUID department, String... roleKeys) {
		TestAccounts.ensureFullAccessRole(roles);
		String login = "u" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, department, roleKeys);
		return login;
	}

}

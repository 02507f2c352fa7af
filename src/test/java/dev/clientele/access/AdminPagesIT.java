package dev.clientele.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminPagesIT extends DatabaseIT {

	static final String ADMIN_PASSWORD = "Chief-Secret-2024!";

	@Autowired
	DepartmentManagement departments;

	Api admin;

	@BeforeEach
	void signInAsAdministrator() {
		admin = Api.signedIn(port, "admin", ADMIN_PASSWORD);
	}

	@Test
	void anAdministratorCreatesAUserThroughTheFormAndTheUserCanSignIn() {
		String login = newLogin();

		Api.Response created = admin.postForm("/admin/users", "login", login, "name", "表单用户", "email", "",
				"departmentId", "", "roles", "sales-rep", "password", "Form-Created-2024!", "_mustChangePassword", "on");

		assertThat(created.status()).isEqualTo(302);
		assertThat(admin.get("/admin/users").body()).contains(login, "表单用户", "sales-rep", "The user " + login + " was created.");
		Api user = Api.signedIn(port, login, "Form-Created-2024!");
		assertThat(user.get("/customers").status()).isEqualTo(200);
	}

	@Test
	void aUserCreatedWithTheDefaultMustChooseANewPasswordAtTheFirstSignIn() {
		String login = newLogin();
		admin.postForm("/admin/users", "login", login, "name", "新用户", "roles", "sales-rep", "password",
				"Form-Created-2024!", "mustChangePassword", "true", "_mustChangePassword", "on");

		Api.Response first = Api.signedIn(port, login, "Form-Created-2024!").get("/customers");

		assertThat(first.status()).isEqualTo(302);
		assertThat(first.location().orElseThrow()).endsWith("/account/password");
	}

	@Test
	void aCommonPasswordShowsThePolicyMessageAtThePasswordFieldAndCreatesNobody() {
		String login = newLogin();

		Api.Response page = admin.postForm("/admin/users", "login", login, "name", "弱密码用户", "password", "password");

		assertThat(page.status()).isEqualTo(200);
		assertThat(between(page.body(), "name=\"password\"", "_mustChangePassword")).contains("This is one of the most common passwords");
		assertThat(page.body()).contains("value=\"" + login + "\"");
		assertThat(admin.get("/admin/users").body()).doesNotContain(login);
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRolesAndIsToldSoAtTheRoles() {
		UUID self = users.findByLogin("admin").orElseThrow().id();

		Api.Response page = admin.postForm("/admin/users/" + self, "name", "Administrator", "roles", "sales-rep");

		assertThat(page.status()).isEqualTo(200);
		assertThat(between(page.body(), "id=\"roles\"", "</fieldset>")).contains("Nobody can change their own roles.");
	}

	@Test
	void theRoleFormRefusesUserAdministrationTogetherWithTheAuditTrailAtThePermissions() {
		String key = "sod-" + UUID.randomUUID().toString().substring(0, 8);

		Api.Response page = admin.postForm("/admin/roles", "key", key, "name", "Too powerful", "scope", "all",
				"permissions", "user:admin", "permissions", "audit:read", "fields[phones]", "masked");

		assertThat(page.status()).isEqualTo(200);
		assertThat(between(page.body(), "id=\"permissions\"", "</fieldset>"))
			.contains("User administration and the audit trail cannot be held together.");
		assertThat(roles.roles()).noneMatch(role -> role.key().equals(key));
	}

	@Test
	void aRoleDefinedThroughTheFormKeepsItsPermissionsAndFieldAccess() {
		String key = "form-" + UUID.randomUUID().toString().substring(0, 8);

		Api.Response created = admin.postForm("/admin/roles", "key", key, "name", "表单角色", "scope", "department",
				"permissions", "customer:read", "fields[phones]", "masked", "fields[contact.notes]", "hidden",
				"fields[name]", "");

		assertThat(created.status()).isEqualTo(302);
		Role role = roles.roles().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
		assertThat(role.scope()).isEqualTo(DataScope.DEPARTMENT);
		assertThat(role.permissions()).containsExactly(Permission.CUSTOMER_READ);
		assertThat(role.fields()).containsOnlyKeys("phones", "contact.notes");
		assertThat(admin.get("/admin/roles").body()).contains("表单角色", key);
	}

	@Test
	void aDepartmentWithASubDepartmentCannotBeDeletedAndThePageSaysWhy() {
		String name = "部门" + UUID.randomUUID().toString().substring(0, 6);
		admin.postForm("/admin/departments", "name", name, "parentId", "");
		UUID parent = departmentId(name);
		admin.postForm("/admin/departments", "name", name + "下级", "parentId", parent.toString());

		Api.Response page = admin.postForm("/admin/departments/" + parent + "/delete");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("The department still has users or sub-departments.", name + "下级");
	}

	@Test
	void aSalesRepGetsTheForbiddenPageForUserAdministrationAndSeesNoAdministrationLinks() {
		String login = newLogin();
		TestAccounts.user(users, login, null, "sales-rep");
		Api rep = Api.signedIn(port, login, TestAccounts.PASSWORD);

		Api.Response forbidden = rep.get("/admin/users");
		String customers = rep.get("/customers").body();

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Not allowed", "href=\"/customers\"").doesNotContain("href=\"/admin/users\"");
		assertThat(customers).contains("href=\"/customers\"")
			.doesNotContain("href=\"/admin/users\"", "href=\"/admin/roles\"", "href=\"/audit\"", ">Users<");
	}

	@Test
	void theAdministratorSeesTheAdministrationLinksButNotTheCustomers() {
		String page = admin.get("/admin/users").body();

		assertThat(page).contains("href=\"/admin/users\"", "href=\"/admin/roles\"", "href=\"/admin/departments\"",
				"href=\"/custom-fields\"").doesNotContain(">Customers</a>", "href=\"/recycle-bin\"", "href=\"/audit\"");
	}

	@Test
	void everyAdministrationPageRendersInBothLanguagesWithoutAMissingLabel() {
		UUID self = users.findByLogin("admin").orElseThrow().id();
		UUID role = roles.roles().stream().filter(r -> r.key().equals("marketer")).findFirst().orElseThrow().id();
		admin.postForm("/admin/departments", "name", "标签检查部", "parentId", "");
		UUID department = departmentId("标签检查部");
		for (String language : new String[] { "en", "zh-CN" }) {
			Api browser = admin.inLanguage(language);
			for (String path : new String[] { "/admin/users", "/admin/users/new", "/admin/users/" + self, "/admin/roles",
					"/admin/roles/new", "/admin/roles/" + role, "/admin/departments", "/admin/departments/" + department }) {
				Api.Response page = browser.get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(page.body()).as(path + " in " + language).doesNotContain("??");
			}
		}
		assertThat(admin.inLanguage("zh-CN").get("/admin/roles/" + role).body()).contains("脱敏", "联系人：备注");
	}

	private UUID departmentId(String name) {
		return departments.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** The markup between two markers: where a field's messages are shown. */
	private static String between(String html, String from, String to) {
		int at = html.indexOf(from);
		assertThat(at).as("the page contains " + from).isNotNegative();
		int end = html.indexOf(to, at);
		assertThat(end).as("the page contains " + to + " after " + from).isGreaterThan(at);
		return html.substring(at, end);
	}

	private static String newLogin() {
		return "u" + UUID.randomUUID().toString().substring(0, 8);
	}

}

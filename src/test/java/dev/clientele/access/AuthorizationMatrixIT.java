package dev.clientele.access;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application exposes, taken from its handler mappings (so that a new one
 * cannot escape), called by an anonymous client and by a user of each built-in role: each
 * answers 401, 403 or 404 as designed, and no response shows a customer outside the caller's
 * scope or a field hidden from the caller.
 */
class AuthorizationMatrixIT extends DatabaseIT {

	static final String PUBLIC = "public";

	static final String SIGNED_IN = "signed-in";

	/** What each endpoint needs: a permission, any signed-in user, or nothing. */
	static final Map<String, String> REQUIRED = Map.ofEntries(entry("GET /", SIGNED_IN), entry("GET /login", PUBLIC),
			entry("GET /account/password", SIGNED_IN), entry("POST /account/password", SIGNED_IN),
			entry("GET /account/mfa", SIGNED_IN), entry("POST /account/mfa", SIGNED_IN),
			entry("GET /customers", Permission.CUSTOMER_READ), entry("GET /recycle-bin", Permission.CUSTOMER_READ),
			entry("GET /customers/{id}", Permission.CUSTOMER_READ),
			entry("POST /customers/{id}/delete", Permission.CUSTOMER_DELETE),
			entry("POST /customers/{id}/restore", Permission.CUSTOMER_DELETE),
			entry("GET /customers/{id}/history", Permission.CUSTOMER_READ),
			entry("GET /contacts/{id}/history", Permission.CONTACT_READ),
			entry("GET /customers/{id}/history/compare", Permission.CUSTOMER_READ),
			entry("GET /customers/{id}/history/as-of", Permission.CUSTOMER_READ),
			entry("POST /customers/{id}/versions/{version}/restore", Permission.CUSTOMER_UPDATE),
			entry("GET /customers/new", Permission.CUSTOMER_CREATE), entry("POST /customers", Permission.CUSTOMER_CREATE),
			entry("GET /customers/{id}/edit", Permission.CUSTOMER_UPDATE),
			entry("POST /customers/{id}", Permission.CUSTOMER_UPDATE),
			entry("GET /customers/{customerId}/contacts/new", Permission.CONTACT_CREATE),
			entry("POST /customers/{customerId}/contacts", Permission.CONTACT_CREATE),
			entry("GET /contacts/{id}/edit", Permission.CONTACT_UPDATE),
			entry("POST /contacts/{id}", Permission.CONTACT_UPDATE),
			entry("POST /contacts/{id}/delete", Permission.CONTACT_DELETE),
			entry("GET /custom-fields", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /custom-fields", Permission.CUSTOM_FIELD_ADMIN),
			entry("GET /custom-fields/{id}/edit", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /custom-fields/{id}", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /custom-fields/{id}/remove", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /custom-fields/{id}/unarchive", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /api/v1/customers", Permission.CUSTOMER_CREATE),
			entry("GET /api/v1/customers", Permission.CUSTOMER_READ),
			entry("GET /api/v1/customers/{id}", Permission.CUSTOMER_READ),
			entry("PATCH /api/v1/customers/{id}", Permission.CUSTOMER_UPDATE),
			entry("DELETE /api/v1/customers/{id}", Permission.CUSTOMER_DELETE),
			entry("POST /api/v1/customers/{id}/restore", Permission.CUSTOMER_DELETE),
			entry("GET /api/v1/customers/{id}/versions", Permission.CUSTOMER_READ),
			entry("GET /api/v1/customers/{id}/versions/{version}", Permission.CUSTOMER_READ),
			entry("GET /api/v1/customers/{id}/versions/compare", Permission.CUSTOMER_READ),
			entry("POST /api/v1/customers/{id}/versions/{version}/restore", Permission.CUSTOMER_UPDATE),
			entry("GET /api/v1/customers/filter-fields", SIGNED_IN),
			entry("GET /api/v1/customers/export", Permission.CUSTOMER_EXPORT),
			entry("POST /api/v1/customers/{id}/reveal", Permission.CUSTOMER_REVEAL),
			entry("POST /api/v1/customers/{customerId}/contacts", Permission.CONTACT_CREATE),
			entry("GET /api/v1/customers/{customerId}/contacts", Permission.CONTACT_READ),
			entry("GET /api/v1/contacts/{id}", Permission.CONTACT_READ),
			entry("PATCH /api/v1/contacts/{id}", Permission.CONTACT_UPDATE),
			entry("DELETE /api/v1/contacts/{id}", Permission.CONTACT_DELETE),
			entry("POST /api/v1/contacts/{id}/restore", Permission.CONTACT_DELETE),
			entry("GET /api/v1/contacts/{id}/versions", Permission.CONTACT_READ),
			entry("GET /api/v1/custom-fields", SIGNED_IN), entry("GET /api/v1/custom-fields/{id}", SIGNED_IN),
			entry("POST /api/v1/custom-fields", Permission.CUSTOM_FIELD_ADMIN),
			entry("PATCH /api/v1/custom-fields/{id}", Permission.CUSTOM_FIELD_ADMIN),
			entry("DELETE /api/v1/custom-fields/{id}", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /api/v1/custom-fields/{id}/unarchive", Permission.CUSTOM_FIELD_ADMIN),
			entry("POST /api/v1/tokens", PUBLIC), entry("GET /api/v1/tokens", SIGNED_IN),
			entry("DELETE /api/v1/tokens/{id}", SIGNED_IN), entry("GET /api/v1/me", SIGNED_IN),
			entry("POST /api/v1/me/password", SIGNED_IN), entry("GET /api/v1/users", Permission.USER_ADMIN),
			entry("GET /api/v1/users/{id}", Permission.USER_ADMIN), entry("POST /api/v1/users", Permission.USER_ADMIN),
			entry("PATCH /api/v1/users/{id}", Permission.USER_ADMIN),
			entry("PUT /api/v1/users/{id}/password", Permission.USER_ADMIN),
			entry("POST /api/v1/users/{id}/deactivate", Permission.USER_ADMIN),
			entry("POST /api/v1/users/{id}/activate", Permission.USER_ADMIN),
			entry("POST /api/v1/users/{id}/handover", Permission.CUSTOMER_TRANSFER),
			entry("GET /api/v1/roles", Permission.USER_ADMIN), entry("GET /api/v1/roles/{id}", Permission.USER_ADMIN),
			entry("POST /api/v1/roles", Permission.USER_ADMIN), entry("PUT /api/v1/roles/{id}", Permission.USER_ADMIN),
			entry("DELETE /api/v1/roles/{id}", Permission.USER_ADMIN), entry("GET /api/v1/departments", SIGNED_IN),
			entry("POST /api/v1/departments", Permission.USER_ADMIN),
			entry("PATCH /api/v1/departments/{id}", Permission.USER_ADMIN),
			entry("DELETE /api/v1/departments/{id}", Permission.USER_ADMIN),
			entry("GET /api/v1/changes", Permission.CUSTOMER_READ),
			entry("GET /api/v1/changes/stream", Permission.CUSTOMER_READ),
			entry("GET /api/v1/audit", Permission.AUDIT_READ), entry("GET /api/v1/audit/verify", Permission.AUDIT_READ),
			entry("GET /admin/users", Permission.USER_ADMIN), entry("GET /admin/users/new", Permission.USER_ADMIN),
			entry("POST /admin/users", Permission.USER_ADMIN), entry("GET /admin/users/{id}", Permission.USER_ADMIN),
			entry("POST /admin/users/{id}", Permission.USER_ADMIN),
			entry("POST /admin/users/{id}/password", Permission.USER_ADMIN),
			entry("POST /admin/users/{id}/deactivate", Permission.USER_ADMIN),
			entry("POST /admin/users/{id}/activate", Permission.USER_ADMIN),
			entry("GET /admin/roles", Permission.USER_ADMIN), entry("GET /admin/roles/new", Permission.USER_ADMIN),
			entry("POST /admin/roles", Permission.USER_ADMIN), entry("GET /admin/roles/{id}", Permission.USER_ADMIN),
			entry("POST /admin/roles/{id}", Permission.USER_ADMIN),
			entry("POST /admin/roles/{id}/delete", Permission.USER_ADMIN),
			entry("GET /admin/departments", Permission.USER_ADMIN), entry("POST /admin/departments", Permission.USER_ADMIN),
			entry("GET /admin/departments/{id}", Permission.USER_ADMIN),
			entry("POST /admin/departments/{id}", Permission.USER_ADMIN),
			entry("POST /admin/departments/{id}/delete", Permission.USER_ADMIN),
			entry("GET /audit", Permission.AUDIT_READ), entry("GET /audit/verify", Permission.AUDIT_READ),
			entry("GET /api/v1/customers/{id}/personal-data", Permission.CUSTOMER_PERSONAL_DATA),
			entry("POST /api/v1/customers/{id}/erasure", Permission.CUSTOMER_ERASE),
			entry("GET /api/v1/erasure-blocks", Permission.CUSTOMER_ERASE),
			entry("DELETE /api/v1/erasure-blocks/{id}", Permission.CUSTOMER_ERASE),
			entry("POST /api/v1/erasure-blocks/lift", Permission.CUSTOMER_ERASE),
			entry("GET /customers/{id}/erasure", Permission.CUSTOMER_ERASE),
			entry("POST /customers/{id}/erasure", Permission.CUSTOMER_ERASE),
			entry("GET /api/v1/webhooks", Permission.WEBHOOK_ADMIN), entry("POST /api/v1/webhooks", Permission.WEBHOOK_ADMIN),
			entry("GET /api/v1/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("PATCH /api/v1/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("PUT /api/v1/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("DELETE /api/v1/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("GET /api/v1/webhooks/{id}/deliveries", Permission.WEBHOOK_ADMIN),
			entry("GET /api/v1/webhooks/{id}/deliveries/{deliveryId}", Permission.WEBHOOK_ADMIN),
			entry("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", Permission.WEBHOOK_ADMIN),
			entry("GET /admin/webhooks", Permission.WEBHOOK_ADMIN), entry("GET /admin/webhooks/new", Permission.WEBHOOK_ADMIN),
			entry("POST /admin/webhooks", Permission.WEBHOOK_ADMIN), entry("GET /admin/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("POST /admin/webhooks/{id}", Permission.WEBHOOK_ADMIN),
			entry("POST /admin/webhooks/{id}/delete", Permission.WEBHOOK_ADMIN),
			entry("GET /admin/webhooks/{id}/deliveries", Permission.WEBHOOK_ADMIN),
			entry("POST /admin/webhooks/{id}/deliveries/{deliveryId}/redeliver", Permission.WEBHOOK_ADMIN),
			entry("POST /api/v1/imports", Permission.CUSTOMER_IMPORT), entry("GET /api/v1/imports", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/imports/{id}", Permission.CUSTOMER_IMPORT),
			entry("PATCH /api/v1/imports/{id}", Permission.CUSTOMER_IMPORT),
			entry("POST /api/v1/imports/{id}/start", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/imports/{id}/preview", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/imports/{id}/errors", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/imports/{id}/raw", Permission.CUSTOMER_IMPORT),
			entry("POST /api/v1/imports/{id}/revert", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/import-mappings", Permission.CUSTOMER_IMPORT),
			entry("POST /api/v1/import-mappings", Permission.CUSTOMER_IMPORT),
			entry("GET /imports", Permission.CUSTOMER_IMPORT), entry("POST /imports", Permission.CUSTOMER_IMPORT),
			entry("GET /imports/{id}", Permission.CUSTOMER_IMPORT), entry("POST /imports/{id}", Permission.CUSTOMER_IMPORT),
			entry("GET /imports/{id}/progress", Permission.CUSTOMER_IMPORT),
			entry("POST /imports/{id}/start", Permission.CUSTOMER_IMPORT),
			entry("POST /imports/{id}/templates", Permission.CUSTOMER_IMPORT),
			entry("POST /imports/{id}/templates/apply", Permission.CUSTOMER_IMPORT),
			entry("POST /imports/{id}/revert", Permission.CUSTOMER_IMPORT),
			entry("GET /api/v1/customers/{id}/timeline", Permission.TIMELINE_READ),
			entry("POST /api/v1/customers/{id}/timeline", Permission.TIMELINE_WRITE),
			entry("GET /api/v1/customers/{id}/figures", Permission.TIMELINE_READ),
			entry("GET /api/v1/timeline/{entryId}", Permission.TIMELINE_READ),
			entry("POST /api/v1/timeline/{entryId}/void", Permission.TIMELINE_WRITE),
			entry("POST /api/v1/timeline/batch", Permission.TIMELINE_WRITE),
			entry("GET /api/v1/timeline/kinds", Permission.TIMELINE_READ),
			entry("POST /api/v1/timeline/kinds", Permission.TIMELINE_ADMIN),
			entry("POST /api/v1/timeline/rfm-scores", Permission.TIMELINE_ADMIN),
			entry("GET /customers/{id}/timeline", Permission.TIMELINE_READ),
			entry("GET /customers/{id}/timeline/entries", Permission.TIMELINE_READ),
			entry("POST /customers/{id}/timeline", Permission.TIMELINE_WRITE),
			entry("GET /timeline/{entryId}/correct", Permission.TIMELINE_WRITE),
			entry("POST /timeline/{entryId}/correct", Permission.TIMELINE_WRITE),
			entry("GET /timeline/{entryId}/void", Permission.TIMELINE_WRITE),
			entry("POST /timeline/{entryId}/void", Permission.TIMELINE_WRITE),
			entry("GET /follow-ups", Permission.TIMELINE_READ), entry("GET /follow-ups/reminder", Permission.TIMELINE_READ),
			entry("GET /api/v1/follow-ups", Permission.TIMELINE_READ),
			entry("GET /api/v1/follow-ups/overdue-by-rep", Permission.TIMELINE_READ),
			entry("GET /api/v1/campaigns", Permission.CAMPAIGN_READ),
			entry("POST /api/v1/campaigns", Permission.CAMPAIGN_WRITE),
			entry("GET /api/v1/campaigns/{id}", Permission.CAMPAIGN_READ),
			entry("PUT /api/v1/campaigns/{id}", Permission.CAMPAIGN_WRITE),
			entry("GET /api/v1/campaigns/{id}/preview", Permission.CAMPAIGN_READ),
			entry("GET /api/v1/campaigns/{id}/results", Permission.CAMPAIGN_READ),
			entry("GET /api/v1/campaigns/{id}/results.csv", Permission.CAMPAIGN_READ),
			entry("GET /api/v1/campaign-comparisons", Permission.CAMPAIGN_READ),
			entry("GET /campaigns/{id}/results", Permission.CAMPAIGN_READ),
			entry("GET /campaigns/{id}/preview", Permission.CAMPAIGN_READ),
			entry("GET /campaign-comparisons", Permission.CAMPAIGN_READ),
			entry("POST /api/v1/campaigns/{id}/start", Permission.CAMPAIGN_WRITE),
			entry("GET /t/o/{token}", PUBLIC), entry("GET /t/c/{token}", PUBLIC), entry("GET /r/{token}", PUBLIC),
			entry("POST /r/{token}", PUBLIC),
			entry("POST /api/v1/campaigns/{id}/pause", Permission.CAMPAIGN_WRITE),
			entry("POST /api/v1/campaigns/{id}/resume", Permission.CAMPAIGN_WRITE),
			entry("POST /api/v1/campaigns/{id}/finish", Permission.CAMPAIGN_WRITE),
			entry("GET /api/v1/campaigns/{id}/members", Permission.CAMPAIGN_READ),
			entry("GET /api/v1/campaigns/{id}/members/{customerId}", Permission.CAMPAIGN_READ),
			entry("POST /api/v1/campaigns/{id}/members/{customerId}/outcomes", Permission.CAMPAIGN_WRITE),
			entry("POST /api/v1/campaigns/{id}/outcomes", Permission.CAMPAIGN_WRITE),
			entry("GET /api/v1/customers/{id}/promotions", Permission.CAMPAIGN_READ),
			entry("GET /campaigns", Permission.CAMPAIGN_READ), entry("GET /campaigns/new", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns", Permission.CAMPAIGN_WRITE), entry("GET /campaigns/{id}", Permission.CAMPAIGN_READ),
			entry("GET /campaigns/{id}/edit", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}", Permission.CAMPAIGN_WRITE),
			entry("GET /campaigns/{id}/members", Permission.CAMPAIGN_READ),
			entry("POST /campaigns/{id}/start", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}/pause", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}/resume", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}/finish", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}/outcomes", Permission.CAMPAIGN_WRITE),
			entry("POST /campaigns/{id}/outcomes/file", Permission.CAMPAIGN_WRITE),
			entry("GET /customers/{id}/promotions", Permission.CAMPAIGN_READ),
			entry("GET /api/v1/customers/{id}/consents", Permission.CUSTOMER_READ),
			entry("PUT /api/v1/customers/{id}/consents/{channel}", Permission.CONSENT_WRITE),
			entry("POST /api/v1/customers/{id}/consents/email/opt-in", Permission.CONSENT_WRITE),
			entry("GET /customers/{id}/consents", Permission.CUSTOMER_READ),
			entry("POST /customers/{id}/consents", Permission.CONSENT_WRITE),
			entry("POST /customers/{id}/consents/opt-in", Permission.CONSENT_WRITE),
			entry("GET /unsubscribe/{token}", PUBLIC), entry("POST /unsubscribe/{token}", PUBLIC),
			entry("GET /consents/confirm/{token}", PUBLIC), entry("POST /consents/confirm/{token}", PUBLIC),
			entry("GET /api/v1/vocabularies/{field}", Permission.CUSTOMER_READ),
			entry("GET /api/v1/vocabularies/{field}/entries/{code}", Permission.CUSTOMER_READ),
			entry("POST /api/v1/vocabularies/{field}/entries", Permission.VOCABULARY_ADMIN),
			entry("PATCH /api/v1/vocabularies/{field}/entries/{code}", Permission.VOCABULARY_ADMIN),
			entry("GET /admin/vocabularies", Permission.VOCABULARY_ADMIN),
			entry("GET /admin/vocabularies/{field}", Permission.VOCABULARY_ADMIN),
			entry("POST /admin/vocabularies/{field}/entries", Permission.VOCABULARY_ADMIN),
			entry("GET /admin/vocabularies/{field}/entries/{code}", Permission.VOCABULARY_ADMIN),
			entry("POST /admin/vocabularies/{field}/entries/{code}", Permission.VOCABULARY_ADMIN),
			entry("POST /admin/vocabularies/{field}/entries/{code}/move", Permission.VOCABULARY_ADMIN),
			entry("POST /admin/vocabularies/{field}/entries/{code}/retire", Permission.VOCABULARY_ADMIN),
			entry("POST /admin/vocabularies/{field}/entries/{code}/reactivate", Permission.VOCABULARY_ADMIN),
			entry("GET /api/v1/segments", Permission.SEGMENT_READ), entry("POST /api/v1/segments", Permission.SEGMENT_WRITE),
			entry("GET /api/v1/segments/{id}", Permission.SEGMENT_READ),
			entry("PUT /api/v1/segments/{id}", Permission.SEGMENT_WRITE),
			entry("DELETE /api/v1/segments/{id}", Permission.SEGMENT_WRITE),
			entry("GET /api/v1/segments/{id}/count", Permission.SEGMENT_READ),
			entry("GET /api/v1/segments/{id}/members", Permission.SEGMENT_READ),
			entry("GET /api/v1/segments/{id}/export", Permission.SEGMENT_READ),
			entry("POST /api/v1/segments/{id}/snapshots", Permission.SEGMENT_WRITE),
			entry("GET /segments", Permission.SEGMENT_READ), entry("GET /segments/count", Permission.SEGMENT_READ),
			entry("GET /segments/new", Permission.SEGMENT_WRITE), entry("POST /segments", Permission.SEGMENT_WRITE),
			entry("GET /segments/{id}", Permission.SEGMENT_READ), entry("GET /segments/{id}/edit", Permission.SEGMENT_WRITE),
			entry("POST /segments/{id}", Permission.SEGMENT_WRITE),
			entry("POST /segments/{id}/delete", Permission.SEGMENT_WRITE),
			entry("POST /segments/{id}/snapshots", Permission.SEGMENT_WRITE),
			entry("GET /api/v1/views", Permission.CUSTOMER_READ), entry("POST /api/v1/views", Permission.CUSTOMER_READ),
			entry("GET /api/v1/views/{id}", Permission.CUSTOMER_READ), entry("PUT /api/v1/views/{id}", Permission.CUSTOMER_READ),
			entry("DELETE /api/v1/views/{id}", Permission.CUSTOMER_READ),
			entry("GET /views/menu", Permission.CUSTOMER_READ), entry("POST /views", Permission.CUSTOMER_READ),
			entry("POST /views/{id}/delete", Permission.CUSTOMER_READ));

	static final List<String> ROLES = List.of("system-admin", "security-auditor", "sales-manager", "sales-rep", "marketer",
			"read-only");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointIsInTheMatrix() {
		assertThat(endpoints()).allSatisfy(endpoint -> assertThat(REQUIRED).as("add it to the matrix").containsKey(endpoint));
	}

	@Test
	void anonymousCallersAreTurnedAway() {
		SoftAssertions soft = new SoftAssertions();
		for (String endpoint : endpoints()) {
			if (REQUIRED.get(endpoint).equals(PUBLIC)) {
				continue;
			}
			Api.Response response = call(new Api(port), endpoint, Fixture.placeholder());
			boolean api = endpoint.contains(" /api/");
			soft.assertThat(response.status()).as(endpoint).isEqualTo(api ? 401 : 302);
		}
		soft.assertAll();
	}

	@Test
	void eachRoleGetsWhatItsPermissionsAndScopeAllow() {
		SoftAssertions soft = new SoftAssertions();
		for (String role : ROLES) {
			Fixture fixture = Fixture.create(this, role);
			Access access = accessOf(role);
			for (String endpoint : endpoints()) {
				String required = REQUIRED.get(endpoint);
				if (required.equals(PUBLIC)) {
					continue;
				}
				Api.Response response = call(fixture.api, endpoint, fixture);
				String label = role + " " + endpoint;
				if (!required.equals(SIGNED_IN) && !access.can(required)) {
					soft.assertThat(response.status()).as(label).isEqualTo(403);
				}
				else {
					soft.assertThat(response.status()).as(label).isNotIn(401, 403, 500);
					if (endpoint.contains("{id}") && endpoint.contains("customers") && !access.seesAllCustomers()
							&& !endpoint.startsWith("POST /customers/{id}/restore")) {
						soft.assertThat(response.status()).as(label + " (out of scope)").isIn(404, 400, 302);
					}
				}
				if (!access.seesAllCustomers()) {
					soft.assertThat(response.body()).as(label + " leaks an out-of-scope customer").doesNotContain(Fixture.SECRET_NAME);
				}
				soft.assertThat(response.body()).as(label + " leaks a hidden field")
					.satisfies(body -> {
						if (access.field("notes") == FieldAccess.HIDDEN) {
							assertThat(body).doesNotContain(Fixture.SECRET_NOTES);
						}
					});
			}
		}
		soft.assertAll();
	}

	private Access accessOf(String role) {
		return users.accounts()
			.stream()
			.filter(u -> u.roles().equals(List.of(role)) && u.login().startsWith("m"))
			.findFirst()
			.map(u -> accessManagement.of(u.id()))
			.orElseThrow();
	}

	@Autowired
	AccessManagement accessManagement;

	/** The calls, in an order that keeps the fixture alive: reads first, deletions last. */
	List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry : mappings.getHandlerMethods()
			.entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("dev.clientele")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method + " " + pattern);
				}
			}
		}
		List<String> order = List.of("GET", "PUT", "PATCH", "POST", "DELETE");
		endpoints.sort(Comparator.comparing((String e) -> order.indexOf(e.substring(0, e.indexOf(' '))))
			.thenComparing(e -> e.contains("delete") || e.contains("deactivate") ? 1 : 0)
			.thenComparing(Comparator.naturalOrder()));
		return endpoints.stream().distinct().toList();
	}

	private static Api.Response call(Api api, String endpoint, Fixture fixture) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1)
			.replace("/customers/{id}", "/customers/" + fixture.customerId)
			.replace("/customers/{customerId}", "/customers/" + fixture.customerId)
			.replace("/contacts/{id}", "/contacts/" + fixture.contactId)
			.replace("{version}", "1")
			.replace("/users/{id}", "/users/" + fixture.userId)
			.replace("{id}", UUID.randomUUID().toString())
			.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
		return switch (method) {
			case "GET" -> path.endsWith("/stream") ? api.stream(path).briefly(java.time.Duration.ofMillis(300)) : api.get(path);
			case "DELETE" -> api.delete(path);
			case "PATCH" -> api.patch(path, "{\"version\": 1}");
			case "PUT" -> api.put(path, "{}");
			default -> path.equals("/api/v1/imports")
					? api.upload(path, "matrix.csv", "名称\nA\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "start", "false")
					: path.startsWith("/api/") ? api.post(path, "{}") : api.postForm(path);
		};
	}

	/** Per role: a signed-in client, and a customer with a contact owned by someone outside every narrow scope. */
	record Fixture(Api api, String customerId, String contactId, String userId) {

		static final String SECRET_NAME = "范围外的秘密公司";

		static final String SECRET_NOTES = "隐藏备注内容";

		static Fixture placeholder() {
			return new Fixture(null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
		}

		static Fixture create(AuthorizationMatrixIT test, String role) {
			TestAccounts.ensureFullAccessRole(test.roles);
			String stranger = "s" + UUID.randomUUID().toString().substring(0, 8);
			TestAccounts.user(test.users, stranger, null, TestAccounts.FULL_ACCESS);
			Api owner = new Api(test.port).withToken(TestAccounts.token(test.port, stranger));
			String customerId = owner.post("/api/v1/customers", aCompany(SECRET_NAME).with("notes", SECRET_NOTES).json())
				.json()
				.get("id")
				.asString();
			String contactId = owner.post("/api/v1/customers/" + customerId + "/contacts", "{\"name\": \"范围外联系人\"}")
				.json()
				.get("id")
				.asString();
			String login = "m" + UUID.randomUUID().toString().substring(0, 8);
			TestAccounts.user(test.users, login, null, role);
			String victim = "v" + UUID.randomUUID().toString().substring(0, 8);
			String victimId = TestAccounts.user(test.users, victim, null, "read-only").id().toString();
			return new Fixture(new Api(test.port).withToken(TestAccounts.token(test.port, login)), customerId, contactId,
					victimId);
		}

	}

}

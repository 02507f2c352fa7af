package dev.clientele.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.access.CreateUser;
import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.RoleManagement;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;

/**
 * Creates users with given roles through the façades (as the system, outside any request) and
 * signs them in, so that tests act as real users do.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Correct-Horse-42!";

	/** A role with every customer (erasure included), contact and custom field permission over all customers. */
	public static final String FULL_ACCESS = "test-full-access";

	private TestAccounts() {
	}

	/** Makes sure the full-access test role exists. */
	public static void ensureFullAccessRole(RoleManagement roles) {
		if (roles.roles().stream().noneMatch(role -> role.key().equals(FULL_ACCESS))) {
			roles.define(new DefineRole(FULL_ACCESS, "Test: full customer access", DataScope.ALL,
					Set.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_CREATE, Permission.CUSTOMER_UPDATE,
							Permission.CUSTOMER_DELETE, Permission.CUSTOMER_IMPORT, Permission.CUSTOMER_EXPORT,
							Permission.CUSTOMER_TRANSFER, Permission.CUSTOMER_REVEAL, Permission.CUSTOMER_PERSONAL_DATA,
							Permission.CUSTOMER_ERASE, Permission.CONTACT_READ,
							Permission.CONTACT_CREATE, Permission.CONTACT_UPDATE, Permission.CONTACT_DELETE,
							Permission.TIMELINE_READ, Permission.TIMELINE_WRITE, Permission.TIMELINE_ADMIN, Permission.CONSENT_WRITE,
							Permission.SEGMENT_READ, Permission.SEGMENT_WRITE, Permission.CAMPAIGN_READ, Permission.CAMPAIGN_WRITE,
							Permission.CUSTOM_FIELD_ADMIN),
					Map.<String, FieldAccess>of()));
		}
	}

	/** A new user with these roles and {@link #PASSWORD}. */
	public static User user(UserManagement users, String login, java.util.UUID department, String... roles) {
		return users.create(new CreateUser(login, login, null, department, List.of(roles), PASSWORD));
	}

	/** A personal API token for a user, obtained as clients do. */
	public static String token(int port, String login) {
		return token(port, login, PASSWORD);
	}

	/** A personal API token for a user with another password. */
	public static String token(int port, String login, String password) {
		Api.Response response = new Api(port).withBasic(login, password)
			.post("/api/v1/tokens", "{\"name\": \"test\", \"scope\": \"read-write\"}");
		if (response.status() != 201) {
			throw new IllegalStateException("No token for " + login + ": " + response.status() + " " + response.body());
		}
		return response.json().get("token").asString();
	}

}

package dev.clientele.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.ChangeUser;
import dev.clientele.access.CreateUser;
import dev.clientele.access.UserAccount;
import dev.clientele.shared.Ids;

/** The form that creates a user, and the one that changes name, email, department and roles. */
class UserForm {

	static final String[] BINDABLE = { "login", "name", "email", "departmentId", "roles", "password",
			"mustChangePassword" };

	static final String[] CHANGEABLE = { "name", "email", "departmentId", "roles" };

	private String login;

	private String name;

	private String email;

	private String departmentId;

	private List<String> roles = new ArrayList<>();

	private String password;

	private boolean mustChangePassword = true;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.name = account.name();
		form.email = account.email();
		form.departmentId = account.departmentId() == null ? "" : account.departmentId().toString();
		form.roles = new ArrayList<>(account.roles());
		return form;
	}

	CreateUser toCreate() {
		return new CreateUser(login, name, email, department(), roles, password, mustChangePassword);
	}

	ChangeUser toChange() {
		return new ChangeUser(name, email, department(), roles);
	}

	/** An id that does not parse is no department; an unknown one the façade reports. */
	private UUID department() {
		return departmentId == null ? null : Ids.parse(departmentId).orElse(null);
	}

	public boolean holds(String role) {
		return roles.contains(role);
	}

	public String getLogin() { return login; }
	public void setLogin(String login) { this.login = login; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getDepartmentId() { return departmentId; }
	public void setDepartmentId(String departmentId) { this.departmentId = departmentId; }
	public List<String> getRoles() { return roles; }
	public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public boolean isMustChangePassword() { return mustChangePassword; }
	public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }

}

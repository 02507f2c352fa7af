package dev.clientele.access.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.DataScope;
import dev.clientele.access.Department;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

@Service
@Transactional(readOnly = true)
class AccessService implements AccessManagement {

	private static final String REQUEST_CACHE = AccessService.class.getName() + ".access";

	private final AccountRepository accounts;

	private final RoleRepository roles;

	private final DepartmentRepository departments;

	private final AccountStates states;

	AccessService(AccountRepository accounts, RoleRepository roles, DepartmentRepository departments,
			AccountStates states) {
		this.accounts = accounts;
		this.roles = roles;
		this.departments = departments;
		this.states = states;
	}

	@Override
	public Access current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		ClientelePrincipal principal = principal();
		if (request == null) {
			return principal == null ? Access.system() : of(principal.userId());
		}
		if (principal == null) {
			return nobody();
		}
		Object cached = request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof Access access && access.userId().equals(principal.userId())) {
			return access;
		}
		Access access = of(principal.userId());
		request.setAttribute(REQUEST_CACHE, access, RequestAttributes.SCOPE_REQUEST);
		return access;
	}

	@Override
	// the work runs its own transactions, never inside this class's read-only one
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public <T> T runAs(UUID userId, java.util.function.Supplier<T> work) {
		String login = states.account(userId).map(Account::login).orElse(userId.toString());
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(new ClientelePrincipal(userId, login, java.time.Instant.now(), null), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Override
	public Access of(UUID userId) {
		return states.access(userId, this::compute);
	}

	private Access compute(UUID userId) {
		Account account = states.account(userId).filter(Account::active).orElse(null);
		if (account == null) {
			return nobody();
		}
		List<Role> held = roles.findByIds(accounts.roleIds(userId));
		return combine(userId, account.departmentId(), held);
	}

	@Override
	public Access ofRole(UUID roleId) {
		return roles.findById(roleId).map(role -> combine(null, null, List.of(role))).orElseGet(AccessService::nobody);
	}

	@Override
	public List<Role> roles() {
		return roles.findAll();
	}

	private Access combine(UUID userId, UUID departmentId, List<Role> held) {
		if (held.isEmpty()) {
			return new Access(userId == null ? UUID.randomUUID() : userId, Set.of(), DataScope.OWN,
					userId == null ? Set.of() : Set.of(userId), Map.of(), FieldAccess.HIDDEN);
		}
		Set<String> permissions = new HashSet<>();
		DataScope scope = DataScope.OWN;
		FieldAccess defaultAccess = FieldAccess.HIDDEN;
		Set<String> named = new HashSet<>();
		for (Role role : held) {
			permissions.addAll(role.permissions());
			scope = role.scope().compareTo(scope) > 0 ? role.scope() : scope;
			defaultAccess = defaultAccess.or(role.defaultFieldAccess());
			named.addAll(role.fields().keySet());
		}
		Map<String, FieldAccess> fields = new HashMap<>();
		for (String field : named) {
			FieldAccess best = FieldAccess.HIDDEN;
			for (Role role : held) {
				best = best.or(role.fields().getOrDefault(field, role.defaultFieldAccess()));
			}
			fields.put(field, best);
		}
		return new Access(userId, permissions, scope, visibleOwners(userId, departmentId, scope), fields, defaultAccess);
	}

	private Set<UUID> visibleOwners(UUID userId, UUID departmentId, DataScope scope) {
		if (scope == DataScope.ALL) {
			return null;
		}
		Set<UUID> owners = new HashSet<>();
		if (userId != null) {
			owners.add(userId);
		}
		if (scope != DataScope.OWN && departmentId != null) {
			Set<UUID> scopeDepartments = scope == DataScope.DEPARTMENT ? Set.of(departmentId) : subtree(departmentId);
			owners.addAll(accounts.usersInDepartments(scopeDepartments));
		}
		return owners;
	}

	private Set<UUID> subtree(UUID root) {
		Map<UUID, List<UUID>> children = new HashMap<>();
		for (Department department : departments.findAll()) {
			if (department.parentId() != null) {
				children.computeIfAbsent(department.parentId(), k -> new java.util.ArrayList<>()).add(department.id());
			}
		}
		Set<UUID> tree = new HashSet<>();
		Deque<UUID> pending = new ArrayDeque<>(List.of(root));
		while (!pending.isEmpty()) {
			UUID next = pending.pop();
			if (tree.add(next)) {
				pending.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return tree;
	}

	static ClientelePrincipal principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ClientelePrincipal principal) {
			return principal;
		}
		return null;
	}

	private static Access nobody() {
		return new Access(UUID.fromString("00000000-0000-0000-0000-000000000000"), Set.of(), DataScope.OWN, Set.of(),
				Map.of(), FieldAccess.HIDDEN);
	}

}

package dev.clientele.access.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Department;
import dev.clientele.access.DepartmentManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.UserChanged;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DepartmentService implements DepartmentManagement {

	private final DepartmentRepository departments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccessService access;

	DepartmentService(DepartmentRepository departments, Clock clock, ApplicationEventPublisher events,
			AccessService access) {
		this.access = access;
		this.departments = departments;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public List<Department> departments() {
		return departments.findAll();
	}

	@Override
	@Transactional
	public Department create(String name, UUID parentId) {
		access.current().require(Permission.USER_ADMIN);
		Department department = new Department(Ids.newId(), checkName(name), parentId);
		checkParent(department);
		departments.insert(department, clock.instant());
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "department.created"));
		return department;
	}

	@Override
	@Transactional
	public Department change(UUID id, String name, UUID parentId) {
		access.current().require(Permission.USER_ADMIN);
		departments.findAll().stream().filter(d -> d.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Department"));
		Department department = new Department(id, checkName(name), parentId);
		checkParent(department);
		departments.update(department);
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "department.changed"));
		return department;
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		departments.findAll().stream().filter(d -> d.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("Department"));
		if (departments.inUse(id)) {
			throw new ConflictException("department.inUse", "The department still has users or sub-departments");
		}
		departments.delete(id);
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "department.deleted"));
	}

	private void checkParent(Department department) {
		if (department.parentId() == null) {
			return;
		}
		Map<UUID, UUID> parents = new HashMap<>();
		departments.findAll().forEach(d -> parents.put(d.id(), d.parentId()));
		if (!parents.containsKey(department.parentId())) {
			throw dev.clientele.shared.InvalidInputException.of("parentId", "department.unknown");
		}
		for (UUID at = department.parentId(); at != null; at = parents.get(at)) {
			if (at.equals(department.id())) {
				throw dev.clientele.shared.InvalidInputException.of("parentId", "department.cycle");
			}
		}
	}

	private static String checkName(String name) {
		Violations violations = new Violations();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			violations.add("name", "field.required");
		}
		violations.throwIfAny();
		return name.strip();
	}

}

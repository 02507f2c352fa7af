package dev.clientele.access.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Department;

/** Departments in tree order, each with its depth, for indented lists and selects. */
record DepartmentTree(List<Node> nodes) {

	record Node(Department department, int depth) {

		/** The name indented by its depth, for a select's options. */
		public String indentedName() {
			return "\u00a0\u00a0".repeat(depth) + department.name();
		}

	}

	static DepartmentTree of(List<Department> departments) {
		Map<UUID, List<Department>> children = new HashMap<>();
		List<Department> roots = new ArrayList<>();
		Map<UUID, Department> byId = new HashMap<>();
		departments.forEach(d -> byId.put(d.id(), d));
		for (Department department : departments) {
			if (department.parentId() == null || !byId.containsKey(department.parentId())) {
				roots.add(department);
			}
			else {
				children.computeIfAbsent(department.parentId(), k -> new ArrayList<>()).add(department);
			}
		}
		List<Node> nodes = new ArrayList<>();
		add(roots, 0, children, nodes);
		return new DepartmentTree(List.copyOf(nodes));
	}

	private static void add(List<Department> level, int depth, Map<UUID, List<Department>> children, List<Node> nodes) {
		level.stream().sorted(Comparator.comparing(Department::name)).forEach(department -> {
			nodes.add(new Node(department, depth));
			add(children.getOrDefault(department.id(), List.of()), depth + 1, children, nodes);
		});
	}

	/** The names by id, for showing a user's department. */
	Map<UUID, String> names() {
		Map<UUID, String> names = new HashMap<>();
		nodes.forEach(node -> names.put(node.department().id(), node.department().name()));
		return names;
	}

}

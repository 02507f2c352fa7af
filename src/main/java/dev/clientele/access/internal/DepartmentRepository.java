package dev.clientele.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.Department;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code departments} tree. */
@Repository
class DepartmentRepository {

	private final JdbcClient jdbc;

	DepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Department> findAll() {
		return jdbc.sql("select id, name, parent_id from departments order by name")
			.query((rs, n) -> new Department(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("parent_id", UUID.class)))
			.list();
	}

	void insert(Department department, Instant createdAt) {
		jdbc.sql("insert into departments (id, name, parent_id, created_at) values (?, ?, ?, ?)")
			.params(department.id(), department.name(), department.parentId(), AccountRepository.utc(createdAt))
			.update();
	}

	void update(Department department) {
		jdbc.sql("update departments set name = ?, parent_id = ? where id = ?")
			.params(department.name(), department.parentId(), department.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from departments where id = ?").param(id).update();
	}

	boolean inUse(UUID id) {
		return jdbc.sql("select (select count(*) from users where department_id = ?) + (select count(*) from departments where parent_id = ?)")
			.params(id, id)
			.query(Integer.class)
			.single() > 0;
	}

}

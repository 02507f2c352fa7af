package dev.clientele.segment.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.segment.ListView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code list_views} table. */
@Repository
class ListViewRepository {

	private static final String SELECT = """
			select v.id, v.name, v.owner_id, u.name as owner_name, v.shared, v.keyword, v.filter, v.sort, v.created_at,
			       v.updated_at
			from list_views v join users u on u.id = v.owner_id""";

	private final JdbcClient jdbc;

	ListViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user's own views and every shared one, by name. */
	List<ListView> visibleTo(UUID userId) {
		return jdbc.sql(SELECT + " where v.owner_id = ? or v.shared = true order by lower(v.name), v.id")
			.param(userId)
			.query(ListViewRepository::map)
			.list();
	}

	Optional<ListView> find(UUID id) {
		return jdbc.sql(SELECT + " where v.id = ?").param(id).query(ListViewRepository::map).optional();
	}

	void insert(ListView v) {
		jdbc.sql("""
				insert into list_views (id, name, owner_id, shared, keyword, filter, sort, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.id(), v.name(), v.ownerId(), v.shared(), v.keyword(), v.filter(), v.sort(), utc(v.createdAt()),
					utc(v.updatedAt()))
			.update();
	}

	void update(ListView v) {
		jdbc.sql("update list_views set name = ?, shared = ?, keyword = ?, filter = ?, sort = ?, updated_at = ? where id = ?")
			.params(v.name(), v.shared(), v.keyword(), v.filter(), v.sort(), utc(v.updatedAt()), v.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from list_views where id = ?").param(id).update();
	}

	private static ListView map(ResultSet rs, int row) throws SQLException {
		return new ListView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("owner_id", UUID.class),
				rs.getString("owner_name"), rs.getBoolean("shared"), rs.getString("keyword"), rs.getString("filter"),
				rs.getString("sort"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}

package dev.clientele.customfield.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.FieldEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustomFieldRepository {

	private static final String SELECT = """
			select id, entity, field_key, label, field_type, required, is_unique, options, position, created_at, archived_at
			from custom_fields""";

	// Options are stored as lines: an option cannot contain a line break (checked on input).
	private static final String SEPARATOR = "\n";

	private final JdbcClient jdbc;

	CustomFieldRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CustomField> findByEntity(FieldEntity entity) {
		return jdbc.sql(SELECT + " where entity = ? order by position, field_key")
			.param(entity.key())
			.query(CustomFieldRepository::map)
			.list();
	}

	Optional<CustomField> findById(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(CustomFieldRepository::map).optional();
	}

	boolean keyExists(FieldEntity entity, String key) {
		return jdbc.sql("select count(*) from custom_fields where entity = ? and field_key = ?")
			.params(entity.key(), key)
			.query(Integer.class)
			.single() > 0;
	}

	int nextPosition(FieldEntity entity) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from custom_fields where entity = ?")
			.param(entity.key())
			.query(Integer.class)
			.single();
	}

	void insert(CustomField field) {
		jdbc.sql("""
				insert into custom_fields (id, entity, field_key, label, field_type, required, is_unique, options,
				                           position, created_at, archived_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(field.id(), field.entity().key(), field.key(), field.label(), field.type().key(), field.required(),
					field.unique(), String.join(SEPARATOR, field.options()), field.position(), utc(field.createdAt()),
					utc(field.archivedAt()))
			.update();
	}

	void update(CustomField field) {
		jdbc.sql("update custom_fields set label = ?, required = ?, options = ?, archived_at = ? where id = ?")
			.params(field.label(), field.required(), String.join(SEPARATOR, field.options()), utc(field.archivedAt()),
					field.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from custom_fields where id = ?").param(id).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static CustomField map(ResultSet rs, int row) throws SQLException {
		String options = rs.getString("options");
		OffsetDateTime archived = rs.getObject("archived_at", OffsetDateTime.class);
		return new CustomField(rs.getObject("id", UUID.class), FieldEntity.fromKey(rs.getString("entity")).orElseThrow(),
				rs.getString("field_key"), rs.getString("label"),
				CustomFieldType.fromKey(rs.getString("field_type")).orElseThrow(), rs.getBoolean("required"),
				rs.getBoolean("is_unique"), options.isEmpty() ? List.of() : Arrays.asList(options.split(SEPARATOR)),
				rs.getInt("position"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				archived == null ? null : archived.toInstant());
	}

}

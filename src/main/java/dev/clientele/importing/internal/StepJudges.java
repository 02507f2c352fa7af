package dev.clientele.importing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportOptions;
import org.springframework.stereotype.Component;

/** Sets up the judging of a job's rows: its mapping against the file's header, today's custom fields and owners. */
@Component
class StepJudges {

	private final CustomerManagement customers;

	private final CustomFieldManagement customFields;

	private final UserManagement users;

	private final ImportRowRepository rows;

	StepJudges(CustomerManagement customers, CustomFieldManagement customFields, UserManagement users,
			ImportRowRepository rows) {
		this.customers = customers;
		this.customFields = customFields;
		this.users = users;
		this.rows = rows;
	}

	record Prepared(ColumnMapping mapping, StepJudge judge, List<CustomField> fields) {
	}

	/** @throws dev.clientele.shared.InvalidInputException if the job's mapping no longer fits the header */
	Prepared prepare(ImportJob job, List<String> header) {
		return prepare(job, job.options(), header);
	}

	/**
	 * As {@link #prepare(ImportJob, List)}, judging as a dry run whatever the job's options say
	 * (for a preview: it writes nothing to the customers it matches).
	 */
	Prepared prepareDryRun(ImportJob job, List<String> header) {
		ImportOptions options = job.options();
		return prepare(job,
				new ImportOptions(options.encoding(), options.mode(), options.matchBy(), options.mapping(), true), header);
	}

	private Prepared prepare(ImportJob job, ImportOptions options, List<String> header) {
		List<CustomField> fields = customFields.fields(FieldEntity.CUSTOMER, true);
		ColumnMapping mapping = ColumnMapping.of(header, fields, options.mapping());
		StepJudge judge = new StepJudge(job.id(), job.createdBy(), options,
				new RowConversion(header, mapping, fields, owners()), customers, rows);
		return new Prepared(mapping, judge, fields);
	}

	/** Owners named by login, or by the name of exactly one active user. */
	private Function<String, Optional<UUID>> owners() {
		Map<String, Optional<UUID>> known = new HashMap<>();
		List<User> active = users.activeUsers();
		return cell -> known.computeIfAbsent(cell, text -> {
			Optional<UUID> byLogin = users.findByLogin(text).filter(User::active).map(User::id);
			if (byLogin.isPresent()) {
				return byLogin;
			}
			List<UUID> byName = active.stream().filter(u -> text.equals(u.name())).map(User::id).toList();
			return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
		});
	}

}

package dev.clientele.exporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.UserManagement;
import dev.clientele.audit.AuditTrail;
import dev.clientele.customer.CustomerFacts;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.exporting.ExportCustomers;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.exporting.ExportManagement;
import dev.clientele.exporting.TableSink;
import dev.clientele.filter.FilterParser;
import dev.clientele.vocabulary.VocabularyManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Service
class ExportService implements ExportManagement {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CustomerManagement customers;

	private final CustomFieldManagement customFields;

	private final AccessManagement access;

	private final UserManagement users;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final List<CustomerFacts> facts;

	private final VocabularyManagement vocabularies;

	ExportService(CustomerManagement customers, CustomFieldManagement customFields, AccessManagement access,
			UserManagement users, AuditTrail audit, MessageSource messages, List<CustomerFacts> facts,
			VocabularyManagement vocabularies) {
		this.facts = facts;
		this.vocabularies = vocabularies;
		this.customers = customers;
		this.customFields = customFields;
		this.access = access;
		this.users = users;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public long exportCustomers(ExportCustomers command, Supplier<OutputStream> output) {
		Access reader = access.current();
		reader.require(Permission.CUSTOMER_EXPORT);
		CustomerQuery query = new CustomerQuery(command.keyword(), FilterParser.parse(command.filter(), "filter"),
				command.sort(), CustomerQuery.MAX_LIMIT, null, command.deleted());
		List<CustomerFacts> extra = command.asOf() == null ? facts : List.of();
		ExportColumns columns = new ExportColumns(reader, customFields.fields(FieldEntity.CUSTOMER, true), extra,
				vocabularies.vocabularies(), users, messages, command.locale());
		LazySheet sheet = new LazySheet(command, output, columns);
		FactBatches batches = new FactBatches(extra, (customer, values) -> sheet.row(columns.cells(customer, values)));
		long rows;
		try {
			rows = customers.export(query, command.asOf(), batches::add);
			batches.flush();
			sheet.finish();
		}
		catch (RuntimeException ex) {
			if (sheet.started) {
				record(reader, command, columns, "failure", sheet.rows);
			}
			throw ex;
		}
		record(reader, command, columns, "success", rows);
		return rows;
	}

	@Override
	public TableSink openTable(ExportFormat format, OutputStream output) {
		SheetWriter writer;
		try {
			writer = SheetWriter.of(format, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TableSink() {

			@Override
			public void row(java.util.List<String> cells) {
				try {
					writer.row(writer.formulasPossible() ? cells.stream().map(Cells::neutralized).toList() : cells);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public void finish() {
				try {
					writer.finish();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};
	}

	private void record(Access reader, ExportCustomers command, ExportColumns columns, String outcome, long rows) {
		ObjectNode detail = JSON.createObjectNode();
		detail.put("format", command.format().extension());
		detail.put("q", command.keyword());
		detail.put("filter", command.filter());
		detail.put("sort", command.sort());
		detail.put("deleted", command.deleted());
		detail.put("asOf", command.asOf() == null ? null : command.asOf().toString());
		detail.put("rows", rows);
		audit.record(reader.userId(), "customer.exported", "customer", null, columns.fields(), outcome, detail.toString());
	}

	/**
	 * Opens the file at the first row, or at the end when nothing matched: by then every check has
	 * passed, so a refusal never leaves a half-written download behind.
	 */
	private static final class LazySheet {

		private final ExportCustomers command;

		private final Supplier<OutputStream> output;

		private final ExportColumns columns;

		private SheetWriter writer;

		private boolean started;

		private long rows;

		LazySheet(ExportCustomers command, Supplier<OutputStream> output, ExportColumns columns) {
			this.command = command;
			this.output = output;
			this.columns = columns;
		}

		void row(java.util.List<String> cells) {
			try {
				open();
				write(cells);
				rows++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void finish() {
			try {
				open();
				writer.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void open() throws IOException {
			if (writer == null) {
				started = true;
				writer = SheetWriter.of(command.format(), output.get());
				write(columns.header());
			}
		}

		/** Header and cells alike: custom field labels are typed by administrators. */
		private void write(java.util.List<String> cells) throws IOException {
			writer.row(writer.formulasPossible() ? cells.stream().map(Cells::neutralized).toList() : cells);
		}

	}

}

package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportManagement;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.ImportPreview;
import dev.clientele.importing.ImportStatus;
import dev.clientele.importing.MappingTemplate;
import dev.clientele.importing.UploadImport;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class ImportService implements ImportManagement {

	static final int MAX_PREVIEW = 100;

	private final ImportBatchRepository batches;

	private final ImportFileStore files;

	private final CustomFieldManagement customFields;

	private final AccessManagement access;

	/** Absent where no job runs: the audit-verify command. */
	private final ObjectProvider<ImportWorker> worker;

	private final ImportPreviews previews;

	private final ImportReports reports;

	private final MappingTemplates templates;

	private final Clock clock;

	ImportService(ImportBatchRepository batches, ImportFileStore files, CustomFieldManagement customFields,
			AccessManagement access, ObjectProvider<ImportWorker> worker, ImportPreviews previews, ImportReports reports,
			MappingTemplates templates, Clock clock) {
		this.batches = batches;
		this.files = files;
		this.customFields = customFields;
		this.access = access;
		this.worker = worker;
		this.previews = previews;
		this.reports = reports;
		this.templates = templates;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ImportJob upload(UploadImport command) {
		Access user = importer();
		Charset encoding = encoding(command.options());
		String name = fileName(command.fileName());
		ImportFileStore.StoredFile stored = files.store(command.content());
		try {
			check(stored, encoding, command.options().mapping());
		}
		catch (RuntimeException ex) {
			if (!batches.fileInUse(stored.sha256())) {
				files.delete(stored.sha256());
			}
			throw ex;
		}
		UUID id = Ids.newId();
		batches.insertFile(stored.sha256(), stored.size(), clock.instant());
		batches.insert(id, stored.sha256(), name, command.options(),
				command.start() ? ImportStatus.QUEUED : ImportStatus.DRAFT, user.userId(), clock.instant());
		if (command.start()) {
			wakeAfterCommit();
		}
		return batches.find(id).orElseThrow().job();
	}

	@Override
	@Transactional(readOnly = true)
	public ImportJob find(UUID id) {
		return own(id).job();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ImportJob> recent(int limit) {
		Access user = importer();
		return batches.recent(user.userId(), Math.max(1, Math.min(limit, 200)))
			.stream()
			.map(ImportBatchRepository.Batch::job)
			.toList();
	}

	@Override
	@Transactional
	public ImportJob configure(UUID id, ImportOptions options) {
		ImportJob job = own(id).job();
		requireDraft(job);
		check(new ImportFileStore.StoredFile(job.fileSha256(), job.fileSize(), files.path(job.fileSha256())),
				encoding(options), options.mapping());
		batches.configure(id, options);
		return batches.find(id).orElseThrow().job();
	}

	@Override
	@Transactional
	public ImportJob start(UUID id) {
		ImportJob job = own(id).job();
		requireDraft(job);
		batches.queue(id);
		wakeAfterCommit();
		return batches.find(id).orElseThrow().job();
	}

	@Override
	public ImportPreview preview(UUID id, int rows) {
		ImportJob job = own(id).job();
		return previews.preview(job, Math.max(1, Math.min(rows, MAX_PREVIEW)));
	}

	@Override
	@Transactional(readOnly = true)
	public long writeErrors(UUID id, ExportFormat format, Locale locale, Supplier<OutputStream> output) {
		return reports.errors(own(id).job(), format, locale, output);
	}

	@Override
	@Transactional(readOnly = true)
	public String writeRaw(UUID id, Supplier<OutputStream> output) {
		ImportJob job = own(id).job();
		try {
			Files.copy(files.path(job.fileSha256()), output.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return job.fileName();
	}

	@Override
	@Transactional
	public ImportJob revert(UUID id) {
		ImportBatchRepository.Batch batch = own(id);
		batches.findForUpdate(id);
		ImportJob job = batches.find(id).orElseThrow().job();
		if (job.status() != ImportStatus.COMPLETED || job.options().dryRun()) {
			throw new ConflictException("import.notRevertible", "Only a completed import that was not a dry run can be reverted");
		}
		batches.requestRevert(id, access.current().userId());
		wakeAfterCommit();
		return batches.find(id).orElseThrow().job();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MappingTemplate> templates() {
		return templates.all(importer().userId());
	}

	@Override
	@Transactional
	public MappingTemplate saveTemplate(String name, String mapping) {
		return templates.save(importer().userId(), name, mapping);
	}

	private Access importer() {
		Access user = access.current();
		user.require(Permission.CUSTOMER_IMPORT);
		return user;
	}

	/** The user's own import; someone else's is as absent as one that does not exist. */
	private ImportBatchRepository.Batch own(UUID id) {
		Access user = importer();
		return batches.find(id)
			.filter(b -> b.job().createdBy().equals(user.userId()))
			.orElseThrow(() -> new NotFoundException("Import"));
	}

	private static void requireDraft(ImportJob job) {
		if (job.status() != ImportStatus.DRAFT) {
			throw new ConflictException("import.started", "The import has started already");
		}
	}

	/** Reads the header and checks the mapping against it; a bad file or mapping is refused now, not in the job. */
	private void check(ImportFileStore.StoredFile stored, Charset encoding, String mapping) {
		List<CustomField> fields = customFields.fields(FieldEntity.CUSTOMER, true);
		try (RowReader reader = SourceFiles.open(stored.path(), encoding)) {
			ColumnMapping.of(reader.header(), fields, mapping);
			if (!reader.hasNext()) {
				throw InvalidInputException.of("file", "import.file.noRows");
			}
		}
	}

	private static Charset encoding(ImportOptions options) {
		if (options.encoding() == null) {
			return null;
		}
		try {
			return Charset.forName(options.encoding());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("encoding", "import.encoding", options.encoding());
		}
	}

	private static String fileName(String name) {
		if (name == null || name.isBlank()) {
			return "import.csv";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		return base.length() > 255 ? base.substring(base.length() - 255) : base;
	}

	private void wakeAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.ifAvailable(ImportWorker::wake);
			}
		});
	}

	static List<String> fieldNames(List<CustomField> fields) {
		List<String> names = new ArrayList<>();
		TargetField.STANDARD.forEach(f -> names.add(f.name()));
		fields.stream().filter(f -> f.entity() == FieldEntity.CUSTOMER).forEach(f -> names.add(TargetField.custom(f).name()));
		return names;
	}

}

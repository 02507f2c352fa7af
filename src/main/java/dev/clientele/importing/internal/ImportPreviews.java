package dev.clientele.importing.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportPreview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first rows of a file judged as a dry run of the import would judge them, in a transaction
 * that is always rolled back: the preview shows what would be stored and writes nothing.
 */
@Component
class ImportPreviews {

	private final ImportFileStore files;

	private final StepJudges judges;

	private final TransactionTemplate transaction;

	ImportPreviews(ImportFileStore files, StepJudges judges, PlatformTransactionManager transactions) {
		this.files = files;
		this.judges = judges;
		this.transaction = new TransactionTemplate(transactions);
	}

	ImportPreview preview(ImportJob job, int count) {
		Charset encoding = job.options().encoding() == null ? null : Charset.forName(job.options().encoding());
		try (RowReader reader = SourceFiles.open(files.path(job.fileSha256()), encoding)) {
			StepJudges.Prepared prepared = judges.prepareDryRun(job, reader.header());
			List<SourceRow> rows = new ArrayList<>();
			while (rows.size() < count && reader.hasNext()) {
				rows.add(reader.next());
			}
			List<StepJudge.Judged> judged = transaction.execute(status -> {
				status.setRollbackOnly();
				return prepared.judge().judge(rows);
			});
			List<ImportPreview.Column> columns = new ArrayList<>();
			for (int i = 0; i < reader.header().size(); i++) {
				String header = reader.header().get(i);
				columns.add(new ImportPreview.Column(header, prepared.mapping().field(i).map(TargetField::name).orElse(null),
						prepared.mapping().ignored().contains(header)));
			}
			List<ImportPreview.Row> shown = judged.stream()
				.map(j -> new ImportPreview.Row(j.row().number(), j.row().cells(), j.outcome().result(),
						j.outcome().customer(), j.outcome().violations().stream()
							.map(v -> ImportPreview.Reason.of(v, StepJudge.column(v.path(), j.columns())))
							.toList()))
				.toList();
			return new ImportPreview(columns, prepared.mapping().unmapped(), ImportService.fieldNames(prepared.fields()),
					shown);
		}
	}

}

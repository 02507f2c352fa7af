package dev.clientele.exporting;

import java.util.Locale;
import java.util.Optional;

/** The file formats exports are written in. */
public enum ExportFormat {

	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<ExportFormat> fromKey(String key) {
		for (ExportFormat format : values()) {
			if (format.extension.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}

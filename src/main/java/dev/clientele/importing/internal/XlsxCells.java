package dev.clientele.importing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.dhatim.fastexcel.reader.Cell;

/**
 * A spreadsheet cell as the text a user sees: numbers plain and to Excel's 15 significant digits
 * (a phone 13800138000 stays digits, 1.0 becomes {@code 1}), dates in ISO form, booleans
 * {@code true}/{@code false}, formulas their cached value, empty cells empty.
 */
final class XlsxCells {

	private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private static final int SECONDS_PER_DAY = 86_400;

	private final boolean date1904;

	/** @param date1904 whether the workbook counts days from 1904 (old Mac Excel) */
	XlsxCells(boolean date1904) {
		this.date1904 = date1904;
	}

	String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		Object value = cell.getValue();
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal) {
			return number((BigDecimal) value, cell);
		}
		return value.toString();
	}

	private String number(BigDecimal number, Cell cell) {
		ExcelDateFormats.Kind kind = ExcelDateFormats.kind(cell.getDataFormatId(), cell.getDataFormatString());
		if (kind == ExcelDateFormats.Kind.NONE || number.signum() < 0) {
			return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		}
		LocalDateTime time = dateTime(number);
		return switch (kind) {
			case DATE -> time.toLocalDate().toString();
			case TIME -> DateTimeFormatter.ISO_LOCAL_TIME.format(time.toLocalTime());
			default -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
		};
	}

	/** Excel's serial day number as a date-time to the nearest second. */
	private LocalDateTime dateTime(BigDecimal serial) {
		long seconds = serial.multiply(BigDecimal.valueOf(SECONDS_PER_DAY)).setScale(0, RoundingMode.HALF_UP).longValue();
		LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
		if (!date1904 && seconds < 61L * SECONDS_PER_DAY) {
			// Excel counts a 29 February 1900 that never was: days before it are one day later.
			epoch = epoch.plusDays(1);
		}
		return epoch.atStartOfDay().plusSeconds(seconds);
	}

}

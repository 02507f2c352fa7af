package dev.clientele.importing.internal;

import static dev.clientele.importing.internal.TestFiles.handMadeXlsx;
import static dev.clientele.importing.internal.TestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTests {

	@TempDir
	Path dir;

	@Test
	void cellsReadAsAUserSeesThem() throws IOException {
		Path file = dir.resolve("customers.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("客户");
			List<String> header = List.of("客户名称", "手机", "签约日期", "最近联系", "年额", "件数", "备注", "VIP", "邮编");
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
			}
			sheet.value(1, 0, "深圳市前海科技有限公司");
			sheet.value(1, 1, 13800138000L);
			sheet.value(1, 2, LocalDate.of(2026, 12, 4));
			sheet.style(1, 2).format("yyyy-mm-dd").set();
			sheet.value(1, 3, LocalDateTime.of(2026, 12, 4, 9, 30, 15));
			sheet.style(1, 3).format("yyyy/m/d h:mm:ss").set();
			sheet.value(1, 4, new BigDecimal("1234567.89"));
			sheet.value(1, 5, 1.0);
			sheet.value(1, 7, true);
			sheet.value(1, 8, "５１８０００");
			sheet.value(2, 0, "短行");
			workbook.finish();
		}

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.header()).containsExactly("客户名称", "手机", "签约日期", "最近联系", "年额", "件数", "备注", "VIP", "邮编");
			List<SourceRow> rows = rows(reader);
			assertThat(rows.get(0)).isEqualTo(new SourceRow(2, List.of("深圳市前海科技有限公司", "13800138000", "2026-12-04",
					"2026-12-04T09:30:15", "1234567.89", "1", "", "true", "５１８０００"),
					"深圳市前海科技有限公司,13800138000,2026-12-04,2026-12-04T09:30:15,1234567.89,1,,true,５１８０００"));
			assertThat(Text.halfWidth(rows.get(0).cells().get(8))).isEqualTo("518000");
			assertThat(rows.get(1)).as("a short row is padded to the header's width")
				.isEqualTo(new SourceRow(3, List.of("短行", "", "", "", "", "", "", "", ""), "短行,,,,,,,,"));
		}
	}

	@Test
	void formulasGiveTheirCachedValueAndBuiltInDateFormatsGiveDates() {
		Path file = handMadeXlsx(dir, List.of(14, 31, 22, 20, 4), """
				<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t>合计</t></is></c>\
				<c r="C1" t="inlineStr"><is><t>全称</t></is></c><c r="D1" t="inlineStr"><is><t>日期</t></is></c>\
				<c r="E1" t="inlineStr"><is><t>签约</t></is></c><c r="F1" t="inlineStr"><is><t>到店</t></is></c>\
				<c r="G1" t="inlineStr"><is><t>时间</t></is></c><c r="H1" t="inlineStr"><is><t>金额</t></is></c></row>\
				<row r="3"><c r="A3" t="inlineStr"><is><t>西湖茶庄</t></is></c><c r="B3"><f>1+2</f><v>3</v></c>\
				<c r="C3" t="str"><f>A3&amp;"有限公司"</f><v>西湖茶庄有限公司</v></c><c r="D3" s="1"><v>46360</v></c>\
				<c r="E3" s="2"><v>46360</v></c><c r="F3" s="3"><v>46360.5</v></c><c r="G3" s="4"><v>0.75</v></c>\
				<c r="H3" s="5"><f>0.1+0.2</f><v>0.30000000000000004</v></c></row>""");

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(rows(reader)).as("row numbers are the sheet's own").containsExactly(new SourceRow(3,
					List.of("西湖茶庄", "3", "西湖茶庄有限公司", "2026-12-04", "2026-12-04", "2026-12-04T12:00:00", "18:00:00",
							"0.3"),
					"西湖茶庄,3,西湖茶庄有限公司,2026-12-04,2026-12-04,2026-12-04T12:00:00,18:00:00,0.3"));
		}
	}

	@Test
	void aZipThatIsNoWorkbookIsRefused() throws IOException {
		Path file = dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes());
			zip.closeEntry();
		}

		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> SourceFiles.open(file, null));

		assertThat(error.violations()).containsExactly(Violation.of("file", "import.file.unreadable"));
	}

	@Test
	void aSheetWithoutRowsIsEmpty() {
		Path file = handMadeXlsx(dir, List.of(), "");

		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> SourceFiles.open(file, null));

		assertThat(error.violations()).containsExactly(Violation.of("file", "import.file.empty"));
	}

	@Test
	void aRepeatedHeaderIsRefused() {
		Path file = handMadeXlsx(dir, List.of(), """
				<row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c>\
				<c r="B1" t="inlineStr"><is><t>email</t></is></c></row>""");

		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> SourceFiles.open(file, null));

		assertThat(error.violations()).containsExactly(Violation.of("file", "import.header.duplicate", "email", 1, 2));
	}

}

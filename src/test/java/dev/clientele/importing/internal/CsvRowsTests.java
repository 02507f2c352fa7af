package dev.clientele.importing.internal;

import static dev.clientele.importing.internal.TestFiles.rows;
import static dev.clientele.importing.internal.TestFiles.utf8Bom;
import static dev.clientele.importing.internal.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTests {

	static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path dir;

	@Test
	void utf8WithBomReadsWithoutTheBomInTheFirstHeader() {
		Path file = write(dir, "bom.csv", utf8Bom(), "客户名称,手机\r\n深圳市前海科技有限公司,13800138000\r\n".getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.header()).containsExactly("客户名称", "手机");
			assertThat(rows(reader)).containsExactly(new SourceRow(2, List.of("深圳市前海科技有限公司", "13800138000"),
					"深圳市前海科技有限公司,13800138000"));
		}
	}

	@Test
	void utf8WithoutBomReads() {
		Path file = write(dir, "plain.csv", "名称,城市\n北京字节,北京市\n".getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(rows(reader)).extracting(SourceRow::cells).containsExactly(List.of("北京字节", "北京市"));
		}
	}

	@Test
	void gbkAsExcelInChinaWritesItIsDetected() {
		Path file = write(dir, "gbk.csv", "客户名称,地址\r\n广州酒家,广东省广州市越秀区文昌南路2号\r\n".getBytes(GBK));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.header()).containsExactly("客户名称", "地址");
			assertThat(rows(reader).get(0).cells()).containsExactly("广州酒家", "广东省广州市越秀区文昌南路2号");
		}
	}

	@Test
	void gbkBeyondTheDetectionPrefixIsStillDetectedWhenThePrefixHasChinese() {
		StringBuilder text = new StringBuilder("名称,备注\n");
		while (text.length() < SourceFiles.PREFIX_BYTES) {
			text.append("杭州西湖茶庄,老客户\n");
		}
		Path file = write(dir, "long-gbk.csv", text.toString().getBytes(GBK));

		try (RowReader reader = SourceFiles.open(file, null)) {
			List<SourceRow> rows = rows(reader);
			assertThat(rows.get(rows.size() - 1).cells()).containsExactly("杭州西湖茶庄", "老客户");
		}
	}

	@Test
	void anExplicitEncodingOverridesDetection() {
		Path file = write(dir, "latin.csv", "name,city\nCafé Zürich,Zürich\n".getBytes(StandardCharsets.ISO_8859_1));

		try (RowReader reader = SourceFiles.open(file, StandardCharsets.ISO_8859_1)) {
			assertThat(rows(reader).get(0).cells()).containsExactly("Café Zürich", "Zürich");
		}
	}

	@Test
	void utf16WithBomAsExcelsUnicodeTextIsRead() {
		byte[] text = "名称\t城市\r\n成都小龙坎\t成都市\r\n".getBytes(StandardCharsets.UTF_16LE);
		Path file = write(dir, "unicode.txt", new byte[] { (byte) 0xFF, (byte) 0xFE }, text);

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.header()).containsExactly("名称", "城市");
			assertThat(rows(reader).get(0).cells()).containsExactly("成都小龙坎", "成都市");
		}
	}

	@Test
	void semicolonDelimitedFilesAreSniffed() {
		Path file = write(dir, "semi.csv", "name;phone;notes\n\"Acme; Ltd\";13800138000;\"a, b\"\nBeta;13900139000;\n"
			.getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.header()).containsExactly("name", "phone", "notes");
			assertThat(rows(reader)).extracting(SourceRow::cells)
				.containsExactly(List.of("Acme; Ltd", "13800138000", "a, b"), List.of("Beta", "13900139000", ""));
		}
	}

	@Test
	void quotedMultiLineRecordsKeepTheirQuotesAndLineBreaksInTheRawText() {
		String second = "\"上海\"\"老字号\"\"食品\",\"第一行\r\n第二行\"";
		Path file = write(dir, "multi.csv",
				("名称,备注\r\n" + second + "\r\n\r\n,\r\n杭州,最后\r\n").getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			List<SourceRow> rows = rows(reader);
			assertThat(rows.get(0))
				.isEqualTo(new SourceRow(2, List.of("上海\"老字号\"食品", "第一行\r\n第二行"), second));
			assertThat(rows.get(1)).as("empty rows are skipped but counted, as Excel shows rows 3 and 4 empty")
				.isEqualTo(new SourceRow(5, List.of("杭州", "最后"), "杭州,最后"));
			assertThat(rows).hasSize(2);
		}
	}

	@Test
	void shortRowsArePaddedAndTheLastRowNeedsNoLineBreak() {
		Path file = write(dir, "short.csv", "name,phone,city\nAcme\nBeta,1,2,".getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(rows(reader)).containsExactly(new SourceRow(2, List.of("Acme", "", ""), "Acme"),
					new SourceRow(3, List.of("Beta", "1", "2"), "Beta,1,2,"));
		}
	}

	@Test
	void aFileWithAHeaderOnlyHasNoRows() {
		Path file = write(dir, "header.csv", "name,phone\r\n".getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			assertThat(reader.hasNext()).isFalse();
		}
	}

	@Test
	void twoHundredThousandRowsStreamOneAtATime() throws IOException {
		Path file = dir.resolve("big.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("客户名称,手机,备注\n");
			for (int i = 1; i <= 200_000; i++) {
				out.write("客户" + i + "," + (13_800_000_000L + i) + ",\"第" + i + "行\n续\"\n");
			}
		}

		long count = 0;
		try (RowReader reader = SourceFiles.open(file, null)) {
			while (reader.hasNext()) {
				SourceRow row = reader.next();
				count++;
				if (count == 1 || count == 123_456 || count == 200_000) {
					assertThat(row.number()).isEqualTo(count + 1);
					assertThat(row.cells()).containsExactly("客户" + count, String.valueOf(13_800_000_000L + count),
							"第" + count + "行\n续");
					assertThat(row.raw()).isEqualTo("客户" + count + "," + (13_800_000_000L + count) + ",\"第" + count + "行\n续\"");
				}
			}
		}
		assertThat(count).isEqualTo(200_000);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(violation(write(dir, "empty.csv"))).isEqualTo(Violation.of("file", "import.file.empty"));
		assertThat(violation(write(dir, "bom-only.csv", utf8Bom(), "\r\n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(Violation.of("file", "import.file.empty"));
	}

	@Test
	void aBinaryFileThatIsNeitherTextNorXlsxIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThat(violation(write(dir, "logo.csv", png))).isEqualTo(Violation.of("file", "import.file.unreadable"));
	}

	@Test
	void anOldExcelFileIsRefusedWithAdvice() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

		assertThat(violation(write(dir, "old.xls", ole2))).isEqualTo(Violation.of("file", "import.file.xls"));
	}

	@Test
	void blankAndRepeatedHeaderNamesAreAllReported() {
		Path file = write(dir, "bad-header.csv", "名称,,手机, 名称 ,Phone,PHONE,,\n".getBytes(StandardCharsets.UTF_8));

		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> SourceFiles.open(file, null));

		assertThat(error.violations()).containsExactly(Violation.of("file", "import.header.blank", 2),
				Violation.of("file", "import.header.duplicate", "名称", 1, 4),
				Violation.of("file", "import.header.duplicate", "PHONE", 5, 6));
	}

	@Test
	void anUnclosedQuoteNamesItsRow() {
		Path file = write(dir, "open-quote.csv", "name,notes\nAcme,ok\nBeta,\"never closed\n".getBytes(StandardCharsets.UTF_8));

		try (RowReader reader = SourceFiles.open(file, null)) {
			InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> rows(reader));

			assertThat(error.violations()).containsExactly(Violation.of("file", "import.file.malformed", 3L));
		}
	}

	@Test
	void textThatIsNotValidInTheNamedEncodingNamesItsRow() {
		Path file = write(dir, "mixed.csv", "name\nAcme\n".getBytes(StandardCharsets.UTF_8), "广州\n".getBytes(GBK));

		try (RowReader reader = SourceFiles.open(file, StandardCharsets.UTF_8)) {
			InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> rows(reader));

			assertThat(error.violations()).containsExactly(Violation.of("file", "import.file.encoding", 3L));
		}
	}

	private static Violation violation(Path file) {
		InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
				() -> SourceFiles.open(file, null));
		assertThat(error.violations()).hasSize(1);
		return error.violations().get(0);
	}

}

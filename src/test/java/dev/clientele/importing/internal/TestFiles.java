package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes sample import files the way other programs write them. */
final class TestFiles {

	private TestFiles() {
	}

	static Path write(Path dir, String name, byte[]... parts) {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (byte[] part : parts) {
				out.write(part);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	static byte[] utf8Bom() {
		return new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	}

	static List<SourceRow> rows(RowReader reader) {
		List<SourceRow> rows = new ArrayList<>();
		reader.forEachRemaining(rows::add);
		return rows;
	}

	/**
	 * A workbook as Excel writes one and FastExcel's writer cannot: formulas with cached values
	 * and the built-in (also Chinese) date formats, which carry no format text.
	 *
	 * @param numberFormatIds the built-in number formats, styles 1, 2, ... in this order
	 * @param sheetData the sheet's {@code <row>} elements
	 */
	static Path handMadeXlsx(Path dir, List<Integer> numberFormatIds, String sheetData) {
		StringBuilder styles = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
		numberFormatIds.forEach(id -> styles.append("<xf numFmtId=\"").append(id)
			.append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>"));
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
		String officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		Path file = dir.resolve("excel.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml", """
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/styles.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\""
					+ officeRels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + officeRels
					+ "\"><sheets><sheet name=\"客户\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + rels + "\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + officeRels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"" + officeRels + "/styles\" Target=\"styles.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><cellXfs count=\""
					+ (numberFormatIds.size() + 1) + "\">" + styles + "</cellXfs></styleSheet>");
			entry(zip, "xl/worksheets/sheet1.xml",
					"<worksheet xmlns=\"" + main + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml)
			.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}

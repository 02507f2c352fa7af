package dev.clientele.customer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.clientele.customer.internal.ChinaRegions.Kind;
import dev.clientele.customer.internal.ChinaRegions.Level;
import dev.clientele.customer.internal.ChinaRegions.Province;

/**
 * Reads {@code regions/cn-provinces.csv} and {@code regions/cn-cities.csv}: UTF-8, comma-separated
 * without quoting, lines starting with {@code #} are comments, the first other line is the header.
 */
final class RegionFiles {

	/** A province and the further spellings it is known by (pipe-separated in the file). */
	record ProvinceRow(Province province, List<String> aliases) {
	}

	record CityRow(String code, String name, String shortName, String provinceCode, Level level) {
	}

	private RegionFiles() {
	}

	static List<ProvinceRow> provinces() {
		return rows("/regions/cn-provinces.csv", 6).stream().map(fields -> {
			Province province = new Province(fields[0], fields[1], fields[2], enumOf(Kind.class, fields[3]), fields[4]);
			List<String> aliases = fields[5].isEmpty() ? List.of() : Arrays.asList(fields[5].split("\\|"));
			return new ProvinceRow(province, List.copyOf(aliases));
		}).toList();
	}

	static List<CityRow> cities() {
		return rows("/regions/cn-cities.csv", 5).stream()
			.map(fields -> new CityRow(fields[0], fields[1], fields[2], fields[3], enumOf(Level.class, fields[4])))
			.toList();
	}

	private static List<String[]> rows(String resource, int columns) {
		try (InputStream in = RegionFiles.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",", -1);
				if (fields.length != columns) {
					throw new IllegalStateException(resource + ": expected " + columns + " fields in " + line);
				}
				if (!header) {
					rows.add(Arrays.stream(fields).map(String::strip).toArray(String[]::new));
				}
				header = false;
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
	}

}

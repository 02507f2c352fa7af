package dev.clientele.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Provinces with matching prefecture-level cities and a few districts, read from
 * {@code demo/regions.txt}; picked with each province's weight.
 */
final class Regions {

	private static final String RESOURCE = "/demo/regions.txt";

	private final List<City> cities = new ArrayList<>();

	private final List<Integer> provinceWeights = new ArrayList<>();

	private final List<List<City>> byProvince = new ArrayList<>();

	private int totalWeight;

	/** A prefecture-level city with the province it lies in and some of its districts (possibly none). */
	record City(String province, String name, List<String> districts) {
	}

	private Regions() {
	}

	static Regions load() {
		try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			Regions regions = new Regions();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					regions.add(line);
				}
			}
			return regions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(String line) {
		String[] parts = line.split("\\|");
		int weight = Integer.parseInt(parts[0].strip());
		String province = parts[1].strip();
		List<City> inProvince = new ArrayList<>();
		// "city(district district) city ..." : split at spaces outside parentheses
		for (String token : parts[2].strip().split("\\s+(?![^(]*\\))")) {
			int open = token.indexOf('(');
			String name = open < 0 ? token : token.substring(0, open);
			List<String> districts = open < 0 ? List.of()
					: Arrays.asList(token.substring(open + 1, token.length() - 1).split("\\s+"));
			inProvince.add(new City(province, name, List.copyOf(districts)));
		}
		cities.addAll(inProvince);
		byProvince.add(List.copyOf(inProvince));
		provinceWeights.add(weight);
		totalWeight += weight;
	}

	/** A province by weight, then one of its cities, the first (the capital) twice as often. */
	City pick(Random random) {
		int ticket = random.nextInt(totalWeight);
		int index = 0;
		while (ticket >= provinceWeights.get(index)) {
			ticket -= provinceWeights.get(index);
			index++;
		}
		List<City> inProvince = byProvince.get(index);
		int city = random.nextInt(inProvince.size() + 1);
		return inProvince.get(Math.max(0, city - 1));
	}

	List<City> cities() {
		return List.copyOf(cities);
	}

	int provinceCount() {
		return byProvince.size();
	}

}

package dev.clientele.customer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * China's 34 province-level divisions and its cities, read once from {@code regions/*.csv} (see
 * {@code regions/SOURCE.txt}), and the recognition of the many ways people write them: official
 * names, short names, wrong or missing suffixes, English or pinyin, full-width characters.
 * <p>
 * The cities are the 333 prefecture-level divisions, the county-level cities and counties that no
 * prefecture administers (济源, 仙桃, 石河子, 海南's 琼海 ...), and, for the four municipalities and
 * Hong Kong and Macau, the region itself (北京市 as province and city). Taiwan has no cities here.
 * Cities are known by their Chinese names only, except the regions that are their own city
 * ("Shanghai"), since city pinyin is ambiguous.
 * <p>
 * Immutable and thread-safe; {@link #get()} is the one instance.
 */
final class ChinaRegions {

	enum Kind {
		PROVINCE, AUTONOMOUS_REGION, MUNICIPALITY, SPECIAL_ADMINISTRATIVE_REGION
	}

	/** A province-level division: {@code 44, 广东省, 广东, PROVINCE, Guangdong}. */
	record Province(String code, String name, String shortName, Kind kind, String englishName) {

		/** Municipalities and Hong Kong and Macau are their own city. */
		boolean isOwnCity() {
			return kind == Kind.MUNICIPALITY || kind == Kind.SPECIAL_ADMINISTRATIVE_REGION;
		}

	}

	enum Level {
		/** 地级市, 地区, 自治州, 盟. */
		PREFECTURE,
		/** A county-level city or county administered directly by its province (省直辖县级行政区划). */
		COUNTY,
		/** A municipality or special administrative region as its own city. */
		REGION
	}

	/** A city with the province it lies in; {@code code} is the division code (4 digits, 6 for counties). */
	record City(String code, String name, String shortName, Province province, Level level) {
	}

	enum Recognition {
		ABSENT, RECOGNISED, UNRECOGNISED
	}

	/**
	 * A province and city as they should be stored: the official names where recognised, otherwise
	 * the text as typed (trimmed; blank is absent, {@code null}).
	 * @param cityOutsideProvince both are recognised but the city lies in another province
	 * @param suggestedProvince the official name of the recognised city's province when no province
	 * was recognised (it was absent or not understood), otherwise {@code null}; never filled in
	 */
	record Placement(String province, String city, Recognition provinceRecognition, Recognition cityRecognition,
			boolean cityOutsideProvince, String suggestedProvince) {
	}

	/** Tried in this order when the text as a whole names no province; the longest ones first. */
	private static final List<String> PROVINCE_SUFFIXES = List.of("维吾尔族自治区", "维吾尔自治区", "壮族自治区", "回族自治区",
			"特别行政区", "自治区", "特区", "省", "市", "specialadministrativeregion", "autonomousregion", "municipality",
			"province", "prov", "sar", "city", "sheng", "shi");

	/** Tried in this order when the text as a whole names no city, e.g. 恩施州, 毕节地区 (毕节市 today). */
	private static final List<String> CITY_SUFFIXES = List.of("自治州", "州", "地区", "盟", "市");

	private static final ChinaRegions INSTANCE = new ChinaRegions(RegionFiles.provinces(), RegionFiles.cities());

	private final List<Province> provinces;

	private final List<City> cities;

	private final Map<String, Province> provincesByKey;

	private final Map<String, City> ownCities;

	private final Map<String, List<City>> citiesByName;

	private final Map<String, List<City>> citiesByShortName;

	private ChinaRegions(List<RegionFiles.ProvinceRow> provinceRows, List<RegionFiles.CityRow> cityRows) {
		Map<String, Province> byCode = new HashMap<>();
		Map<String, Province> byKey = new HashMap<>();
		Map<String, City> own = new HashMap<>();
		List<Province> provinces = new ArrayList<>();
		List<City> all = new ArrayList<>();
		for (RegionFiles.ProvinceRow row : provinceRows) {
			Province province = row.province();
			provinces.add(province);
			byCode.put(province.code(), province);
			List<String> names = new ArrayList<>(List.of(province.name(), province.shortName(), province.englishName()));
			names.addAll(row.aliases());
			for (String name : names) {
				Province previous = byKey.put(key(name), province);
				if (previous != null && previous != province) {
					throw new IllegalStateException("Region name " + name + " is given to two provinces");
				}
			}
			if (province.isOwnCity()) {
				City city = new City(province.code(), province.name(), province.shortName(), province, Level.REGION);
				own.put(province.code(), city);
				all.add(city);
			}
		}
		Map<String, List<City>> byName = new HashMap<>();
		Map<String, List<City>> byShortName = new HashMap<>();
		for (RegionFiles.CityRow row : cityRows) {
			Province province = byCode.get(row.provinceCode());
			if (province == null) {
				throw new IllegalStateException("City " + row.name() + " names unknown province " + row.provinceCode());
			}
			City city = new City(row.code(), row.name(), row.shortName(), province, row.level());
			all.add(city);
			byName.computeIfAbsent(key(city.name()), k -> new ArrayList<>()).add(city);
			byShortName.computeIfAbsent(key(city.shortName()), k -> new ArrayList<>()).add(city);
		}
		this.provinces = List.copyOf(provinces);
		this.cities = List.copyOf(all);
		this.provincesByKey = Map.copyOf(byKey);
		this.ownCities = Map.copyOf(own);
		this.citiesByName = immutable(byName);
		this.citiesByShortName = immutable(byShortName);
	}

	static ChinaRegions get() {
		return INSTANCE;
	}

	List<Province> provinces() {
		return provinces;
	}

	/** Every city: prefectures, directly administered counties, and the regions that are their own city. */
	List<City> cities() {
		return cities;
	}

	/**
	 * The province a text names: 广东省, 广东, 广东 省, 广东市, Guangdong, guangdong province, ＧＵＡＮＧＤＯＮＧ;
	 * 广西 and 广西壮族自治区; Shaanxi (陕西) and Shanxi (山西) apart. Empty for anything else.
	 */
	Optional<Province> province(String text) {
		String key = text == null ? "" : key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Province province = provincesByKey.get(key);
		for (int i = 0; province == null && i < PROVINCE_SUFFIXES.size(); i++) {
			province = provincesByKey.get(withoutSuffix(key, PROVINCE_SUFFIXES.get(i)));
		}
		return Optional.ofNullable(province);
	}

	/**
	 * The city a text names: 深圳市, 深圳, 恩施 or 恩施州 (恩施土家族苗族自治州), 锡林郭勒 (锡林郭勒盟), 上海 or
	 * Shanghai (上海市). Within the given province when there is one; otherwise only when the name is
	 * unique in the country and, if it is also a province's name, the city lies in that province
	 * (吉林 is 吉林市, but 海南 alone is not 海南藏族自治州 of 青海).
	 */
	Optional<City> city(Province provinceOrNull, String text) {
		String key = text == null ? "" : key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Optional<Province> named = province(text);
		if (named.isPresent() && named.get().isOwnCity()) {
			City own = ownCities.get(named.get().code());
			boolean inScope = provinceOrNull == null || provinceOrNull.code().equals(own.province().code());
			return inScope ? Optional.of(own) : Optional.empty();
		}
		String scope = provinceOrNull != null ? provinceOrNull.code() : named.map(Province::code).orElse(null);
		List<City> found = inScope(citiesByName.get(key), scope);
		if (found.isEmpty()) {
			found = inScope(citiesByShortName.get(key), scope);
		}
		for (int i = 0; found.isEmpty() && i < CITY_SUFFIXES.size(); i++) {
			found = inScope(citiesByShortName.get(withoutSuffix(key, CITY_SUFFIXES.get(i))), scope);
		}
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * Province and city as typed by a person or found in an import file, normalised to the official
	 * names where recognised. A city is looked for in the recognised province first, then in the whole
	 * country: found elsewhere, it is reported as outside the province.
	 */
	Placement normalize(String provinceText, String cityText) {
		String provinceIn = trimmed(provinceText);
		String cityIn = trimmed(cityText);
		Optional<Province> province = province(provinceIn);
		Recognition provinceRecognition = provinceIn == null ? Recognition.ABSENT
				: province.isPresent() ? Recognition.RECOGNISED : Recognition.UNRECOGNISED;
		String provinceOut = province.map(Province::name).orElse(provinceIn);
		if (cityIn == null) {
			return new Placement(provinceOut, null, provinceRecognition, Recognition.ABSENT, false, null);
		}
		Optional<City> inProvince = province.flatMap(p -> city(p, cityIn));
		if (inProvince.isPresent()) {
			return new Placement(provinceOut, inProvince.get().name(), provinceRecognition, Recognition.RECOGNISED,
					false, null);
		}
		Optional<City> anywhere = city(null, cityIn);
		if (anywhere.isEmpty()) {
			return new Placement(provinceOut, cityIn, provinceRecognition, Recognition.UNRECOGNISED, false, null);
		}
		City city = anywhere.get();
		return province.isPresent()
				? new Placement(provinceOut, city.name(), provinceRecognition, Recognition.RECOGNISED, true, null)
				: new Placement(provinceOut, city.name(), provinceRecognition, Recognition.RECOGNISED, false,
						city.province().name());
	}

	/** NFKC (full-width to ASCII), lower case, without spaces and the punctuation that joins words. */
	static String key(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && "-_.,'’·".indexOf(cp) < 0)
			.forEach(key::appendCodePoint);
		return key.toString();
	}

	private static String withoutSuffix(String key, String suffix) {
		return key.length() > suffix.length() && key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length())
				: "";
	}

	private static List<City> inScope(List<City> cities, String provinceCode) {
		if (cities == null) {
			return List.of();
		}
		return provinceCode == null ? cities
				: cities.stream().filter(city -> city.province().code().equals(provinceCode)).toList();
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Map<String, List<City>> immutable(Map<String, List<City>> map) {
		Map<String, List<City>> copy = new HashMap<>();
		map.forEach((name, cities) -> copy.put(name, List.copyOf(cities)));
		return Map.copyOf(copy);
	}

}

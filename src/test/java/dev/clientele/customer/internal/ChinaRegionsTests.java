package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.clientele.customer.internal.ChinaRegions.City;
import dev.clientele.customer.internal.ChinaRegions.Level;
import dev.clientele.customer.internal.ChinaRegions.Placement;
import dev.clientele.customer.internal.ChinaRegions.Province;
import dev.clientele.customer.internal.ChinaRegions.Recognition;

class ChinaRegionsTests {

	private final ChinaRegions regions = ChinaRegions.get();

	@ParameterizedTest
	@CsvSource({ "北京市,北京,Beijing", "天津市,天津,Tianjin", "河北省,河北,Hebei", "山西省,山西,Shanxi",
			"内蒙古自治区,内蒙古,Inner Mongolia", "辽宁省,辽宁,Liaoning", "吉林省,吉林,Jilin", "黑龙江省,黑龙江,Heilongjiang",
			"上海市,上海,Shanghai", "江苏省,江苏,Jiangsu", "浙江省,浙江,Zhejiang", "安徽省,安徽,Anhui", "福建省,福建,Fujian",
			"江西省,江西,Jiangxi", "山东省,山东,Shandong", "河南省,河南,Henan", "湖北省,湖北,Hubei", "湖南省,湖南,Hunan",
			"广东省,广东,Guangdong", "广西壮族自治区,广西,Guangxi", "海南省,海南,Hainan", "重庆市,重庆,Chongqing",
			"四川省,四川,Sichuan", "贵州省,贵州,Guizhou", "云南省,云南,Yunnan", "西藏自治区,西藏,Tibet", "陕西省,陕西,Shaanxi",
			"甘肃省,甘肃,Gansu", "青海省,青海,Qinghai", "宁夏回族自治区,宁夏,Ningxia", "新疆维吾尔自治区,新疆,Xinjiang",
			"台湾省,台湾,Taiwan", "香港特别行政区,香港,Hong Kong", "澳门特别行政区,澳门,Macau" })
	void everyProvinceIsKnownByItsOfficialShortAndEnglishName(String official, String shortName, String english) {
		assertThat(provinceName(official)).isEqualTo(official);
		assertThat(provinceName(shortName)).isEqualTo(official);
		assertThat(provinceName(english)).isEqualTo(official);
		assertThat(provinceName(english.toUpperCase())).isEqualTo(official);
		assertThat(provinceName(english.toLowerCase() + " province")).isEqualTo(official);
		assertThat(regions.province(official)).get().extracting(Province::shortName, Province::englishName)
			.containsExactly(shortName, english);
	}

	@Test
	void thereAreThirtyFourProvinceLevelDivisions() {
		assertThat(regions.provinces()).hasSize(34);
		assertThat(regions.provinces()).extracting(Province::code).doesNotHaveDuplicates();
	}

	@Test
	void provincesAreFoundWithWrongOrMissingSuffixesSpacesAndFullWidthCharacters() {
		assertThat(provinceName("广东 省")).isEqualTo("广东省");
		assertThat(provinceName("广东\u3000省")).isEqualTo("广东省");
		assertThat(provinceName("广东市")).isEqualTo("广东省");
		assertThat(provinceName("广西省")).isEqualTo("广西壮族自治区");
		assertThat(provinceName("新疆维吾尔族自治区")).isEqualTo("新疆维吾尔自治区");
		assertThat(provinceName("宁夏自治区")).isEqualTo("宁夏回族自治区");
		assertThat(provinceName("内蒙")).isEqualTo("内蒙古自治区");
		assertThat(provinceName("香港特区")).isEqualTo("香港特别行政区");
		assertThat(provinceName("臺灣")).isEqualTo("台湾省");
		assertThat(provinceName("ＧＵＡＮＧＤＯＮＧ")).isEqualTo("广东省");
		assertThat(provinceName("  guangdong province ")).isEqualTo("广东省");
		assertThat(provinceName("Guang-dong")).isEqualTo("广东省");
		assertThat(provinceName("Guangxi Zhuang Autonomous Region")).isEqualTo("广西壮族自治区");
		assertThat(provinceName("Inner Mongolia Autonomous Region")).isEqualTo("内蒙古自治区");
		assertThat(provinceName("Nei Mongol")).isEqualTo("内蒙古自治区");
		assertThat(provinceName("Xizang")).isEqualTo("西藏自治区");
		assertThat(provinceName("Xinjiang Uyghur Autonomous Region")).isEqualTo("新疆维吾尔自治区");
		assertThat(provinceName("Hong Kong SAR")).isEqualTo("香港特别行政区");
		assertThat(provinceName("Macao")).isEqualTo("澳门特别行政区");
		assertThat(provinceName("Beijing Municipality")).isEqualTo("北京市");
	}

	@Test
	void shaanxiAndShanxiAreDifferentProvinces() {
		assertThat(provinceName("Shaanxi")).isEqualTo("陕西省");
		assertThat(provinceName("Shanxi")).isEqualTo("山西省");
		assertThat(provinceName("shaan xi")).isEqualTo("陕西省");
	}

	@Test
	void textThatNamesNoProvinceIsNotRecognised() {
		assertThat(regions.province("Bavaria")).isEmpty();
		assertThat(regions.province("加州")).isEmpty();
		assertThat(regions.province("中国")).isEmpty();
		assertThat(regions.province("省")).isEmpty();
		assertThat(regions.province("苏州市")).isEmpty();
		assertThat(regions.province("  ")).isEmpty();
		assertThat(regions.province(null)).isEmpty();
	}

	@Test
	void theCitiesAreTheNationsPrefectureLevelDivisionsPlusTheDirectlyAdministeredCountiesAndTheRegionsThatAreTheirOwnCity() {
		Map<Level, Long> byLevel = regions.cities().stream().collect(Collectors.groupingBy(City::level, Collectors.counting()));
		assertThat(byLevel).containsEntry(Level.PREFECTURE, 333L).containsEntry(Level.COUNTY, 32L)
			.containsEntry(Level.REGION, 6L);
		Map<String, Long> prefecturesByKind = regions.cities().stream().filter(city -> city.level() == Level.PREFECTURE)
			.collect(Collectors.groupingBy(city -> city.name().endsWith("自治州") ? "自治州"
					: city.name().endsWith("地区") ? "地区" : city.name().substring(city.name().length() - 1),
					Collectors.counting()));
		assertThat(prefecturesByKind).containsOnly(Map.entry("市", 293L), Map.entry("地区", 7L), Map.entry("自治州", 30L),
				Map.entry("盟", 3L));
		assertThat(regions.cities()).extracting(City::code).doesNotHaveDuplicates();
	}

	@Test
	void everyCityIsFoundByItsOfficialNameAnywhereAndByItsShortNameInItsProvince() {
		for (City city : regions.cities()) {
			assertThat(regions.city(null, city.name())).as(city.name()).hasValue(city);
			assertThat(regions.city(city.province(), city.name())).as(city.name()).hasValue(city);
			assertThat(regions.city(city.province(), city.shortName())).as(city.shortName()).hasValue(city);
		}
	}

	@Test
	void citiesAreFoundWithoutTheirSuffixAndAutonomousPrefecturesAndLeaguesByTheirLeadingName() {
		assertThat(cityName("深圳市")).isEqualTo("深圳市");
		assertThat(cityName("深圳")).isEqualTo("深圳市");
		assertThat(cityName(" 深圳 市 ")).isEqualTo("深圳市");
		assertThat(cityName("恩施")).isEqualTo("恩施土家族苗族自治州");
		assertThat(cityName("恩施州")).isEqualTo("恩施土家族苗族自治州");
		assertThat(cityName("延边")).isEqualTo("延边朝鲜族自治州");
		assertThat(cityName("西双版纳州")).isEqualTo("西双版纳傣族自治州");
		assertThat(cityName("黔东南")).isEqualTo("黔东南苗族侗族自治州");
		assertThat(cityName("大兴安岭")).isEqualTo("大兴安岭地区");
		assertThat(cityName("毕节地区")).as("毕节 became a city in 2011").isEqualTo("毕节市");
		assertThat(regions.city(null, "朝阳区")).isEmpty();
	}

	@Test
	void jilinIsBothAProvinceAndACityInIt() {
		assertThat(provinceName("吉林")).isEqualTo("吉林省");
		assertThat(regions.city(null, "吉林")).get().extracting(City::name, city -> city.province().name())
			.containsExactly("吉林市", "吉林省");
		assertThat(regions.normalize("吉林", "吉林")).isEqualTo(recognised("吉林省", "吉林市"));
		assertThat(regions.normalize(null, "吉林").suggestedProvince()).isEqualTo("吉林省");
	}

	@Test
	void hainanAloneIsTheProvinceAndOnlyWithinQinghaiTheTibetanAutonomousPrefecture() {
		assertThat(provinceName("海南")).isEqualTo("海南省");
		assertThat(regions.city(null, "海南")).isEmpty();
		assertThat(regions.city(province("青海"), "海南")).get().extracting(City::name).isEqualTo("海南藏族自治州");
		assertThat(regions.normalize("青海", "海南州")).isEqualTo(recognised("青海省", "海南藏族自治州"));
		assertThat(regions.normalize("海南", "海南")).isEqualTo(new Placement("海南省", "海南", Recognition.RECOGNISED,
				Recognition.UNRECOGNISED, false, null));
		assertThat(regions.normalize(null, "海南藏族自治州").suggestedProvince()).isEqualTo("青海省");
		assertThat(regions.normalize("海南", "三亚")).isEqualTo(recognised("海南省", "三亚市"));
	}

	@Test
	void municipalitiesAreTheirOwnCity() {
		assertThat(regions.normalize("重庆", "重庆")).isEqualTo(recognised("重庆市", "重庆市"));
		assertThat(regions.normalize("重庆市", "重庆市")).isEqualTo(recognised("重庆市", "重庆市"));
		assertThat(regions.normalize("上海市", "Shanghai")).isEqualTo(recognised("上海市", "上海市"));
		assertThat(regions.normalize(null, "上海")).isEqualTo(new Placement(null, "上海市", Recognition.ABSENT,
				Recognition.RECOGNISED, false, "上海市"));
		assertThat(regions.city(province("上海"), "浦东新区")).isEmpty();
		assertThat(regions.normalize("河北", "北京").cityOutsideProvince()).isTrue();
	}

	@Test
	void xianAndXiningLieInShaanxiAndQinghai() {
		assertThat(regions.normalize(null, "西安").suggestedProvince()).isEqualTo("陕西省");
		assertThat(regions.normalize(null, "西宁").suggestedProvince()).isEqualTo("青海省");
		assertThat(regions.normalize("Shaanxi", "西安")).isEqualTo(recognised("陕西省", "西安市"));
		assertThat(regions.normalize("Shanxi", "西安").cityOutsideProvince()).isTrue();
		assertThat(regions.normalize("陕西", "西宁").cityOutsideProvince()).isTrue();
	}

	@Test
	void innerMongoliasLeaguesAreItsCities() {
		assertThat(regions.normalize("内蒙古", "锡林郭勒盟")).isEqualTo(recognised("内蒙古自治区", "锡林郭勒盟"));
		assertThat(regions.normalize("Inner Mongolia", "锡林郭勒")).isEqualTo(recognised("内蒙古自治区", "锡林郭勒盟"));
		assertThat(cityName("兴安盟")).isEqualTo("兴安盟");
		assertThat(cityName("阿拉善")).isEqualTo("阿拉善盟");
	}

	@Test
	void xinjiangsPrefecturesAndTheCountyLevelCitiesNoPrefectureAdministersAreCities() {
		assertThat(cityName("伊犁")).isEqualTo("伊犁哈萨克自治州");
		assertThat(cityName("克孜勒苏")).isEqualTo("克孜勒苏柯尔克孜自治州");
		assertThat(cityName("喀什")).isEqualTo("喀什地区");
		assertThat(regions.normalize("新疆", "巴音郭楞")).isEqualTo(recognised("新疆维吾尔自治区", "巴音郭楞蒙古自治州"));
		City shihezi = regions.city(null, "石河子").orElseThrow();
		assertThat(shihezi.level()).isEqualTo(Level.COUNTY);
		assertThat(shihezi.province().name()).isEqualTo("新疆维吾尔自治区");
		assertThat(cityName("仙桃")).isEqualTo("仙桃市");
		assertThat(cityName("济源")).isEqualTo("济源市");
		assertThat(cityName("神农架")).isEqualTo("神农架林区");
		assertThat(regions.normalize("海南", "琼海")).isEqualTo(recognised("海南省", "琼海市"));
		assertThat(regions.normalize("河南", "仙桃").cityOutsideProvince()).isTrue();
	}

	@Test
	void hongKongAndMacauAreTheirOwnCityAndTaiwanHasNoCitiesHere() {
		assertThat(regions.normalize("香港", "香港")).isEqualTo(recognised("香港特别行政区", "香港特别行政区"));
		assertThat(regions.normalize(null, "Hong Kong").suggestedProvince()).isEqualTo("香港特别行政区");
		assertThat(regions.normalize("澳门", "澳门")).isEqualTo(recognised("澳门特别行政区", "澳门特别行政区"));
		assertThat(regions.normalize("香港", "九龙")).isEqualTo(new Placement("香港特别行政区", "九龙", Recognition.RECOGNISED,
				Recognition.UNRECOGNISED, false, null));
		assertThat(regions.normalize("台湾", "台北")).isEqualTo(new Placement("台湾省", "台北", Recognition.RECOGNISED,
				Recognition.UNRECOGNISED, false, null));
		assertThat(regions.normalize("Taiwan", "杭州").cityOutsideProvince()).isTrue();
	}

	@Test
	void aCityInAnotherProvinceIsReportedAsOutsideIt() {
		assertThat(regions.normalize("江苏", "杭州")).isEqualTo(new Placement("江苏省", "杭州市", Recognition.RECOGNISED,
				Recognition.RECOGNISED, true, null));
		assertThat(regions.normalize("浙江", "杭州").cityOutsideProvince()).isFalse();
	}

	@Test
	void aUniqueCityAloneSuggestsItsProvinceWithoutFillingItIn() {
		assertThat(regions.normalize(null, "深圳")).isEqualTo(new Placement(null, "深圳市", Recognition.ABSENT,
				Recognition.RECOGNISED, false, "广东省"));
		assertThat(regions.normalize("Bavaria", "深圳")).isEqualTo(new Placement("Bavaria", "深圳市",
				Recognition.UNRECOGNISED, Recognition.RECOGNISED, false, "广东省"));
	}

	@Test
	void unknownTextIsKeptAsTyped() {
		assertThat(regions.normalize(" Bavaria ", " München ")).isEqualTo(new Placement("Bavaria", "München",
				Recognition.UNRECOGNISED, Recognition.UNRECOGNISED, false, null));
		assertThat(regions.normalize("广东", " 某某镇 ")).isEqualTo(new Placement("广东省", "某某镇", Recognition.RECOGNISED,
				Recognition.UNRECOGNISED, false, null));
		assertThat(regions.normalize("  ", null)).isEqualTo(new Placement(null, null, Recognition.ABSENT,
				Recognition.ABSENT, false, null));
		assertThat(regions.normalize("广东", "")).isEqualTo(new Placement("广东省", null, Recognition.RECOGNISED,
				Recognition.ABSENT, false, null));
	}

	@Test
	void everyProvinceAndCityTheDemoDataGeneratesIsRecognisedAndConsistent() throws IOException {
		String demo;
		try (InputStream in = ChinaRegionsTests.class.getResourceAsStream("/demo/regions.txt")) {
			demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int pairs = 0;
		for (String line : demo.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\|");
			String province = parts[1].strip();
			// "city(district district) city ...": the city names are the words outside parentheses
			for (String city : parts[2].replaceAll("\\([^)]*\\)", " ").strip().split("\\s+")) {
				assertThat(regions.normalize(province, city)).as(province + " " + city)
					.isEqualTo(recognised(province, city));
				pairs++;
			}
		}
		assertThat(pairs).isGreaterThan(100);
	}

	private String provinceName(String text) {
		return regions.province(text).map(Province::name).orElse(null);
	}

	private Province province(String text) {
		return regions.province(text).orElseThrow();
	}

	private String cityName(String text) {
		return regions.city(null, text).map(City::name).orElse(null);
	}

	private static Placement recognised(String province, String city) {
		return new Placement(province, city, Recognition.RECOGNISED, Recognition.RECOGNISED, false, null);
	}

}

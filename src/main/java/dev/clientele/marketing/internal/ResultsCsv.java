package dev.clientele.marketing.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import dev.clientele.marketing.CampaignResults;
import dev.clientele.marketing.CampaignResults.Breakdown;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A campaign's results as one CSV table: the whole campaign, then each breakdown's groups. */
final class ResultsCsv {

	static final List<String> HEADER = List.of("dimension", "key", "label", "targeted", "responded", "converted",
			"responseRate", "conversionRate", "revenue");

	private ResultsCsv() {
	}

	static String write(CampaignResults results) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
			CampaignResults.Funnel f = results.funnel();
			csv.printRecord("campaign", results.campaignId(), results.name(), f.targeted(), f.responded(), f.converted(),
					results.rates().response(), results.rates().conversion(),
					results.revenue() == null ? "" : results.revenue().toPlainString());
			rows(csv, "segment", results.bySegment());
			rows(csv, "level", results.byLevel());
			rows(csv, "city", results.byCity());
			rows(csv, "owner", results.byOwner());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void rows(CSVPrinter csv, String dimension, List<Breakdown> groups) throws IOException {
		for (Breakdown b : groups) {
			csv.printRecord(dimension, b.key() == null ? "" : b.key(), b.label() == null ? "" : b.label(), b.targeted(),
					b.responded(), b.converted(), b.responseRate(), b.conversionRate(),
					b.revenue() == null ? "" : b.revenue().toPlainString());
		}
	}

}

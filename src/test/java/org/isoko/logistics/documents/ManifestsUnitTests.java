package org.isoko.logistics.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.isoko.logistics.documents.DocumentSamples.ZH;

class ManifestsUnitTests {

	private final Manifests manifests = new Manifests();

	static ManifestData manifest(int parcels, Locale language) {
		List<ManifestLine> lines = new ArrayList<>();
		for (int i = 0; i < parcels; i++) {
			lines.add(new ManifestLine(DocumentSamples.waybill(1000 + i),
					i == 0 ? "王小明, 杭州" : "Buyer " + i + ", Hangzhou",
					i % 2 == 0 ? "Green coffee, \"Bourbon\" grade A" : "绿茶 green tea",
					HsCode.of(i % 2 == 0 ? "0901.11" : "0902.10"), 1 + i % 3, 1_000 + 125L * i,
					i % 5 == 4 ? Money.of("80.00", "USD") : Money.ofMinor(25_000 + 1_000L * i, "RWF")));
		}
		return new ManifestData("176-12345675", "CNS-KGL-2026-0042", TransportMode.AIR, "Emirates SkyCargo", "EK 724",
				DocumentSamples.KIGALI, DocumentSamples.HANGZHOU,
				ZonedDateTime.of(2026, 12, 7, 23, 45, 0, 0, ZoneId.of("Africa/Kigali")), lines, language);
	}

	@Test
	void listsEveryHouseWaybillUnderTheMasterWaybillWithTotals() throws Exception {
		ManifestData manifest = manifest(60, Locale.ENGLISH);
		byte[] pdf = manifests.pdf(manifest);
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/manifest-en.pdf"), pdf);

		String text = PdfReading.text(pdf);
		assertThat(text).contains("Master waybill: 176-12345675", "CNS-KGL-2026-0042", "EK 724", "Air",
				"Emirates SkyCargo", "王小明, 杭州", "绿茶 green tea", "0901.11", "0902.10");
		for (ManifestLine line : manifest.lines()) {
			assertThat(text).contains(line.waybill().value());
		}
		assertThat(PdfReading.pages(pdf)).isGreaterThan(1);
		// 60 parcels: pieces 1,2,3 repeating = 120; weights 1,000 g + 125 g × (0..59).
		assertThat(manifest.totalPieces()).isEqualTo(120);
		assertThat(manifest.totalWeightGrams()).isEqualTo(60 * 1_000 + 125L * (59 * 60 / 2));
		assertThat(manifest.totalValues()).containsExactly(Money.of("2592000", "RWF"), Money.of("960.00", "USD"));
		assertThat(text).contains("281.250", Figures.amount(Money.of("2592000", "RWF"), Locale.ENGLISH),
				Figures.amount(Money.of("960.00", "USD"), Locale.ENGLISH),
				"Total: 60 house waybills, 120 pieces, 281.250 kg");
	}

	@Test
	void speaksTheReadersLanguage() {
		String chinese = PdfReading.text(manifests.pdf(manifest(3, ZH)));
		assertThat(chinese).contains("货物舱单", "主运单: 176-12345675", "空运", "合计：3 个分运单，6 件，3.375 千克");
		String french = PdfReading.text(manifests.pdf(manifest(3, Locale.FRENCH)));
		assertThat(french).contains("Manifeste de fret", "Aérien", "Lettre de transport principale",
				Figures.kilograms(3_375, Locale.FRENCH));
	}

	@Test
	void writesRfc4180CsvWithQuotingTotalsPerCurrencyAndNoFormulas() {
		ManifestData manifest = new ManifestData("176-12345675", "CNS-1", TransportMode.AIR, "EK", "EK 724",
				DocumentSamples.KIGALI, DocumentSamples.HANGZHOU,
				ZonedDateTime.of(2026, 12, 7, 23, 45, 0, 0, ZoneId.of("Africa/Kigali")),
				List.of(new ManifestLine(DocumentSamples.waybill(1), "王小明, 杭州", "Coffee \"AA\"", HsCode.of("090111"), 2,
						2_350, Money.of("12.50", "CNY")),
						new ManifestLine(DocumentSamples.waybill(2), "=HYPERLINK(\"x\")", "tea\nleaves",
								HsCode.of("0902.10"), 1, 500, Money.of("3.00", "CNY"))),
				Locale.ENGLISH);
		String csv = new String(manifests.csv(manifest), StandardCharsets.UTF_8);
		String first = DocumentSamples.waybill(1).value();
		String second = DocumentSamples.waybill(2).value();
		assertThat(csv)
			.isEqualTo("master_waybill,house_waybill,consignee,contents,hs_code,pieces,weight_kg,value,currency\r\n"
					+ "176-12345675," + first + ",\"王小明, 杭州\",\"Coffee \"\"AA\"\"\",090111,2,2.350,12.50,CNY\r\n"
					+ "176-12345675," + second
					+ ",\"'=HYPERLINK(\"\"x\"\")\",\"tea\nleaves\",090210,1,0.500,3.00,CNY\r\n"
					+ "176-12345675,TOTAL,,,,3,2.850,15.50,CNY\r\n");
	}

	@Test
	void refusesAnAirManifestWithoutAValidIataMasterWaybill() {
		ManifestData valid = manifest(1, Locale.ENGLISH);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ManifestData("176-12345674", valid.consignmentReference(), TransportMode.AIR,
					valid.carrier(), valid.departureReference(), valid.origin(), valid.destination(), valid.departs(),
					valid.lines(), Locale.ENGLISH))
			.withMessageContaining("check digit");
		ManifestData road = new ManifestData("TRK-KGL-0007", valid.consignmentReference(), TransportMode.ROAD,
				valid.carrier(), valid.departureReference(), valid.origin(), valid.destination(), valid.departs(),
				valid.lines(), Locale.ENGLISH);
		assertThat(road.masterWaybill()).isEqualTo("TRK-KGL-0007");
		assertThat(new ManifestData("17612345675", valid.consignmentReference(), TransportMode.AIR, valid.carrier(),
				valid.departureReference(), valid.origin(), valid.destination(), valid.departs(), valid.lines(),
				Locale.ENGLISH)
			.masterWaybill()).isEqualTo("176-12345675");
	}

}

package org.isoko.logistics.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.logistics.documents.DocumentSamples.RW;
import static org.isoko.logistics.documents.DocumentSamples.ZH;

class PackingListsUnitTests {

	private final PackingLists packingLists = new PackingLists();

	static PackingListData packing(Locale language) {
		return new PackingListData("RW-4821-7730", LocalDate.of(2026, 12, 6), DocumentSamples.SELLER,
				DocumentSamples.BUYER, Incoterm.DAP, "Hangzhou",
				List.of(new PackingListData.Parcel(DocumentSamples.waybill(12345), 2, 3_150),
						new PackingListData.Parcel(DocumentSamples.waybill(12346), 1, 1_960)),
				List.of(new PackingListData.Line("Green coffee, washed, 1 kg bag", HsCode.of("0901.11"),
						CountryCode.of("RW"), 3, 3_000),
						new PackingListData.Line("Roasted coffee 250 g", HsCode.of("0901.21"), CountryCode.of("RW"), 7,
								1_750)),
				language);
	}

	@Test
	void listsParcelsAndGoodsWithWeightsAndTotals() throws Exception {
		byte[] pdf = packingLists.render(packing(Locale.ENGLISH));
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/packing-en.pdf"), pdf);
		String text = PdfReading.text(pdf);
		assertThat(text).contains("Packing list", "RW-4821-7730", "DAP Hangzhou",
				DocumentSamples.waybill(12345).value(), DocumentSamples.waybill(12346).value(), "3.150", "1.960",
				"0901.11", "0901.21", "Total: 2 parcels, 3 pieces, net 4.750 kg, gross 5.110 kg");
	}

	@Test
	void speaksChineseAndKinyarwanda() {
		assertThat(PdfReading.text(packingLists.render(packing(ZH)))).contains("装箱单", "王小明",
				"合计：2 个包裹，3 件，净重 4.750 千克，毛重 5.110 千克");
		assertThat(PdfReading.text(packingLists.render(packing(RW)))).contains("Urutonde rw'ibipfunyitse", "Amapaki",
				Figures.kilograms(5_110, RW));
	}

}

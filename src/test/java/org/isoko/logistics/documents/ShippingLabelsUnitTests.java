package org.isoko.logistics.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.logistics.documents.DocumentSamples.RW;
import static org.isoko.logistics.documents.DocumentSamples.ZH;

class ShippingLabelsUnitTests {

	private final ShippingLabels labels = new ShippingLabels();

	@Test
	void printsAnA6PageWithTheParcelsFiguresInBothLanguages() throws Exception {
		LabelData label = DocumentSamples.label(Locale.ENGLISH, ZH);
		byte[] pdf = labels.render(label);
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/label-en-zh.pdf"), pdf);

		assertThat(PdfReading.pages(pdf)).isEqualTo(1);
		float[] size = PdfReading.pageSizeMillimetres(pdf);
		assertThat(size[0]).isCloseTo(105f, org.assertj.core.data.Offset.offset(0.5f));
		assertThat(size[1]).isCloseTo(148f, org.assertj.core.data.Offset.offset(0.5f));

		String text = PdfReading.text(pdf);
		assertThat(text).contains(label.waybill().value(), "RW-4821-7730", "KGL", "HGH", "Kigali", "杭州")
			.contains("2.350 kg")
			.contains("Inzozi Coffee Ltd", "王小明", "西湖区文三路 90 号")
			.contains("Shipping label / 运单标签", "Sender / 发件人", "Deliver to / 收件人", "Declared weight / 申报重量");
	}

	@Test
	void printsManyLabelsAsOnePdfAPageEachInOrderWithTheFontsEmbeddedOnce() {
		LabelData sample = DocumentSamples.label(Locale.ENGLISH, ZH);
		java.util.List<LabelData> batch = java.util.stream.IntStream.range(0, 3)
			.mapToObj(i -> new LabelData(DocumentSamples.waybill(500 + i), "RW-" + (900 + i), sample.sender(),
					sample.consignee(), sample.origin(), sample.destination(), 1_000 + i, 1, sample.created(),
					sample.sellerLanguage(), sample.destinationLanguage()))
			.toList();
		byte[] pdf = labels.renderAll(batch);

		assertThat(PdfReading.pages(pdf)).isEqualTo(3);
		String text = PdfReading.text(pdf);
		int first = text.indexOf(batch.get(0).waybill().value());
		int second = text.indexOf(batch.get(1).waybill().value());
		int third = text.indexOf(batch.get(2).waybill().value());
		assertThat(first).isNotNegative().isLessThan(second);
		assertThat(second).isLessThan(third);
		assertThat(text).contains("RW-900", "RW-901", "RW-902", "王小明");
		// One set of font subsets for the three pages, not three.
		long separately = batch.stream().mapToLong(label -> labels.render(label).length).sum();
		assertThat((long) pdf.length).isLessThan(separately / 2);
	}

	@Test
	void encodesTheWaybillNumberInTheBarcodeAndTheQrCode() {
		LabelData label = DocumentSamples.label(Locale.FRENCH, ZH);
		Map<BarcodeFormat, String> codes = PdfReading.barcodes(labels.render(label), BarcodeFormat.CODE_128,
				BarcodeFormat.QR_CODE);
		assertThat(codes).containsEntry(BarcodeFormat.CODE_128, label.waybill().value())
			.containsEntry(BarcodeFormat.QR_CODE, label.waybill().value());
		assertThat(HouseWaybillNumber.parse(codes.get(BarcodeFormat.CODE_128))).isEqualTo(label.waybill());
	}

	@Test
	void printsOneLanguageOnceAndKinyarwandaAndFrenchCaptions() {
		String kinyarwanda = PdfReading.text(labels.render(DocumentSamples.label(RW, RW)));
		assertThat(kinyarwanda).contains("Ikirango cyo kohereza", "Uwohereza", "kg " + Figures.kilograms(2_350, RW))
			.doesNotContain("Ikirango cyo kohereza /");
		String french = PdfReading.text(labels.render(DocumentSamples.label(Locale.FRENCH, RW)));
		assertThat(french).contains("Étiquette d'expédition / Ikirango cyo kohereza", "2,350 kg", "Poids déclaré");
	}

	@Test
	void embedsItsFontsAndOnlyTheChineseFontWhenChineseIsPrinted() {
		assertThat(PdfReading.embeddedFonts(labels.render(DocumentSamples.label(Locale.ENGLISH, ZH))))
			.anyMatch((name) -> name.contains("DroidSansFallback"))
			.anyMatch((name) -> name.contains("NotoSans"));
		LabelData latinOnly = new LabelData(DocumentSamples.waybill(1), "RW-1", DocumentSamples.SELLER,
				DocumentSamples.SELLER, DocumentSamples.KIGALI, new Hub(DocumentSamples.KIGALI.code(), "Kigali"), 500,
				1, java.time.LocalDate.of(2026, 12, 6), Locale.ENGLISH, Locale.FRENCH);
		assertThat(PdfReading.embeddedFonts(labels.render(latinOnly))).isNotEmpty()
			.noneMatch((name) -> name.contains("DroidSansFallback"));
	}

}

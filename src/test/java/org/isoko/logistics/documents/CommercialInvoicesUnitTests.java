package org.isoko.logistics.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.isoko.logistics.documents.DocumentSamples.ZH;

class CommercialInvoicesUnitTests {

	private final CommercialInvoices invoices = new CommercialInvoices();

	static InvoiceData invoice(Locale language) {
		return new InvoiceData("INV-2026-000731", "RW-4821-7730", LocalDate.of(2026, 12, 6), DocumentSamples.SELLER,
				DocumentSamples.BUYER, DocumentSamples.BUYER, Incoterm.DAP, "Hangzhou", CurrencyCode.of("RWF"),
				List.of(new InvoiceLine("Green coffee, washed, 1 kg bag", HsCode.of("0901.11"), CountryCode.of("RW"), 3,
						Money.ofMinor(12_500, "RWF"), 3_000, 3_150),
						new InvoiceLine("Roasted coffee 250 g 咖啡", HsCode.of("0901.21"), CountryCode.of("RW"), 7,
								Money.ofMinor(4_333, "RWF"), 1_750, 1_960)),
				Money.ofMinor(18_000, "RWF"), Money.ofMinor(650, "RWF"),
				List.of(DocumentSamples.waybill(12345), DocumentSamples.waybill(12346)), language);
	}

	@Test
	void printsEachLinesExactValueAndTheTotals() throws Exception {
		InvoiceData invoice = invoice(Locale.ENGLISH);
		byte[] pdf = invoices.render(invoice);
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/invoice-en.pdf"), pdf);

		// 3 × 12,500 = 37,500; 7 × 4,333 = 30,331; goods 67,831; + 18,000 + 650 = 86,481.
		assertThat(invoice.goodsTotal()).isEqualTo(Money.ofMinor(67_831, "RWF"));
		assertThat(invoice.total()).isEqualTo(Money.ofMinor(86_481, "RWF"));
		String text = PdfReading.text(pdf);
		assertThat(text).contains("Commercial invoice", "INV-2026-000731", "RW-4821-7730", "DAP Hangzhou",
				"Inzozi Coffee Ltd", "TIN 102345678", "王小明", "0901.11", "0901.21", "Rwanda", "咖啡", rwf(12_500),
				rwf(37_500), rwf(4_333), rwf(30_331), rwf(67_831), rwf(18_000), rwf(650), rwf(86_481),
				"Total weight: net 4.750 kg, gross 5.110 kg", DocumentSamples.waybill(12346).value());
	}

	private static String rwf(long amount) {
		String english = Figures.amount(Money.ofMinor(amount, "RWF"), Locale.ENGLISH);
		assertThat(english).contains(String.format(Locale.ENGLISH, "%,d", amount));
		return english.replace('\u00a0', ' ');
	}

	@Test
	void goodsWithoutInsuranceSayNotInsuredInTheDocumentsLanguageRatherThanZero() {
		InvoiceData insured = invoice(Locale.ENGLISH);
		for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("rw"), ZH)) {
			InvoiceData uninsured = new InvoiceData(insured.invoiceNumber(), insured.orderNumber(), insured.issued(),
					insured.seller(), insured.buyer(), insured.consignee(), insured.incoterm(), insured.namedPlace(),
					insured.currency(), insured.lines(), insured.freight(), null, insured.waybills(), language);
			String text = PdfReading.text(invoices.render(uninsured));
			String notInsured = DocumentTexts.of(language).get("invoice.notInsured");
			assertThat(text).as(language.toString()).contains(notInsured);
			// 67,831 + 18,000: no insurance in the total, and no "0" printed for it.
			assertThat(uninsured.total()).isEqualTo(Money.ofMinor(85_831, "RWF"));
			// (the PDF writes Java's no-break spaces, narrow or not, as plain ones)
			assertThat(text).contains(
					Figures.amount(uninsured.total(), DocumentTexts.of(language).locale()).replaceAll("\\p{Zs}", " "));
			if (language == Locale.ENGLISH) {
				// "RWF 0" (in French "0 RWF" is a tail of "18 000 RWF")
				assertThat(text).doesNotContain(rwf(0));
			}
		}
		assertThat(DocumentTexts.of(ZH).get("invoice.notInsured")).isEqualTo("未投保");
		assertThat(PdfReading.text(invoices.render(insured))).contains(rwf(650)).doesNotContain("not insured");
	}

	@Test
	void speaksChineseWithChineseFigures() {
		InvoiceData invoice = invoice(ZH);
		String text = PdfReading.text(invoices.render(invoice));
		assertThat(text).contains("商业发票", "发票总金额", "卢旺达", Figures.amount(invoice.total(), ZH),
				"总重量：净重 4.750 千克，毛重 5.110 千克");
	}

	@Test
	void refusesLinesInAnotherCurrency() {
		InvoiceData valid = invoice(Locale.ENGLISH);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InvoiceData(valid.invoiceNumber(), valid.orderNumber(), valid.issued(),
					valid.seller(), valid.buyer(), valid.consignee(), valid.incoterm(), valid.namedPlace(),
					CurrencyCode.of("CNY"), valid.lines(), Money.ofMinor(0, "CNY"), Money.ofMinor(0, "CNY"),
					valid.waybills(), Locale.ENGLISH))
			.withMessageContaining("priced in RWF");
	}

}

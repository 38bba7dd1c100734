package org.isoko.logistics.documents;

import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.isoko.shared.Money;

/**
 * Renders an order's commercial invoice (A4 PDF), the document customs values the goods
 * by: seller, buyer and consignee, the Incoterms rule, each line's HS code, origin,
 * quantity, unit price and value, weights, and the totals, all amounts exact.
 */
public class CommercialInvoices {

	private static final float MARGIN = 36;

	public byte[] render(InvoiceData invoice) {
		DocumentTexts texts = DocumentTexts.of(invoice.language());
		Locale locale = texts.locale();
		return PdfBlocks.write(PageSize.A4, MARGIN, texts.get("invoice.title") + " " + invoice.invoiceNumber(),
				(document, writer) -> {
					Paragraph title = new Paragraph(PdfFonts.bold(texts.get("invoice.title"), 18));
					title.setSpacingAfter(6);
					PdfBlocks.add(document, title);

					PdfPTable facts = PdfBlocks.table(1, 1, 1);
					facts.addCell(PdfBlocks.fact(texts.get("invoice.number"), invoice.invoiceNumber()));
					facts.addCell(PdfBlocks.fact(texts.get("invoice.date"), Figures.date(invoice.issued(), locale)));
					facts.addCell(PdfBlocks.fact(texts.get("invoice.order"), invoice.orderNumber()));
					facts.addCell(PdfBlocks.fact(texts.get("invoice.terms"),
							invoice.incoterm().name() + " " + invoice.namedPlace()));
					facts.addCell(PdfBlocks.fact(texts.get("invoice.currency"), invoice.currency().value()));
					facts.addCell(PdfBlocks.fact(texts.get("invoice.waybills"),
							invoice.waybills()
								.stream()
								.map(HouseWaybillNumber::value)
								.collect(Collectors.joining("\n"))));
					facts.setSpacingAfter(8);
					PdfBlocks.add(document, facts);

					PdfPTable parties = PdfBlocks.table(1, 1, 1);
					String taxId = texts.get("invoice.taxId");
					parties.addCell(PdfBlocks.party(texts.get("invoice.seller"), invoice.seller(), locale, taxId));
					parties.addCell(PdfBlocks.party(texts.get("invoice.buyer"), invoice.buyer(), locale, taxId));
					parties
						.addCell(PdfBlocks.party(texts.get("invoice.consignee"), invoice.consignee(), locale, taxId));
					parties.setSpacingAfter(10);
					PdfBlocks.add(document, parties);

					PdfPTable table = PdfBlocks.table(26, 10, 12, 8, 13, 14, 8, 9);
					for (String column : new String[] { "description", "hsCode", "origin", "quantity", "unitPrice",
							"value", "netWeight", "grossWeight" }) {
						table.addCell(PdfBlocks.header(texts.get("invoice.column." + column), 7.5f));
					}
					table.setHeaderRows(1);
					for (InvoiceLine line : invoice.lines()) {
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.description(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.hsCode().formatted(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.origin().displayName(locale), 8), false));
						table.addCell(
								PdfBlocks.ruled(PdfFonts.regular(Figures.count(line.quantity(), locale), 8), true));
						table.addCell(
								PdfBlocks.ruled(PdfFonts.regular(Figures.amount(line.unitPrice(), locale), 8), true));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(Figures.amount(line.value(), locale), 8), true));
						table.addCell(PdfBlocks
							.ruled(PdfFonts.regular(Figures.kilograms(line.netWeightGrams(), locale), 8), true));
						table.addCell(PdfBlocks
							.ruled(PdfFonts.regular(Figures.kilograms(line.grossWeightGrams(), locale), 8), true));
					}
					total(table, texts.get("invoice.goodsTotal"), invoice.goodsTotal(), locale, false);
					total(table, texts.get("invoice.freight"), invoice.freight(), locale, false);
					if (invoice.insurance() == null) {
						// Customs and the buyer's insurer read a 0 as insured for
						// nothing.
						total(table, texts.get("invoice.insurance"), texts.get("invoice.notInsured"), false);
					}
					else {
						total(table, texts.get("invoice.insurance"), invoice.insurance(), locale, false);
					}
					total(table, texts.get("invoice.total"), invoice.total(), locale, true);
					PdfBlocks.add(document, table);

					Paragraph weights = new Paragraph(PdfFonts
						.regular(texts.get("invoice.weights", Figures.kilograms(invoice.netWeightGrams(), locale),
								Figures.kilograms(invoice.grossWeightGrams(), locale)), 9));
					weights.setSpacingBefore(6);
					PdfBlocks.add(document, weights);
					Paragraph declaration = new Paragraph(PdfFonts.regular(texts.get("invoice.declaration"), 8));
					declaration.setSpacingBefore(14);
					PdfBlocks.add(document, declaration);
				});
	}

	private static void total(PdfPTable table, String caption, Money amount, Locale locale, boolean bold) {
		total(table, caption, Figures.amount(amount, locale), bold);
	}

	private static void total(PdfPTable table, String caption, String value, boolean bold) {
		PdfPCell label = PdfBlocks.ruled(PdfFonts.phrase(caption, 8, bold), false);
		label.setColspan(5);
		label.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(label);
		table.addCell(PdfBlocks.ruled(PdfFonts.phrase(value, 8, bold), true));
		PdfPCell empty = PdfBlocks.ruled(PdfFonts.regular("", 8), false);
		empty.setColspan(2);
		table.addCell(empty);
	}

}

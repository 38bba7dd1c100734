package org.isoko.logistics.documents;

import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Renders an order's packing list (A4 PDF): what is in which parcel, for the hub agent
 * and customs inspecting it — the parcels with their house waybills, pieces and gross
 * weights, the goods with HS code, origin, quantity and net weight, and the totals. No
 * prices: the commercial invoice has those.
 */
public class PackingLists {

	private static final float MARGIN = 36;

	public byte[] render(PackingListData packing) {
		DocumentTexts texts = DocumentTexts.of(packing.language());
		Locale locale = texts.locale();
		return PdfBlocks.write(PageSize.A4, MARGIN, texts.get("packing.title") + " " + packing.orderNumber(),
				(document, writer) -> {
					Paragraph title = new Paragraph(PdfFonts.bold(texts.get("packing.title"), 18));
					title.setSpacingAfter(6);
					PdfBlocks.add(document, title);

					PdfPTable facts = PdfBlocks.table(1, 1, 1);
					facts.addCell(PdfBlocks.fact(texts.get("packing.order"), packing.orderNumber()));
					facts.addCell(PdfBlocks.fact(texts.get("packing.date"), Figures.date(packing.issued(), locale)));
					facts.addCell(PdfBlocks.fact(texts.get("packing.terms"),
							packing.incoterm().name() + " " + packing.namedPlace()));
					facts.setSpacingAfter(8);
					PdfBlocks.add(document, facts);

					PdfPTable parties = PdfBlocks.table(1, 1);
					String taxId = texts.get("invoice.taxId");
					parties.addCell(PdfBlocks.party(texts.get("packing.seller"), packing.seller(), locale, taxId));
					parties
						.addCell(PdfBlocks.party(texts.get("packing.consignee"), packing.consignee(), locale, taxId));
					parties.setSpacingAfter(10);
					PdfBlocks.add(document, parties);

					PdfBlocks.add(document, heading(texts.get("packing.parcels")));
					PdfPTable parcels = PdfBlocks.table(50, 20, 30);
					for (String column : new String[] { "waybill", "pieces", "grossWeight" }) {
						parcels.addCell(PdfBlocks.header(texts.get("packing.column." + column), 8));
					}
					parcels.setHeaderRows(1);
					for (PackingListData.Parcel parcel : packing.parcels()) {
						parcels.addCell(PdfBlocks.ruled(PdfFonts.regular(parcel.waybill().value(), 9), false));
						parcels.addCell(
								PdfBlocks.ruled(PdfFonts.regular(Figures.count(parcel.pieces(), locale), 9), true));
						parcels.addCell(PdfBlocks
							.ruled(PdfFonts.regular(Figures.kilograms(parcel.grossWeightGrams(), locale), 9), true));
					}
					parcels.addCell(PdfBlocks.ruled(PdfFonts.bold(texts.get("packing.total"), 9), false));
					parcels
						.addCell(PdfBlocks.ruled(PdfFonts.bold(Figures.count(packing.totalPieces(), locale), 9), true));
					parcels.addCell(PdfBlocks
						.ruled(PdfFonts.bold(Figures.kilograms(packing.grossWeightGrams(), locale), 9), true));
					parcels.setSpacingAfter(10);
					PdfBlocks.add(document, parcels);

					PdfBlocks.add(document, heading(texts.get("packing.goods")));
					PdfPTable goods = PdfBlocks.table(40, 14, 18, 12, 16);
					for (String column : new String[] { "description", "hsCode", "origin", "quantity", "netWeight" }) {
						goods.addCell(PdfBlocks.header(texts.get("packing.column." + column), 8));
					}
					goods.setHeaderRows(1);
					long quantity = 0;
					for (PackingListData.Line line : packing.lines()) {
						quantity += line.quantity();
						goods.addCell(PdfBlocks.ruled(PdfFonts.regular(line.description(), 9), false));
						goods.addCell(PdfBlocks.ruled(PdfFonts.regular(line.hsCode().formatted(), 9), false));
						goods.addCell(PdfBlocks.ruled(PdfFonts.regular(line.origin().displayName(locale), 9), false));
						goods.addCell(
								PdfBlocks.ruled(PdfFonts.regular(Figures.count(line.quantity(), locale), 9), true));
						goods.addCell(PdfBlocks
							.ruled(PdfFonts.regular(Figures.kilograms(line.netWeightGrams(), locale), 9), true));
					}
					PdfPCell total = PdfBlocks.ruled(PdfFonts.bold(texts.get("packing.total"), 9), false);
					total.setColspan(3);
					total.setHorizontalAlignment(Element.ALIGN_RIGHT);
					goods.addCell(total);
					goods.addCell(PdfBlocks.ruled(PdfFonts.bold(Figures.count(quantity, locale), 9), true));
					goods.addCell(PdfBlocks.ruled(PdfFonts.bold(Figures.kilograms(packing.netWeightGrams(), locale), 9),
							true));
					PdfBlocks.add(document, goods);

					Paragraph totals = new Paragraph(PdfFonts
						.regular(texts.get("packing.totals", Figures.count(packing.parcels().size(), locale),
								Figures.count(packing.totalPieces(), locale),
								Figures.kilograms(packing.netWeightGrams(), locale),
								Figures.kilograms(packing.grossWeightGrams(), locale)), 9));
					totals.setSpacingBefore(8);
					PdfBlocks.add(document, totals);
				});
	}

	private static Paragraph heading(String text) {
		Paragraph heading = new Paragraph(PdfFonts.bold(text, 11));
		heading.setSpacingAfter(4);
		return heading;
	}

}

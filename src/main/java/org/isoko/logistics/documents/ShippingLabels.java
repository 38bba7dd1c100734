package org.isoko.logistics.documents;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders a parcel's shipping label: an A6 page (105 × 148 mm, the size of thermal label
 * printers) with the route in large letters, the waybill number as a Code 128 barcode
 * (what hub scanners read) and as a QR code (what a phone camera reads), the order, the
 * declared weight and pieces, sender and consignee. Every caption is printed in the
 * seller's language and the destination's.
 */
public class ShippingLabels {

	static final Rectangle A6 = PageSize.A6;

	private static final float MARGIN = 12;

	private static final float QR_SIZE = 104;

	/** Ten bar widths of 1 pt. */
	private static final float QUIET_ZONE = 10;

	/** The label as a one-page PDF. */
	public byte[] render(LabelData label) {
		return PdfBlocks.write(A6, MARGIN, label.waybill().value(),
				(document, writer) -> page(document, writer, label));
	}

	/**
	 * Many labels as one PDF, a page each, in the list's order: what a hub prints for a
	 * drop. Most of a one-label PDF's time is its embedded font subsets (the Chinese
	 * font's glyph index is rebuilt for every document); here they are built once for all
	 * the pages.
	 */
	public byte[] renderAll(List<LabelData> labels) {
		if (labels.isEmpty()) {
			throw new IllegalArgumentException("No labels to render");
		}
		return PdfBlocks.write(A6, MARGIN, labels.size() + " labels", (document, writer) -> {
			for (int i = 0; i < labels.size(); i++) {
				if (i > 0) {
					document.newPage();
				}
				page(document, writer, labels.get(i));
			}
		});
	}

	private void page(Document document, PdfWriter writer, LabelData label) {
		Captions captions = new Captions(DocumentTexts.of(label.sellerLanguage()),
				DocumentTexts.of(label.destinationLanguage()));
		{
			PdfContentByte canvas = writer.getDirectContent();
			float width = A6.getWidth() - 2 * MARGIN;

			PdfPTable top = PdfBlocks.table(1, 3);
			top.addCell(PdfBlocks.cell(PdfFonts.bold("ISOKO", 13)));
			PdfPCell title = PdfBlocks.cell(PdfFonts.regular(captions.both("label.title"), 9));
			title.setHorizontalAlignment(Element.ALIGN_RIGHT);
			title.setVerticalAlignment(Element.ALIGN_MIDDLE);
			top.addCell(title);
			PdfBlocks.add(document, top);

			PdfPTable route = PdfBlocks.table(1);
			Phrase codes = PdfFonts.bold(label.origin().code() + "  \u2192  " + label.destination().code(), 26);
			PdfPCell routeCell = PdfBlocks.cell(new Phrase());
			routeCell.setHorizontalAlignment(Element.ALIGN_CENTER);
			routeCell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
			routeCell.setBorderWidth(1.5f);
			routeCell.setPaddingBottom(4);
			Paragraph names = new Paragraph(
					PdfFonts.regular(captions.both("label.origin") + ": " + label.origin().name() + "   "
							+ captions.both("label.destination") + ": " + label.destination().name(), 7));
			names.setAlignment(Element.ALIGN_CENTER);
			routeCell.addElement(codes(codes));
			routeCell.addElement(names);
			route.addCell(routeCell);
			PdfBlocks.add(document, route);

			PdfPTable barcode = PdfBlocks.table(1);
			// A cell of its own, unscaled and centred: Code 128 needs a quiet zone of ten
			// bar widths on each side, which stretching the image to the cell would eat.
			PdfPCell barcodeCell = new PdfPCell(code128(canvas, label.waybill().value(), width - 2 * QUIET_ZONE),
					false);
			barcodeCell.setBorder(Rectangle.NO_BORDER);
			barcodeCell.setHorizontalAlignment(Element.ALIGN_CENTER);
			barcodeCell.setPaddingTop(8);
			barcodeCell.setPaddingBottom(2);
			barcode.addCell(barcodeCell);
			PdfPCell number = PdfBlocks.cell(PdfFonts.bold(label.waybill().value(), 13));
			number.setHorizontalAlignment(Element.ALIGN_CENTER);
			number.setPaddingBottom(6);
			barcode.addCell(number);
			PdfBlocks.add(document, barcode);

			PdfPTable details = PdfBlocks.table(QR_SIZE + 4, width - QR_SIZE - 4);
			PdfPCell qr = PdfBlocks.cell(new Phrase());
			qr.addElement(QrCodes.image(canvas, label.waybill().value(), QR_SIZE));
			details.addCell(qr);
			PdfPCell facts = PdfBlocks.cell(new Phrase());
			Locale seller = captions.seller.locale();
			facts.addElement(fact(captions.both("label.order"), label.orderNumber()));
			facts.addElement(fact(captions.both("label.weight"),
					captions.seller.get("label.kilograms", Figures.kilograms(label.declaredWeightGrams(), seller))));
			facts.addElement(fact(captions.both("label.pieces"), Figures.count(label.pieces(), seller)));
			facts.addElement(fact(captions.both("label.created"), Figures.date(label.created(), seller)));
			details.addCell(facts);
			PdfBlocks.add(document, details);

			PdfPTable parties = PdfBlocks.table(1, 1);
			parties.addCell(party(captions.both("label.sender"), label.sender(), seller));
			parties.addCell(party(captions.both("label.consignee"), label.consignee(), captions.destination.locale()));
			PdfBlocks.add(document, parties);
		}
	}

	private static Paragraph codes(Phrase codes) {
		Paragraph paragraph = new Paragraph(codes);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setLeading(30);
		return paragraph;
	}

	private static Image code128(PdfContentByte canvas, String value, float width) {
		Barcode128 barcode = new Barcode128();
		barcode.setCodeType(Barcode.CODE128);
		barcode.setCode(value);
		// The number is printed below in our own font; the barcode's own caption would
		// need Helvetica, which is not embedded.
		barcode.setFont(null);
		barcode.setX(1.0f);
		barcode.setBarHeight(64);
		Image image = barcode.createImageWithBarcode(canvas, Color.BLACK, Color.BLACK);
		if (image.getWidth() > width) {
			// Only a hub code of 6 or more characters makes the number this long.
			image.scaleAbsolute(width, image.getHeight());
		}
		return image;
	}

	private static Paragraph fact(String caption, String value) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(PdfFonts.regular(caption + ": ", 7));
		paragraph.add(PdfFonts.bold(value, 10));
		paragraph.setLeading(12);
		return paragraph;
	}

	private static PdfPCell party(String caption, Party party, Locale locale) {
		PdfPCell cell = PdfBlocks.cell(new Phrase());
		cell.setBorder(Rectangle.TOP);
		cell.setBorderWidth(0.75f);
		cell.addElement(leading(new Paragraph(PdfFonts.regular(caption, 6.5f)), 9));
		cell.addElement(leading(new Paragraph(PdfFonts.bold(party.name(), 8.5f)), 10));
		for (String line : party.addressLines()) {
			cell.addElement(leading(new Paragraph(PdfFonts.regular(line, 7.5f)), 9));
		}
		cell.addElement(leading(new Paragraph(PdfFonts.regular(party.country().displayName(locale), 7.5f)), 9));
		if (party.phone() != null) {
			cell.addElement(leading(new Paragraph(PdfFonts.regular(party.phone(), 7.5f)), 9));
		}
		return cell;
	}

	private static Paragraph leading(Paragraph paragraph, float leading) {
		paragraph.setLeading(leading);
		return paragraph;
	}

	/**
	 * The label's captions in the seller's language and, if different, the destination's.
	 */
	private record Captions(DocumentTexts seller, DocumentTexts destination) {

		String both(String key) {
			String first = seller.get(key);
			String second = destination.get(key);
			return first.equals(second) ? first : first + " / " + second;
		}

	}

}

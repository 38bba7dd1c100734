package org.isoko.logistics.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The few building blocks the documents share: writing a PDF to bytes, table cells. */
final class PdfBlocks {

	static final Color RULE = new Color(0x99, 0x99, 0x99);

	static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

	private PdfBlocks() {
	}

	/**
	 * Opens a document on {@code page}, lets {@code content} fill it, returns the PDF.
	 */
	static byte[] write(Rectangle page, float margin, String title, BiConsumer<Document, PdfWriter> content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(page, margin, margin, margin, margin);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			// Deflating the embedded font subsets was most of a label's time at the
			// default
			// level; the fastest level costs a few kilobytes per document.
			writer.setCompressionLevel(Deflater.BEST_SPEED);
			document.addTitle(title);
			document.addCreator("Isoko");
			document.open();
			content.accept(document, writer);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Cannot write " + title, ex);
		}
		return out.toByteArray();
	}

	static void add(Document document, Element element) {
		try {
			document.add(element);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Cannot lay out the document", ex);
		}
	}

	static PdfPCell cell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(2);
		return cell;
	}

	/** A table cell with a thin rule around it, numbers aligned right. */
	static PdfPCell ruled(Phrase phrase, boolean number) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.5f);
		cell.setPadding(3);
		cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		return cell;
	}

	static PdfPCell header(String text, float size) {
		PdfPCell cell = ruled(PdfFonts.bold(text, size), false);
		cell.setBackgroundColor(HEADER_FILL);
		return cell;
	}

	/**
	 * A party's block: caption, name in bold, address, country in the reader's language.
	 */
	static PdfPCell party(String caption, Party party, Locale locale, String taxIdCaption) {
		PdfPCell cell = cell(new Phrase());
		cell.setBorder(Rectangle.TOP);
		cell.setBorderColor(RULE);
		cell.addElement(new Paragraph(PdfFonts.regular(caption, 7)));
		cell.addElement(new Paragraph(PdfFonts.bold(party.name(), 10)));
		for (String line : party.addressLines()) {
			cell.addElement(new Paragraph(PdfFonts.regular(line, 9)));
		}
		cell.addElement(new Paragraph(PdfFonts.regular(party.country().displayName(locale), 9)));
		if (party.phone() != null) {
			cell.addElement(new Paragraph(PdfFonts.regular(party.phone(), 9)));
		}
		if (party.taxId() != null) {
			cell.addElement(new Paragraph(PdfFonts.regular(taxIdCaption + ": " + party.taxId(), 9)));
		}
		return cell;
	}

	/** A caption over a value, for a document's header facts. */
	static PdfPCell fact(String caption, String value) {
		PdfPCell cell = cell(new Phrase());
		cell.addElement(new Paragraph(PdfFonts.regular(caption, 7)));
		cell.addElement(new Paragraph(PdfFonts.bold(value, 10)));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		return cell;
	}

	static PdfPTable table(float... relativeWidths) {
		PdfPTable table = new PdfPTable(relativeWidths);
		table.setWidthPercentage(100);
		return table;
	}

}

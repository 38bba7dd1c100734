package org.isoko.logistics.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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

	static PdfPTable table(float... relativeWidths) {
		PdfPTable table = new PdfPTable(relativeWidths);
		table.setWidthPercentage(100);
		return table;
	}

}

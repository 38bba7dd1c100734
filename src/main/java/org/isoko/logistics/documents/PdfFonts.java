package org.isoko.logistics.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts every document embeds, read once from the class path (resources/fonts, with
 * their licences): Noto Sans for Latin, Greek and Cyrillic (French accents, Kinyarwanda)
 * and Droid Sans Fallback for Chinese. Only the glyphs a document uses are embedded, so a
 * label without Chinese carries no Chinese font at all. A text is split into runs, each
 * character going to the first font that has it. (OpenPDF's own {@code FontSelector} does
 * the same but reads a fallback font file from its jar on every construction, which made
 * a label take 300 ms.)
 * <p>
 * The {@link BaseFont}s are shared between documents and threads: each writer keeps its
 * own record of the glyphs it used.
 */
final class PdfFonts {

	private static final BaseFont REGULAR = load("NotoSans-Regular.ttf");

	private static final BaseFont BOLD = load("NotoSans-Bold.ttf");

	private static final BaseFont CJK = load("DroidSansFallbackFull.ttf");

	private PdfFonts() {
	}

	/**
	 * The text in the regular face at {@code size} points, Chinese falling back to CJK.
	 */
	static Phrase regular(String text, float size) {
		return phrase(text, size, false);
	}

	static Phrase bold(String text, float size) {
		return phrase(text, size, true);
	}

	static Phrase phrase(String text, float size, boolean bold) {
		Font latin = new Font(bold ? BOLD : REGULAR, size);
		// Droid Sans Fallback has no bold face; a bold Chinese heading stays regular.
		Font chinese = new Font(CJK, size);
		Phrase phrase = new Phrase();
		phrase.setLeading(size * 1.25f);
		StringBuilder run = new StringBuilder();
		Font runFont = latin;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int codePoint = text.codePointAt(i);
			if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
				// Java's number formats put no-break spaces in amounts ("RWF 1,500", "2
				// 350,00"),
				// which came out of the PDF as nothing at all (readers and text
				// extraction drop
				// them): a plain space reads the same.
				codePoint = ' ';
			}
			Font font;
			if (Character.isWhitespace(codePoint)) {
				font = runFont;
			}
			else if (latin.getBaseFont().charExists(codePoint) || !CJK.charExists(codePoint)) {
				font = latin;
			}
			else {
				font = chinese;
			}
			if (font != runFont) {
				flush(phrase, run, runFont);
				runFont = font;
			}
			run.appendCodePoint(codePoint);
		}
		flush(phrase, run, runFont);
		return phrase;
	}

	private static void flush(Phrase phrase, StringBuilder run, Font font) {
		if (run.length() > 0) {
			phrase.add(new Chunk(run.toString(), font));
			run.setLength(0);
		}
	}

	static BaseFont regularBase() {
		return REGULAR;
	}

	private static BaseFont load(String file) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is missing from the class path (resources/fonts)");
			}
			BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
					null);
			// Each document deflates its font subsets again (the Chinese one carries the
			// font's full glyph index, ~350 KB): at the default level that was most of a
			// label's time; the fastest level costs a few kilobytes per document.
			font.setCompressionLevel(Deflater.BEST_SPEED);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read font " + file, ex);
		}
	}

}

package org.isoko.logistics.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

/**
 * The fonts every document embeds, read once from the class path (resources/fonts, with
 * their licences): Noto Sans for Latin, Greek and Cyrillic (French accents, Kinyarwanda)
 * and Droid Sans Fallback for Chinese. Only the glyphs a document uses are embedded, so a
 * label without Chinese carries no Chinese font at all. A text is split between the two
 * by OpenPDF's {@link FontSelector}: each character goes to the first font that has it.
 * <p>
 * The {@link BaseFont}s are shared between documents and threads (each writer keeps its
 * own record of the glyphs it used); {@link FontSelector}s are cheap and made per call.
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
		FontSelector selector = new FontSelector();
		selector.addFont(new Font(bold ? BOLD : REGULAR, size));
		// Droid Sans Fallback has no bold face; a bold Chinese heading stays regular.
		selector.addFont(new Font(CJK, size));
		return selector.process(text);
	}

	static BaseFont regularBase() {
		return REGULAR;
	}

	private static BaseFont load(String file) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is missing from the class path (resources/fonts)");
			}
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read font " + file, ex);
		}
	}

}

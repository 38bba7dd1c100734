package org.isoko.logistics.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a rendered document back as a person or a scanner would: its text (PDFBox) and
 * the barcodes on its first page rendered at 300 dpi (PDFBox renders, ZXing decodes).
 */
final class PdfReading {

	private PdfReading() {
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Page size in millimetres, width and height. */
	static float[] pageSizeMillimetres(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var box = document.getPage(0).getMediaBox();
			return new float[] { box.getWidth() * 25.4f / 72, box.getHeight() * 25.4f / 72 };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> embeddedFonts(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				var font = resources.getFont(name);
				if (font.isEmbedded()) {
					fonts.add(font.getName());
				}
			}
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage image(byte[] pdf, float dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The barcodes of the given formats ZXing reads on the first page, each looked for on
	 * its own (one reader per format over the whole page).
	 */
	static Map<BarcodeFormat, String> barcodes(byte[] pdf, BarcodeFormat... formats) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image(pdf, 300))));
		Map<BarcodeFormat, String> found = new EnumMap<>(BarcodeFormat.class);
		for (BarcodeFormat format : formats) {
			Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
					DecodeHintType.POSSIBLE_FORMATS, List.of(format));
			try {
				Result result = new MultiFormatReader().decode(bitmap, hints);
				found.put(result.getBarcodeFormat(), result.getText());
			}
			catch (NotFoundException ex) {
				// not on the page: the caller's assertion says which one is missing
			}
		}
		return found;
	}

}

package org.isoko.logistics.documents;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * QR codes drawn as vector squares: ZXing computes the module matrix, OpenPDF (whose 2.x
 * line has no QR encoder) fills one square per dark module, so the code stays sharp at
 * any print resolution. Error correction M (15 % of the code may be smudged) and the
 * standard quiet zone of 4 modules.
 */
final class QrCodes {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	/** The QR code of {@code text} as an image {@code size} points wide and high. */
	static Image image(PdfContentByte canvas, String text, float size) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode '" + text + "' as a QR code", ex);
		}
		int modules = matrix.getWidth();
		float module = size / modules;
		PdfTemplate template = canvas.createTemplate(size, size);
		for (int y = 0; y < modules; y++) {
			int x = 0;
			while (x < modules) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				// One rectangle per run of dark modules in a row: no hairline seams
				// between
				// neighbours when a viewer anti-aliases, and fewer drawing operators.
				int start = x;
				while (x < modules && matrix.get(x, y)) {
					x++;
				}
				// PDF's y axis points up, the matrix's down.
				template.rectangle(start * module, size - (y + 1) * module, (x - start) * module, module);
			}
		}
		template.fill();
		try {
			return Image.getInstance(template);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException("Cannot place the QR code", ex);
		}
	}

}

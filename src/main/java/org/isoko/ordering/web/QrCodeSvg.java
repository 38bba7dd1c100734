package org.isoko.ordering.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an inline SVG path, for the wallet payment a buyer scans with their phone:
 * ZXing computes the module matrix, the page draws one rectangle per run of dark modules
 * in a row (a few kilobytes, sharp at any size, no image request). Error correction M and
 * the standard quiet zone of 4 modules.
 *
 * @param size the modules on a side, quiet zone included (the SVG's viewBox)
 * @param path the dark modules, as SVG path data in module units
 */
record QrCodeSvg(int size, String path) {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8");

	static QrCodeSvg of(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
		int modules = matrix.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < modules; y++) {
			int x = 0;
			while (x < modules) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < modules && matrix.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return new QrCodeSvg(modules, path.toString());
	}

}

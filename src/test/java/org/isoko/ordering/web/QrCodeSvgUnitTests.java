package org.isoko.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The wallet's QR code on the order page is an SVG path a phone can scan: drawn as the
 * page draws it and read back with ZXing's decoder, it gives the wallet's URL.
 */
class QrCodeSvgUnitTests {

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	@Test
	void theDrawnCodeReadsBackAsTheWalletsUrl() throws Exception {
		String url = "https://isoko.example.rw/simulators/wallet/pay/4f0c1c5e-1b7e-4d4b-9a59-0c9f3f1f2a11";

		QrCodeSvg qr = QrCodeSvg.of(url);

		assertThat(qr.size()).isGreaterThan(21);
		assertThat(qr.path()).matches("(" + RUN.pattern() + ")+");
		assertThat(qr.path().length()).as("small enough to inline in a 50 KB page").isLessThan(10_000);
		assertThat(new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(draw(qr, 8)))))
			.getText()).isEqualTo(url);
	}

	/** Fills each run as the browser would, {@code scale} pixels a module. */
	private static BufferedImage draw(QrCodeSvg qr, int scale) {
		BufferedImage image = new BufferedImage(qr.size() * scale, qr.size() * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		Matcher run = RUN.matcher(qr.path());
		while (run.find()) {
			g.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
					Integer.parseInt(run.group(3)) * scale, scale);
		}
		g.dispose();
		return image;
	}

}

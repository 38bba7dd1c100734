package org.isoko.catalog.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Checks an upload and makes the two images Isoko serves. Thread-safe and stateless but
 * for its limits.
 *
 * <p>
 * The order matters: size in bytes first, then the format from the content (ImageIO's
 * decoders recognise the bytes, the file name is never consulted), then width × height
 * from the header alone, and only then the pixels. A 50,000 × 50,000 PNG of one colour is
 * a few hundred kilobytes on the wire and 10 GB decoded; it is refused at the header.
 */
public final class PhotoProcessor {

	public static final int CARD_WIDTH = 320;

	public static final int CARD_HEIGHT = 240;

	public static final int DETAIL_MAX_SIDE = 1024;

	/** A card is at most this many bytes, so a phone's shop page of cards stays light. */
	public static final int CARD_MAX_BYTES = 20_000;

	private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");

	private static final float[] CARD_QUALITIES = { 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f };

	private static final float DETAIL_QUALITY = 0.82f;

	static {
		// Web applications load ImageIO before their own jars are scanned; this registers
		// the WebP reader that the TwelveMonkeys jar brings.
		ImageIO.scanForPlugins();
	}

	private final long maxBytes;

	private final long maxPixels;

	public PhotoProcessor(long maxBytes, long maxPixels) {
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
	}

	public ProcessedPhoto process(byte[] upload) {
		if (upload.length == 0) {
			throw new PhotoRejected(PhotoRejected.Reason.EMPTY, "The file is empty");
		}
		if (upload.length > maxBytes) {
			throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE,
					"The file has " + upload.length + " bytes; at most " + maxBytes + " are accepted");
		}
		Header header = header(upload);
		BufferedImage pixels = decode(upload);
		BufferedImage opaque = onWhite(pixels);
		return new ProcessedPhoto(header.format(), header.width(), header.height(), card(opaque), detail(opaque));
	}

	private record Header(String format, int width, int height) {
	}

	private Header header(byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new PhotoRejected(PhotoRejected.Reason.NOT_AN_IMAGE,
						"The file is not an image (JPEG, PNG or WebP are accepted)");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!ACCEPTED.contains(format)) {
					throw new PhotoRejected(PhotoRejected.Reason.UNSUPPORTED_FORMAT, "The file is a "
							+ format.toUpperCase(Locale.ROOT) + " image; JPEG, PNG or WebP are accepted");
				}
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
					throw new PhotoRejected(PhotoRejected.Reason.TOO_MANY_PIXELS, "The image has " + width + " × "
							+ height + " pixels; at most " + maxPixels + " pixels are accepted");
				}
				return new Header(format, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof PhotoRejected rejected) {
				throw rejected;
			}
			throw unreadable(e);
		}
	}

	/**
	 * Decodes through Thumbnailator, which turns a phone's sideways pixels upright from
	 * the EXIF orientation before the metadata is dropped.
	 */
	private static BufferedImage decode(byte[] upload) {
		try {
			return Thumbnails.of(new ByteArrayInputStream(upload)).scale(1.0).asBufferedImage();
		}
		catch (IOException | RuntimeException e) {
			throw unreadable(e);
		}
	}

	private static PhotoRejected unreadable(Exception cause) {
		PhotoRejected rejected = new PhotoRejected(PhotoRejected.Reason.UNREADABLE,
				"The image could not be read (damaged or cut short)");
		rejected.initCause(cause);
		return rejected;
	}

	/** JPEG has no transparency: a PNG's transparent parts become white, not black. */
	private static BufferedImage onWhite(BufferedImage image) {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	/**
	 * 320 × 240, filled and centred, at the best quality that fits the byte budget; a
	 * photo too busy for the budget even at the lowest quality is made smaller.
	 */
	private static EncodedImage card(BufferedImage image) {
		int width = CARD_WIDTH;
		int height = CARD_HEIGHT;
		while (true) {
			for (float quality : CARD_QUALITIES) {
				byte[] bytes = jpeg(image, width, height, quality, true);
				if (bytes.length <= CARD_MAX_BYTES) {
					return EncodedImage.of(bytes, width, height);
				}
			}
			width = width * 3 / 4;
			height = height * 3 / 4;
		}
	}

	private static EncodedImage detail(BufferedImage image) {
		double scale = Math.min(1.0, (double) DETAIL_MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		return EncodedImage.of(jpeg(image, width, height, DETAIL_QUALITY, false), width, height);
	}

	private static byte[] jpeg(BufferedImage image, int width, int height, float quality, boolean crop) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).size(width, height);
			if (crop) {
				builder.crop(Positions.CENTER);
			}
			builder.outputFormat("jpg").outputQuality(quality).toOutputStream(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}

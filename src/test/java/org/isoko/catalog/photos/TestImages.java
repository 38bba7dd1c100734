package org.isoko.catalog.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images made by the tests: plain and noisy pictures, a JPEG carrying EXIF (a GPS
 * position, a description, an orientation), and a PNG whose header claims more pixels
 * than any phone takes.
 */
public final class TestImages {

	/** Written into the EXIF of {@link #jpegWithExif}; must never come out again. */
	public static final String SECRET = "FARM-GPS-SECRET";

	private TestImages() {
	}

	/** Two colour halves (left red, right blue), so a rotation or a crop can be seen. */
	public static BufferedImage halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	/** Every pixel random: the worst case for a JPEG's size. */
	public static BufferedImage noise(int width, int height, long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	public static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG of {@code image} with an EXIF segment right after the start marker: the
	 * orientation tag, an image description holding {@link #SECRET}, and a GPS directory
	 * (latitude 1° 57′ S, Kigali).
	 */
	public static byte[] jpegWithExif(BufferedImage image, int orientation) {
		byte[] jpeg = encode(image, "jpg");
		byte[] tiff = exifTiff(orientation);
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int length = 2 + header.length + tiff.length;
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
		out.put(jpeg, 0, 2); // SOI
		out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
		out.put(jpeg, 2, jpeg.length - 2);
		return out.array();
	}

	private static byte[] exifTiff(int orientation) {
		byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
		// Layout (big-endian "MM"): header 8, IFD0 at 8 with 3 entries (2 + 36 + 4 = 42)
		// →
		// description at 50, GPS IFD after it with 2 entries (2 + 24 + 4 = 30), then the
		// latitude's three rationals (24 bytes).
		int descriptionAt = 8 + 2 + 3 * 12 + 4;
		int gpsAt = descriptionAt + description.length;
		int latitudeAt = gpsAt + 2 + 2 * 12 + 4;
		ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 24);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 3);
		entry(tiff, 0x010E, 2, description.length, descriptionAt); // ImageDescription
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsAt); // GPS IFD pointer
		tiff.putInt(0);
		tiff.put(description);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, latitudeAt);
		tiff.putInt(0);
		tiff.putInt(1).putInt(1).putInt(57).putInt(1).putInt(0).putInt(1);
		return tiff.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	/**
	 * A PNG whose header says {@code width × height} followed by a few bytes of image
	 * data: what a decompression bomb looks like before it is decoded.
	 */
	public static byte[] pngHeaderClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		ihdr.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}

package org.isoko.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;

/**
 * Tells what an uploaded document is from its bytes alone — the file name and the
 * browser's content type are never consulted — and refuses anything but a PDF that
 * parses, or a JPEG or PNG that decodes. Plain Java, stateless but for its limits.
 */
final class DocumentContent {

	/** What an accepted upload is: served with this content type, named by its hash. */
	record Checked(String contentType, String extension, String sha256) {
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** The trailer's key of an encrypted PDF. */
	private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

	/** Where the PDF magic may start: some writers put a few bytes before it. */
	private static final int PDF_MAGIC_WINDOW = 1024;

	private final long maxBytes;

	private final long maxPixels;

	DocumentContent(long maxBytes, long maxPixels) {
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
	}

	long maxBytes() {
		return maxBytes;
	}

	Checked check(byte[] upload) {
		if (upload.length == 0) {
			throw new InvalidDocument(InvalidDocument.Reason.EMPTY, "The file is empty");
		}
		if (upload.length > maxBytes) {
			throw new InvalidDocument(InvalidDocument.Reason.TOO_LARGE,
					"The file has " + upload.length + " bytes; at most " + maxBytes + " are accepted");
		}
		if (startsWithPdfMagic(upload)) {
			checkPdf(upload);
			return new Checked("application/pdf", "pdf", sha256(upload));
		}
		String format = imageFormat(upload);
		return switch (format) {
			case "jpeg" -> new Checked("image/jpeg", "jpg", sha256(upload));
			case "png" -> new Checked("image/png", "png", sha256(upload));
			default -> throw notAccepted();
		};
	}

	private static boolean startsWithPdfMagic(byte[] upload) {
		int last = Math.min(upload.length - PDF_MAGIC.length, PDF_MAGIC_WINDOW);
		outer: for (int start = 0; start <= last; start++) {
			for (int i = 0; i < PDF_MAGIC.length; i++) {
				if (upload[start + i] != PDF_MAGIC[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * The magic alone is a promise: OpenPDF must read its structure and find a page. An
	 * encrypted PDF is refused before it is parsed: an operator's browser cannot open one
	 * with a user password, and OpenPDF needs BouncyCastle (not on the classpath) to
	 * decrypt any.
	 */
	private static void checkPdf(byte[] upload) {
		if (contains(upload, ENCRYPT)) {
			throw encrypted();
		}
		PdfReader reader = null;
		try {
			reader = new PdfReader(upload);
			if (reader.getNumberOfPages() < 1) {
				throw new InvalidDocument(InvalidDocument.Reason.UNREADABLE, "The PDF has no page");
			}
		}
		catch (BadPasswordException e) {
			throw encrypted();
		}
		catch (IOException | RuntimeException | LinkageError e) {
			if (e instanceof InvalidDocument invalid) {
				throw invalid;
			}
			throw new InvalidDocument(InvalidDocument.Reason.UNREADABLE, "The PDF cannot be read: it is damaged");
		}
		finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	/**
	 * The image format ImageIO's decoders recognise, after checking the size in the
	 * header and decoding the pixels (a file that only starts like a PNG is refused).
	 */
	private String imageFormat(byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw notAccepted();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("png")) {
					throw notAccepted();
				}
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > maxPixels) {
					throw new InvalidDocument(InvalidDocument.Reason.UNREADABLE,
							"The image has too many pixels; scan it at a lower resolution");
				}
				if (reader.read(0) == null) {
					throw unreadableImage();
				}
				return format;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidDocument invalid) {
				throw invalid;
			}
			throw unreadableImage();
		}
	}

	private static InvalidDocument encrypted() {
		return new InvalidDocument(InvalidDocument.Reason.ENCRYPTED,
				"The PDF is protected by a password; upload it without one");
	}

	private static boolean contains(byte[] bytes, byte[] token) {
		outer: for (int start = 0; start <= bytes.length - token.length; start++) {
			for (int i = 0; i < token.length; i++) {
				if (bytes[start + i] != token[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static InvalidDocument notAccepted() {
		return new InvalidDocument(InvalidDocument.Reason.NOT_ACCEPTED,
				"The file is not a PDF, JPEG or PNG (its content was checked, not its name)");
	}

	private static InvalidDocument unreadableImage() {
		return new InvalidDocument(InvalidDocument.Reason.UNREADABLE, "The image cannot be read: it is damaged");
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}

package org.isoko.catalog.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Uploads checked by content and re-encoded: formats, bombs, metadata, sizes. */
class PhotoProcessorUnitTests {

	static final long TEN_MB = 10L * 1024 * 1024;

	final PhotoProcessor processor = new PhotoProcessor(TEN_MB, 40_000_000);

	@Test
	void makesACardWithinItsBudgetAndADetailOfAtMost1024Pixels() {
		ProcessedPhoto photo = processor.process(TestImages.encode(TestImages.halves(3000, 2000), "jpg"));
		assertThat(photo.format()).isEqualTo("jpeg");
		assertThat(photo.originalWidth()).isEqualTo(3000);
		assertThat(photo.card().width()).isEqualTo(320);
		assertThat(photo.card().height()).isEqualTo(240);
		assertThat(photo.card().bytes().length).isLessThanOrEqualTo(PhotoProcessor.CARD_MAX_BYTES);
		assertThat(photo.detail().width()).isEqualTo(1024);
		assertThat(photo.detail().height()).isEqualTo(683);
		BufferedImage detail = read(photo.detail().bytes());
		assertThat(detail.getWidth()).isEqualTo(1024);
		assertThat(photo.card().hash()).matches("[0-9a-f]{64}").isNotEqualTo(photo.detail().hash());
	}

	@Test
	void evenPureNoiseMakesACardWithinTwentyKilobytes() {
		ProcessedPhoto photo = processor.process(TestImages.encode(TestImages.noise(1600, 1200, 42), "png"));
		assertThat(photo.card().bytes().length).isLessThanOrEqualTo(PhotoProcessor.CARD_MAX_BYTES);
		assertThat(read(photo.card().bytes()).getWidth()).isEqualTo(photo.card().width());
	}

	@Test
	void aSmallPhotoIsNotEnlargedForTheDetail() {
		ProcessedPhoto photo = processor.process(TestImages.encode(TestImages.halves(400, 300), "png"));
		assertThat(photo.detail().width()).isEqualTo(400);
		assertThat(photo.detail().height()).isEqualTo(300);
	}

	@Test
	void exifIsGoneFromWhatIsKept() {
		byte[] upload = TestImages.jpegWithExif(TestImages.halves(640, 480), 1);
		assertThat(contains(upload, TestImages.SECRET)).as("the test image carries the secret").isTrue();
		assertThat(contains(upload, "Exif")).isTrue();
		ProcessedPhoto photo = processor.process(upload);
		for (byte[] kept : new byte[][] { photo.card().bytes(), photo.detail().bytes() }) {
			assertThat(contains(kept, TestImages.SECRET)).isFalse();
			assertThat(contains(kept, "Exif")).isFalse();
			assertThat(contains(kept, "MM\0*")).isFalse();
		}
	}

	@Test
	void aSidewaysPhoneShotIsTurnedUprightFromItsExifOrientation() {
		// Orientation 6: the camera stored the pixels rotated; viewers turn them 90°
		// clockwise.
		ProcessedPhoto photo = processor.process(TestImages.jpegWithExif(TestImages.halves(800, 400), 6));
		assertThat(photo.detail().width()).isEqualTo(400);
		assertThat(photo.detail().height()).isEqualTo(800);
		BufferedImage upright = read(photo.detail().bytes());
		// The red left half is now on top.
		assertThat(new Color(upright.getRGB(200, 100)).getRed()).isGreaterThan(200);
		assertThat(new Color(upright.getRGB(200, 700)).getBlue()).isGreaterThan(200);
	}

	@Test
	void readsPngAndWebpByTheirContent() throws IOException {
		assertThat(processor.process(TestImages.encode(TestImages.halves(50, 40), "png")).format()).isEqualTo("png");
		try (InputStream webp = getClass().getResourceAsStream("/photos/python.webp")) {
			ProcessedPhoto photo = processor.process(webp.readAllBytes());
			assertThat(photo.format()).isEqualTo("webp");
			assertThat(photo.originalWidth()).isPositive();
		}
	}

	@Test
	void transparentPartsOfAPngBecomeWhiteNotBlack() {
		BufferedImage transparent = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		ProcessedPhoto photo = processor.process(TestImages.encode(transparent, "png"));
		Color corner = new Color(read(photo.detail().bytes()).getRGB(5, 5));
		assertThat(corner.getRed()).isGreaterThan(245);
		assertThat(corner.getGreen()).isGreaterThan(245);
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
		byte[] bomb = TestImages.pngHeaderClaiming(50_000, 50_000);
		assertThat(bomb.length).isLessThan(100);
		long started = System.nanoTime();
		assertThatThrownBy(() -> processor.process(bomb)).isInstanceOfSatisfying(PhotoRejected.class,
				e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TOO_MANY_PIXELS));
		// Decoding 2.5 billion pixels would take minutes and 10 GB; the header takes
		// nothing.
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	@Test
	void refusesWhatIsNotAPhotoWhateverItIsCalled() {
		assertRejected("%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII), PhotoRejected.Reason.NOT_AN_IMAGE);
		assertRejected("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.US_ASCII),
				PhotoRejected.Reason.NOT_AN_IMAGE);
		assertRejected(TestImages.encode(TestImages.halves(20, 20), "gif"), PhotoRejected.Reason.UNSUPPORTED_FORMAT);
		assertRejected(TestImages.encode(TestImages.halves(20, 20), "bmp"), PhotoRejected.Reason.UNSUPPORTED_FORMAT);
		assertRejected(new byte[0], PhotoRejected.Reason.EMPTY);
	}

	@Test
	void refusesAPngCutShort() {
		byte[] png = TestImages.encode(TestImages.noise(200, 200, 7), "png");
		assertRejected(Arrays.copyOf(png, png.length / 2), PhotoRejected.Reason.UNREADABLE);
	}

	@Test
	void refusesMoreBytesThanTheLimitBeforeLookingAtThem() {
		PhotoProcessor small = new PhotoProcessor(1_000, 40_000_000);
		byte[] png = TestImages.encode(TestImages.noise(100, 100, 1), "png");
		assertThat(png.length).isGreaterThan(1_000);
		assertThatThrownBy(() -> small.process(png)).isInstanceOfSatisfying(PhotoRejected.class,
				e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TOO_LARGE));
	}

	@Test
	void theSameUploadGivesTheSameHashes() {
		byte[] upload = TestImages.encode(TestImages.halves(500, 400), "png");
		assertThat(processor.process(upload).detail().hash()).isEqualTo(processor.process(upload).detail().hash());
	}

	private void assertRejected(byte[] upload, PhotoRejected.Reason reason) {
		assertThatThrownBy(() -> processor.process(upload)).isInstanceOfSatisfying(PhotoRejected.class,
				e -> assertThat(e.reason()).isEqualTo(reason));
	}

	private static BufferedImage read(byte[] jpeg) {
		try {
			return ImageIO.read(new ByteArrayInputStream(jpeg));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i + n.length <= haystack.length; i++) {
			for (int j = 0; j < n.length; j++) {
				if (haystack[i + j] != n[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}

package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DocumentContentUnitTests {

	final DocumentContent content = new DocumentContent(10 * 1024 * 1024, 40_000_000);

	@Test
	void aPdfAJpegAndAPngAreRecognisedByTheirBytes() {
		byte[] pdf = SellerDocumentsIntegrationTests.pdf("certificate");
		assertThat(content.check(pdf))
			.isEqualTo(new DocumentContent.Checked("application/pdf", "pdf", DocumentContent.sha256(pdf)));
		assertThat(content.check(SellerDocumentsIntegrationTests.image("jpg")).contentType()).isEqualTo("image/jpeg");
		assertThat(content.check(SellerDocumentsIntegrationTests.image("png")).contentType()).isEqualTo("image/png");
	}

	@Test
	void aPdfWithAFewBytesBeforeItsHeaderIsStillAPdf() {
		byte[] pdf = SellerDocumentsIntegrationTests.pdf("certificate");
		byte[] prefixed = new byte[pdf.length + 3];
		prefixed[0] = (byte) 0xEF;
		prefixed[1] = (byte) 0xBB;
		prefixed[2] = (byte) 0xBF;
		System.arraycopy(pdf, 0, prefixed, 3, pdf.length);
		assertThat(content.check(prefixed).contentType()).isEqualTo("application/pdf");
	}

	@Test
	void eachRefusalSaysWhy() {
		byte[] pdf = SellerDocumentsIntegrationTests.pdf("certificate");
		assertThatThrownBy(() -> content.check(new byte[0])).hasFieldOrPropertyWithValue("reason",
				InvalidDocument.Reason.EMPTY);
		assertThatThrownBy(() -> content.check(Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1)))
			.hasFieldOrPropertyWithValue("reason", InvalidDocument.Reason.TOO_LARGE);
		assertThatThrownBy(
				() -> content.check("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
			.hasFieldOrPropertyWithValue("reason", InvalidDocument.Reason.NOT_ACCEPTED);
		assertThatThrownBy(() -> content.check(SellerDocumentsIntegrationTests.image("gif")))
			.hasFieldOrPropertyWithValue("reason", InvalidDocument.Reason.NOT_ACCEPTED);
		assertThatThrownBy(() -> content.check("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
			.hasFieldOrPropertyWithValue("reason", InvalidDocument.Reason.UNREADABLE);
		assertThatThrownBy(() -> content.check(Arrays.copyOf(SellerDocumentsIntegrationTests.image("png"), 80)))
			.hasFieldOrPropertyWithValue("reason", InvalidDocument.Reason.UNREADABLE);
		assertThatThrownBy(() -> content.check(encryptedPdf())).hasFieldOrPropertyWithValue("reason",
				InvalidDocument.Reason.ENCRYPTED);
	}

	/**
	 * A PDF whose trailer says it is encrypted (OpenPDF cannot write one without
	 * BouncyCastle, which is not on the classpath).
	 */
	static byte[] encryptedPdf() {
		String pdf = new String(SellerDocumentsIntegrationTests.pdf("locked"), StandardCharsets.ISO_8859_1);
		assertThat(pdf).contains("/Root");
		return pdf.replace("/Root", "/Encrypt 9 0 R/Root").getBytes(StandardCharsets.ISO_8859_1);
	}

}

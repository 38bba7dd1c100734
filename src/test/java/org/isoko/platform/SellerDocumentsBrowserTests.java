package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Seller documents as people meet them: the pending tea growers on a phone see what is
 * still asked and a refused file by its field; the Kigali operator sees their details and
 * documents one above the other on a phone and side by side on a desktop, and the
 * document opens inline as a PDF. Nothing is changed: other tests share the demo data.
 */
@BrowserTest
class SellerDocumentsBrowserTests {

	@Test
	void thePendingSellerSeesItsDocumentsAndARefusedFileByItsFieldOnAPhone(Browser browser) throws IOException {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.signInAs("seller.pending@isoko.demo");
		browser.open("/account?lang=en");
		browser.click("#documents-link");
		assertThat(browser.currentPath()).isEqualTo("/seller/documents");
		assertThat(browser.findAll("#documents .document-kind")).isNotEmpty();
		assertThat(browser.findAll("#documents .open-document")).isNotEmpty();
		assertFitsTheScreen(browser);

		Path notADocument = Files.createTempFile("letter", ".pdf");
		Files.writeString(notADocument, "a text file named like a PDF");
		browser.find("#file").sendKeys(notADocument.toAbsolutePath().toString());
		browser.click("#upload-document");
		assertThat(browser.text("#file-error")).contains("PDF");
		assertFitsTheScreen(browser);
		browser.screenshot("seller-documents-360");
	}

	@Test
	void theOperatorSeesDetailsAndDocumentsOnAPhoneAndSideBySideOnADesktop(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.signInAs("operator.kigali@isoko.demo");
		browser.open("/operator/sellers?lang=en");
		browser.click("#sellers a[href^='/operator/sellers/']");
		assertThat(browser.findAll("#documents .current-document")).isNotEmpty();
		assertThat(browser.findAll("#documents .replaced-documents")).isNotEmpty();
		assertThat(browser.findAll("#documents-not-checked")).isNotEmpty();
		assertThat(browser.findAll("#confirm")).hasSize(1);
		assertFitsTheScreen(browser);
		browser.screenshot("operator-seller-documents-360");

		WebElement link = browser.find("#documents .current-document .open-document");
		assertThat(js(browser, """
				const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();
				return [r.status, r.getResponseHeader('Content-Type'), r.getResponseHeader('Content-Disposition'),
				  r.getResponseHeader('X-Content-Type-Options')].join('|')""", link.getDomProperty("href")).toString())
			.startsWith("200|application/pdf|inline")
			.endsWith("|nosniff");

		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		assertFitsTheScreen(browser);
		long detailsTop = ((Number) js(browser,
				"return document.querySelector('.side-by-side > div').getBoundingClientRect().top"))
			.longValue();
		long documentsTop = ((Number) js(browser,
				"return document.querySelector('#documents').getBoundingClientRect().top"))
			.longValue();
		assertThat(Math.abs(detailsTop - documentsTop)).as("details beside the documents").isLessThan(20);
		browser.screenshot("operator-seller-documents-desktop");
	}

	private static void assertFitsTheScreen(Browser browser) {
		long width = ((Number) js(browser, "return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) js(browser, "return window.innerWidth")).longValue();
		assertThat(width).as("document width on " + browser.currentPath()).isLessThanOrEqualTo(viewport);
	}

	private static Object js(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

}

package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The orderer's identity at checkout on a 360 px phone, in Chinese: the demo buyer in
 * China sees the identity box with their saved identity masked, types another one with a
 * wrong check character and gets the message by the field (nothing placed), then a valid
 * one and places the order; the order page shows it masked. Screenshots:
 * {@code target/screenshots/orderer-*.png}.
 */
@BrowserTest
@TestPropertySource(properties = "isoko.customs.identity-at-checkout=true")
class OrdererIdentityBrowserTests {

	static final String BUYER = "buyer.cn@isoko.demo";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Test
	void aConsumerInChinaGivesTheOrderersIdentityAtCheckoutOnAPhoneInChinese(Browser browser) throws Exception {
		// Green coffee in 1 kg bags on KGL→HGH: a cross-border retail order well within
		// the
		// limits.
		String lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 10, 15_000, 1).id().toString();
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.signInAs(BUYER).open("/lots/" + lot + "?lang=zh");
		browser.type("#quantity", "2").click("#add-to-cart-button");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> browser.currentPath().startsWith("/cart"));
		browser.open("/checkout?lang=zh");

		assertThat(browser.find("#orderer").isDisplayed()).isTrue();
		assertThat(browser.text("#orderer legend")).isEqualTo("订购人身份（中国海关）");
		assertThat(browser.text("#orderer")).contains("3301**********4212").doesNotContain("330106199203154212");
		browser.screenshot("orderer-checkout-zh-360");
		assertFitsTheScreen(browser);

		long orders = jdbc.sql("SELECT COUNT(*) FROM ordering_order").query(Long.class).single();
		browser.type("#address-name", "李伟")
			.type("#address-phone", "+86 138 0013 8000")
			.type("#address-line", "西湖区文三路88号")
			.type("#address-city", "杭州")
			.type("#address-region", "浙江");
		browser.click("#orderer-saved-new");
		browser.type("#orderer-name", "张伟").type("#orderer-idNumber", "110105198807214115");
		browser.click("#place-orders");
		assertThat(browser.text("#orderer-idNumber-error")).contains("身份证号码无效");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_order").query(Long.class).single()).isEqualTo(orders);
		browser.screenshot("orderer-refused-zh-360");
		assertFitsTheScreen(browser);

		browser.click("#orderer-saved-new");
		browser.type("#orderer-name", "张伟").type("#orderer-idNumber", "110105198807214114");
		browser.click("#place-orders");
		browser.find("#placed");
		String id = browser.findAll("#placed a[id^='pay-now-']").get(0).getDomAttribute("id").substring(8);
		browser.open("/orders/" + id + "?lang=zh");
		assertThat(browser.text("#order-orderer")).contains("张伟").contains("1101**********4114");
		browser.screenshot("orderer-order-zh-360");
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		browser.open("/checkout?lang=zh");
		browser.screenshot("orderer-order-zh-desktop");
	}

	private static void assertFitsTheScreen(Browser browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
		assertThat(width).as("document width on " + browser.currentPath()).isLessThanOrEqualTo(viewport);
	}

}

package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two main journeys of the marketplace (issue 3, item 7) in a real browser: a Rwandan
 * cooperative lists a lot on KGL → HGH through the seller console; a consumer in China
 * finds it in Chinese, adds it to the cart, sees the landed-cost quote, checks out, pays
 * with the wallet (the provider's simulated cashier page, then its signed notification)
 * and follows the order. Every page on the way stays within the 50 KB budget (HTML + CSS
 * + JS).
 */
@BrowserTest
class MarketplaceBrowserTests {

	static final String SELLER = "seller.coop@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	/**
	 * A Chinese name nobody else uses, and a query that finds it: "volcanic
	 * honey-processed" (火山蜜处理).
	 */
	static final String CHINESE_NAME = "卢旺达 穆桑泽 火山蜜处理 烘焙咖啡豆";
	static final String CHINESE_QUERY = "火山蜜处理";

	static final Properties ORDERING_ZH = bundle("i18n/ordering_zh.properties");
	static final Properties CATALOG_EN = bundle("i18n/catalog.properties");

	/** What the seller journey created: the lot's id and reference. */
	record ListedLot(String id, String reference) {
	}

	@Test
	void aCooperativeCreatesAProductAndALotAndListsItOnKigaliToHangzhou(Browser browser) {
		ListedLot lot = listANewLot(browser);

		browser.open("/seller/lots");
		assertThat(browser.text("#lot-" + lot.id())).contains(lot.reference())
			.contains("KGL → HGH · " + CATALOG_EN.getProperty("catalog.listing.LISTED"));
		PageBudget.assertWithin(browser, "/seller/lots");
	}

	@Test
	void aConsumerInChinaFindsTheLotInChineseChecksOutPaysAndFollowsTheOrder(Browser browser) {
		ListedLot lot = listANewLot(browser);
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");

		browser.signInAs(BUYER).click("a[hreflang=zh]");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> "zh".equals(browser.find("html").getDomAttribute("lang")));
		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh");

		// Find it by a Chinese query.
		browser.open("/shop");
		browser.type("#q", CHINESE_QUERY).click("#search-button");
		waitForPath(browser, "/shop?");
		WebElement result = browser.find("#results li[data-lot='" + lot.id() + "']");
		assertThat(result.getText()).contains(CHINESE_NAME);
		PageBudget.assertWithin(browser, "/shop?");

		// The lot page, in Chinese, with its price in yuan.
		browser.click("#results li[data-lot='" + lot.id() + "'] h2 a");
		waitForPath(browser, "/lots/");
		assertThat(browser.currentPath()).startsWith("/lots/" + lot.id());
		assertThat(browser.text("h1")).isEqualTo(CHINESE_NAME);
		assertThat(browser.text("#price .buyer-price")).contains("¥");
		PageBudget.assertWithin(browser, "/lots/" + lot.id());

		// Into the cart: the landed-cost quote of the order is shown.
		browser.type("#quantity", "2").click("#add-to-cart-button");
		waitForPath(browser, "/cart");
		assertThat(browser.currentPath()).startsWith("/cart");
		assertThat(browser.find("#cart-added").isDisplayed()).isTrue();
		String cartTotal = browser.text("#group-total-0");
		assertThat(browser.find("#order-quote-0 #quote").getText()).contains("0901.21");
		assertThat(browser.text("#order-quote-0 #quote-total")).isEqualTo(cartTotal);
		assertThat(browser.find("#quota-0").getDomAttribute("data-code")).isEqualTo("ALLOWED");
		PageBudget.assertWithin(browser, "/cart");

		// Checkout: the quote again, the remaining cross-border quota, the address.
		browser.click("#to-checkout");
		waitForPath(browser, "/checkout");
		assertThat(browser.text("#checkout-total-0")).isEqualTo(cartTotal);
		assertThat(browser.text("#cbec-remaining")).contains("RMB");
		assertThat(new Select(browser.find("#regime-0")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("CROSS_BORDER_ECOMMERCE_RETAIL");
		PageBudget.assertWithin(browser, "/checkout");
		browser.type("#address-name", "李伟")
			.type("#address-phone", "+86 138 0013 8000")
			.type("#address-line", "西湖区文三路88号")
			.type("#address-city", "杭州")
			.type("#address-region", "浙江")
			.type("#address-postcode", "310012");
		browser.click("#place-orders");
		browser.find("#placed");

		List<WebElement> placed = browser.findAll("#placed a[id^='pay-now-']");
		assertThat(placed).hasSize(1);
		String orderId = placed.get(0).getDomAttribute("id").substring("pay-now-".length());
		browser.click("#pay-now-" + orderId);
		waitForPath(browser, "/orders/");

		// The order: placed, charged the quote's total; pay with the wallet, which is
		// offered first for yuan.
		assertThat(browser.currentPath()).startsWith("/orders/" + orderId);
		assertThat(browser.text("#order-status")).isEqualTo(ORDERING_ZH.getProperty("ordering.status.PLACED"));
		assertThat(browser.text("#order-total")).isEqualTo(cartTotal);
		assertThat(browser.find("#order-quote").getText()).contains("0901.21");
		assertThat(browser.find("#provider-WALLET").isSelected()).isTrue();
		browser.click("#pay");
		waitForText(browser, "#order-done", ORDERING_ZH.getProperty("ordering.done.paymentStarted"));
		assertThat(browser.text("#payment-next")).contains(ORDERING_ZH.getProperty("ordering.payment.next.redirect"));
		PageBudget.assertWithin(browser, "/orders/" + orderId);
		// The QR code is an image a phone can scan (an inline SVG drawn from ZXing's
		// matrix), within the panel; the link is on the host the buyer is on.
		WebElement qr = browser.find("#payment-qr");
		assertThat(qr.isDisplayed()).isTrue();
		assertThat(browser.findAll("#payment-qr path")).hasSize(1);
		assertThat(qr.getRect().getX() + qr.getRect().getWidth()).isLessThanOrEqualTo(
				browser.find("#payment").getRect().getX() + browser.find("#payment").getRect().getWidth());
		String cashier = browser.find("#payment-redirect").getDomAttribute("href");
		assertThat(cashier).startsWith(browser.url("/simulators/wallet/pay/"));
		browser.driver().navigate().to(cashier); // the wallet's cashier (simulated): the
													// buyer confirms there
		browser.click("button[value='pay']");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
			browser.open("/orders/" + orderId);
			return browser.text("#order-status").equals(ORDERING_ZH.getProperty("ordering.status.PAID"));
		});

		assertThat(browser.find("#payment-paid").isDisplayed()).isTrue();
		assertThat(browser.text("#payments")).contains(ORDERING_ZH.getProperty("ordering.payment.status.SUCCESSFUL"));
		List<WebElement> timeline = browser.findAll("#timeline tbody tr");
		assertThat(timeline).hasSize(2);
		assertThat(timeline.get(0).getText()).contains(ORDERING_ZH.getProperty("ordering.status.PLACED"));
		assertThat(timeline.get(1).getText()).contains(ORDERING_ZH.getProperty("ordering.status.PAID"));
		PageBudget.assertWithin(browser, "/orders/" + orderId);

		// And it is in the buyer's order history.
		browser.open("/orders");
		assertThat(browser.find("main").getText()).contains(ORDERING_ZH.getProperty("ordering.status.PAID"));
		assertThat(browser.findAll("a[href$='/orders/" + orderId + "']")).isNotEmpty();
	}

	/**
	 * The seller journey: sign in as the cooperative, create a roasted-coffee product
	 * named in English and Chinese and a lot of it through the console's forms, and list
	 * the lot on KGL → HGH from its page.
	 */
	private ListedLot listANewLot(Browser browser) {
		browser.signInAs(SELLER);
		browser.click("#nav-seller");
		waitForPath(browser, "/seller");
		browser.click("#seller-products");
		waitForPath(browser, "/seller/products");
		browser.click("#new-product");
		waitForPath(browser, "/seller/products/new");
		PageBudget.assertWithin(browser, "/seller/products/new");
		new Select(browser.find("#category")).selectByValue("ROASTED_COFFEE");
		browser.type("#hsCode", "0901.21")
			.type("#unitOfSale", "250 g pack of roasted coffee")
			.type("#netWeightGrams", "250")
			.type("#grossWeightGrams", "290")
			.type("#nameEn", "Musanze volcanic honey-processed roast")
			.type("#descriptionEn", "Honey-processed Bourbon from the volcanic slopes of Musanze, roasted in Kigali.")
			.type("#nameZh", CHINESE_NAME)
			.type("#descriptionZh", "穆桑泽火山坡上的蜜处理波旁咖啡，在基加利烘焙。");
		browser.click("#save-product");
		browser.find("#new-lot");
		assertThat(browser.currentPath()).startsWith("/seller/products/");
		assertThat(browser.text("h1")).isEqualTo("Musanze volcanic honey-processed roast");

		browser.click("#new-lot");
		waitForPath(browser, "/seller/lots/new");
		String reference = "MSZ-HNY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		browser.type("#reference", reference)
			.type("#quantity", "40")
			.type("#price", "9000")
			.type("#minOrderQuantity", "1");
		new Select(browser.find("#originCountry")).selectByValue("RW");
		browser.type("#originRegion", "Musanze District, Northern Province")
			.type("#producerName", "Abahuzamugambi roastery");
		new Select(browser.find("#producerKind")).selectByValue("COOPERATIVE");
		PageBudget.assertWithin(browser, "/seller/lots/new?product=");
		browser.click("#save-lot");
		browser.find("#listing-form");
		assertThat(browser.currentPath()).startsWith("/seller/lots/");
		String id = browser.currentPath().substring("/seller/lots/".length()).replaceAll("[?#].*", "");
		assertThat(browser.text("h1")).contains(reference);
		assertThat(browser.text("#listings")).contains(CATALOG_EN.getProperty("catalog.listings.none"));

		new Select(browser.find("#corridor")).selectByVisibleText("KGL → HGH");
		browser.click("#list");
		waitForText(browser, "#listings", CATALOG_EN.getProperty("catalog.listing.LISTED"));
		assertThat(browser.text("#listings")).contains("KGL → HGH")
			.contains(CATALOG_EN.getProperty("catalog.listing.LISTED"));
		PageBudget.assertWithin(browser, "/seller/lots/" + id);
		return new ListedLot(id, reference);
	}

	/**
	 * After a click that leads to another page: waits until the browser is there (the old
	 * page may still answer for a moment).
	 */
	private static void waitForPath(Browser browser, String prefix) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> browser.currentPath().startsWith(prefix));
	}

	/**
	 * After a form that redirects back to the same page: waits until the element shows
	 * the expected text.
	 */
	private static void waitForText(Browser browser, String css, String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> !browser.findAll(css).isEmpty() && browser.findAll(css).get(0).getText().contains(text));
	}

	private static Properties bundle(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MarketplaceBrowserTests.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

}

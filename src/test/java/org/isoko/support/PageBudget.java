package org.isoko.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront budget (docs/adr/0006-page-budget.md): at most 50 KB of HTML+CSS+JS per
 * page, images excluded, as sent (see {@link Browser#pageWeight}).
 */
public final class PageBudget {

	public static final long BYTES = 50 * 1024;

	private PageBudget() {
	}

	/**
	 * The page the browser shows is {@code page} (a part of its URL), a real page, and
	 * within the budget.
	 */
	public static void assertWithin(Browser browser, String page) {
		Browser.PageWeight weight = browser.pageWeight();
		assertThat(weight.page()).contains(page);
		assertThat(weight.status()).as("a real page, not an error page: " + weight).isEqualTo(200);
		assertThat(weight.htmlBytes()).as(weight.toString()).isPositive();
		assertThat(weight.resourceBytes()).as("the page's stylesheet is counted: " + weight)
			.isNotEmpty()
			.allSatisfy((url, bytes) -> assertThat(bytes).as(url).isPositive());
		assertThat(weight.totalBytes()).as(weight.toString()).isLessThan(BYTES);
	}

}

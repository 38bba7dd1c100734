package org.isoko.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives a real browser (headless Debian Chromium through ChromeDriver)
 * against the whole application on a random port. Declare a {@link Browser} parameter on
 * a test method to get a fresh browser for it: <pre>
 * &#64;BrowserTest
 * class CheckoutBrowserTests {
 *     &#64;Test
 *     void buyerPaysForAnOrder(Browser browser) {
 *         browser.signInAs("buyer.cn@isoko.demo").open("/cart");
 *     }
 * }
 * </pre> Browser tests run in the normal {@code ./mvnw verify}. Without /usr/bin/chromium
 * and /usr/bin/chromedriver they are skipped on a developer machine and fail under
 * {@code CI=true}; {@code .ci/run} installs both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
// The extension comes first so that a missing browser is noticed before the Spring
// context is started.
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

}

package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.isoko.channels.text.Gsm7;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every USSD text of every menu language, filled with the longest values the screens put
 * in (a 30-character organisation name, 24-character references, nine-digit amounts):
 * GSM-7 only, at most 160 septets, at most five options, nothing missing. The texts that
 * share a screen with a list are measured with the longest list.
 */
class UssdScreensUnitTests {

	static final String NAME = "N".repeat(30);

	static final String AMOUNT = "999999999 RWF";

	static final String WAYBILL = "ISK-KGL-00012345-42";

	@ParameterizedTest
	@ValueSource(strings = { "", "_rw", "_fr" })
	void everyUssdTextFitsOneScreenInGsm7(String suffix) throws IOException {
		Properties base = load("");
		Properties bundle = load(suffix);
		for (String key : base.stringPropertyNames()) {
			if (!key.startsWith("ussd.")) {
				continue;
			}
			String text = bundle.getProperty(key, base.getProperty(key));
			String screen = fill(key, text, k -> bundle.getProperty(k, base.getProperty(k)));
			assertThat(Gsm7.isGsm7(screen)).as("%s%s is GSM-7: %s", key, suffix, screen).isTrue();
			assertThat(Gsm7.measure(screen).units()).as("%s%s: %s", key, suffix, screen).isLessThanOrEqualTo(160);
			assertThat(screen.lines().filter(l -> l.matches("[0-9] .*")).count()).as(key).isLessThanOrEqualTo(5);
			assertThat(screen).as(key).doesNotContainPattern("\\{[0-9]").doesNotContain("''");
		}
		// A non-English menu language translates every screen of the menus.
		if (!suffix.isEmpty()) {
			assertThat(base.stringPropertyNames()
				.stream()
				.filter(k -> k.startsWith("ussd.") && !bundle.containsKey(k))
				.toList()).as("keys left in English")
				.containsOnly("ussd.unknown", "ussd.busy", "ussd.error", "ussd.language");
		}
	}

	/** The text as the longest screen built with it shows it. */
	private static String fill(String key, String text, UnaryOperator<String> label) {
		String filled = text.contains("{") ? new MessageFormat(text, Locale.ROOT).format(arguments(key)) : text;
		return switch (key) {
			// Title, four lines "n 261206-ABCDEF 999999999 RWF", "5 More".
			case "ussd.orders.title" -> filled + "\n1 261206-ABCDEF 999999999 RWF".repeat(4) + "\n5 More";
			// Title, four lines "n REFERENCE-16CH.: 999999", "5 More".
			case "ussd.stock.title" -> filled + "\n1 RRRRRRRRRRRRRRR.: 999999".repeat(4) + "\n5 Ibindi";
			// Title, four lines "n 261206-ABCDEF KGL-00012345-42" (order, waybill), "5
			// More".
			case "ussd.handover.title" -> filled + "\n1 261206-ABCDEF KGL-00012345-42".repeat(4) + "\n5 Ibindi";
			// Title and the four flows and the language, in the bundle's words.
			case "ussd.menu.title" -> filled + "\n1 " + label.apply("ussd.menu.orders") + "\n2 "
					+ label.apply("ussd.menu.stock") + "\n3 " + label.apply("ussd.menu.money") + "\n4 "
					+ label.apply("ussd.menu.handover") + "\n5 " + label.apply("ussd.menu.language");
			// Reason title and four reasons.
			case "ussd.orders.reason" -> filled + "\n1 Sinshobora kohereza ku gihe".repeat(4);
			default -> filled;
		};
	}

	/** The longest values each text is filled with. */
	private static Object[] arguments(String key) {
		return switch (key) {
			case "ussd.menu.title" -> new Object[] { NAME };
			// Waybill, order number, pieces, kg, the hub's name and city (cut to 30).
			case "ussd.handover.parcel" ->
				new Object[] { WAYBILL, "261206-ABCDEF", "999999", "999999.999", "H".repeat(30) };
			case "ussd.handover.dropOff" -> new Object[] { WAYBILL, "H".repeat(30) };
			// Day, the address (cut to 40), waybill.
			case "ussd.handover.pickup" -> new Object[] { "31/12", "A".repeat(40), WAYBILL };
			default -> new Object[] { "R".repeat(24), "999999", "999999", AMOUNT };
		};
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (var in = UssdScreensUnitTests.class.getResourceAsStream("/i18n/channels" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

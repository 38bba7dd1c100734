package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles are written for MessageFormat, which formats every message
 * ({@code spring.messages.always-use-message-format}): an apostrophe is doubled (a lone
 * one quotes, and swallows, the rest of the message — the Kinyarwanda seller banner
 * showed an unfilled {@code {1}} that way), every message parses, and a translation uses
 * the placeholders its English message has, no more.
 */
class MessageBundlesUnitTests {

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void everyMessageIsWrittenForMessageFormat() throws IOException {
		List<String> problems = new ArrayList<>();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		assertThat(files).as("bundles").hasSizeGreaterThan(20);
		for (Resource file : files) {
			Properties messages = load(file);
			Properties english = load(new PathMatchingResourcePatternResolver().getResource(
					"classpath:i18n/" + file.getFilename().replaceAll("_[a-z]{2}\\.properties$", ".properties")));
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				String where = file.getFilename() + " " + key;
				if (placeholders(message).isEmpty()) {
					if (message.contains("''")) {
						problems.add(where + ": a doubled apostrophe in a message without placeholders (write ')");
					}
				}
				else {
					if (LONE_APOSTROPHE.matcher(message).find()) {
						problems.add(where + ": a lone apostrophe in a message with placeholders (write '')");
					}
					try {
						new MessageFormat(message, Locale.ROOT);
					}
					catch (IllegalArgumentException e) {
						problems.add(where + ": not a MessageFormat pattern (" + e.getMessage() + ")");
					}
				}
				String original = english.getProperty(key);
				// (Some translated keys have their English in the code, e.g. field
				// errors'
				// default messages.)
				if (original != null && !placeholders(original).containsAll(placeholders(message))) {
					problems.add(where + ": placeholders " + placeholders(message) + " but English has "
							+ placeholders(original));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The customs texts (the officer's console, the EAC entries' pages, the seller's
	 * entries panel, the tax bill and the late-CEB900 history lines) exist in all four
	 * languages, and none is left in English in Kinyarwanda (but for the few that read
	 * the same in both: a name, a pattern of placeholders).
	 */
	@Test
	void theCustomsTextsAreInEveryLanguageAndTranslatedIntoKinyarwanda() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Properties english = load(resolver.getResource("classpath:i18n/customs.properties"));
		for (String language : List.of("fr", "rw", "zh")) {
			Properties translated = load(resolver.getResource("classpath:i18n/customs_" + language + ".properties"));
			assertThat(translated.stringPropertyNames()).as("customs_%s keys", language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
		Properties kinyarwanda = load(resolver.getResource("classpath:i18n/customs_rw.properties"));
		Set<String> same = Set.of("customs.queue.authority", "customs.route", "customs.country.KE");
		List<String> untranslated = english.stringPropertyNames()
			.stream()
			.filter(key -> !same.contains(key))
			.filter(key -> english.getProperty(key).equals(kinyarwanda.getProperty(key)))
			.sorted()
			.toList();
		assertThat(untranslated).as("customs texts left in English in Kinyarwanda").isEmpty();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties load(Resource file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = file.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

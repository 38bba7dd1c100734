package org.isoko.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a page must not show in any language: a message key that has no message
 * ({@code ??key_fr??}), a placeholder left unfilled ({@code {1}}), the name of one of
 * Isoko's enum constants ({@code CBEC_RETAIL}, {@code WALLET}) and, on a French,
 * Kinyarwanda or Chinese page, a sentence of the English bundles that the page's own
 * bundles do not also use (a fallback to English, or English written into code).
 * <p>
 * Text in an element whose {@code lang} is another language than the page's is not the
 * page's own (a seller's story in English on a Chinese page, marked as such): it is left
 * out of the check ({@link #READ_PAGE} lists those texts).
 * <p>
 * Findings are compared with {@code platform/language-known-offenders.txt}: the leaks
 * known when the check was written, each to be fixed; a new one fails the build.
 */
final class PageTexts {

	/**
	 * A browser script answering [the page's visible text, the visible texts of the
	 * elements in another language than the page's ({@code lang} attribute)].
	 */
	static final String READ_PAGE = """
			var page = (document.documentElement.lang || '').split('-')[0];
			var other = [];
			document.querySelectorAll('body [lang]').forEach(function (e) {
			  var lang = (e.getAttribute('lang') || '').split('-')[0];
			  if (lang && lang !== page && e.innerText) { other.push(e.innerText); }
			});
			return [document.body.innerText, other];""";

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");

	/**
	 * An upper-case word standing alone: not a part of a hyphenated code such as a lot
	 * reference ({@code KH-2026-TEA-01}).
	 */
	private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");

	/**
	 * Upper-case words that are enum constants but also what a page rightly shows:
	 * currency, country and transport codes people use as such, and abbreviations.
	 */
	private static final Set<String> SHOWN_AS_IS = Set.of("RWF", "CNY", "KES", "UGX", "TZS", "USD", "EUR", "RW", "CN",
			"KE", "UG", "TZ", "ET", "GH", "NG", "ZA", "EAC", "AFCFTA", "COMESA", "MFN", "VAT", "HS", "PDF", "CSV",
			"API", "USSD", "SMS", "PIN", "FOB", "CIF", "KGL", "HGH", "NBO", "IATA", "ID", "OK", "EN", "FR", "ZH",
			"MOMO", "QR", "GSM", "UCS");

	/** English sentences shorter than this are too often names or shared words. */
	private static final int MIN_SENTENCE = 14;

	private final Set<String> enumConstants;

	private final Set<String> englishSentences;

	private final java.util.Map<String, String> otherLanguages = new java.util.HashMap<>();

	private PageTexts(Set<String> enumConstants, Set<String> englishSentences) {
		this.enumConstants = enumConstants;
		this.englishSentences = englishSentences;
	}

	static PageTexts load() {
		Set<String> constants = new HashSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.isoko")) {
			if (type.isEnum()) {
				type.getEnumConstants().forEach(constant -> constants.add(constant.name()));
			}
		}
		constants.removeIf(name -> name.length() < 3 || SHOWN_AS_IS.contains(name));
		PageTexts texts = new PageTexts(constants, sentences(bundle("")));
		for (String language : List.of("fr", "rw", "zh")) {
			texts.otherLanguages.put(language, String.join("\n", bundle("_" + language)));
		}
		return texts;
	}

	/**
	 * The findings on a page's visible text, each as "kind: text", in a stable order.
	 */
	List<String> check(String language, String visibleText) {
		return check(language, visibleText, List.of());
	}

	/**
	 * The findings on a page's visible text but for {@code foreignTexts}: the texts of
	 * elements marked as written in another language than the page's.
	 */
	List<String> check(String language, String pageText, List<String> foreignTexts) {
		String visibleText = pageText;
		for (String foreign : foreignTexts) {
			visibleText = visibleText.replace(foreign, "\n");
		}
		Set<String> findings = new TreeSet<>();
		find(MISSING_KEY, visibleText, "missing message", findings);
		find(PLACEHOLDER, visibleText, "unfilled placeholder", findings);
		Matcher upper = UPPER_WORD.matcher(visibleText);
		while (upper.find()) {
			if (enumConstants.contains(upper.group())) {
				findings.add("enum constant: " + upper.group());
			}
		}
		if (!"en".equals(language)) {
			String ownBundles = otherLanguages.get(language);
			for (String sentence : englishSentences) {
				if (visibleText.contains(sentence) && !ownBundles.contains(sentence)) {
					findings.add("English: " + sentence);
				}
			}
		}
		return new ArrayList<>(findings);
	}

	private static void find(Pattern pattern, String text, String kind, Set<String> findings) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			findings.add(kind + ": " + m.group());
		}
	}

	/**
	 * The literal parts of the English messages (split at placeholders and HTML) that
	 * read as a phrase: at least two words of letters and {@link #MIN_SENTENCE}
	 * characters.
	 */
	private static Set<String> sentences(List<String> messages) {
		Set<String> sentences = new LinkedHashSet<>();
		for (String message : messages) {
			for (String part : message.replace("''", "'").split("\\{[^}]*}|<[^>]*>|\\n")) {
				String trimmed = part.strip();
				if (trimmed.length() >= MIN_SENTENCE && trimmed.matches("(?s).*\\p{L}{2,}\\s+\\p{L}{2,}.*")) {
					sentences.add(trimmed);
				}
			}
		}
		return sentences;
	}

	/** Every message of the i18n bundles of one language suffix ("" for English). */
	private static List<String> bundle(String suffix) {
		List<String> messages = new ArrayList<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			for (Resource file : files) {
				String name = file.getFilename();
				String base = name.substring(0, name.length() - ".properties".length());
				boolean english = !base.matches(".*_[a-z]{2}$");
				if (suffix.isEmpty() ? english : base.endsWith(suffix)) {
					Properties properties = new Properties();
					try (InputStream in = file.getInputStream()) {
						properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
					}
					properties.values().forEach(value -> messages.add(value.toString()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return messages;
	}

	/** A known offender's line: "language | page pattern | finding". */
	static String line(String language, String pagePattern, String finding) {
		return language.toLowerCase(Locale.ROOT) + " | " + pagePattern + " | " + finding;
	}

}

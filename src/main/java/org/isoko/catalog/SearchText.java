package org.isoko.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Turns product text and search queries into the same tokens, so that both engines match
 * the same way: lower case, accents removed ("Café" → "cafe"), words split at anything
 * that is not a letter or digit. Chinese (and other CJK scripts) has no spaces between
 * words, so a run of CJK characters is indexed as every single character and every pair
 * of neighbouring characters ("咖啡豆" → 咖 啡 豆 咖啡 啡豆); a query uses pairs ("咖啡豆" → 咖啡 啡豆,
 * all required), or the single character when that is all there is ("茶"). Tokens match as
 * prefixes, so "nyama" finds "Nyamasheke".
 */
final class SearchText {

	/** Query tokens beyond this are ignored: a search box is not a document. */
	static final int MAX_QUERY_TOKENS = 8;

	private SearchText() {
	}

	/**
	 * Tokens of a document, space-separated with a space at both ends so that
	 * {@code LIKE '% token%'} is a prefix match.
	 */
	static String document(List<@Nullable String> texts) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null) {
				split(text, true, tokens);
			}
		}
		return tokens.isEmpty() ? " " : " " + String.join(" ", tokens) + " ";
	}

	/**
	 * Tokens of a query, at most {@value #MAX_QUERY_TOKENS}; empty for a blank query or
	 * one with only punctuation.
	 */
	static List<String> query(@Nullable String query) {
		if (query == null) {
			return List.of();
		}
		Set<String> tokens = new LinkedHashSet<>();
		split(query, false, tokens);
		return new ArrayList<>(tokens).subList(0, Math.min(tokens.size(), MAX_QUERY_TOKENS));
	}

	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	private static void split(String text, boolean document, Set<String> tokens) {
		String normal = normalise(text);
		StringBuilder word = new StringBuilder();
		List<String> cjk = new ArrayList<>();
		normal.codePoints().forEach(cp -> {
			if (isCjk(cp)) {
				flushWord(word, tokens);
				cjk.add(new String(Character.toChars(cp)));
			}
			else if (Character.isLetterOrDigit(cp)) {
				flushCjk(cjk, document, tokens);
				word.appendCodePoint(cp);
			}
			else {
				flushWord(word, tokens);
				flushCjk(cjk, document, tokens);
			}
		});
		flushWord(word, tokens);
		flushCjk(cjk, document, tokens);
	}

	private static void flushWord(StringBuilder word, Set<String> tokens) {
		if (word.length() > 0) {
			tokens.add(word.length() > 100 ? word.substring(0, 100) : word.toString());
			word.setLength(0);
		}
	}

	private static void flushCjk(List<String> run, boolean document, Set<String> tokens) {
		if (run.isEmpty()) {
			return;
		}
		if (document || run.size() == 1) {
			tokens.addAll(run);
		}
		for (int i = 0; i + 1 < run.size(); i++) {
			tokens.add(run.get(i) + run.get(i + 1));
		}
		run.clear();
	}

	private static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}

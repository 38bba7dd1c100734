package org.isoko.platform;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page text check: English text on a Chinese page is a finding, unless it sits in an
 * element that says it is English ({@code lang="en"}); codes and unfilled placeholders
 * are findings whatever the language.
 */
class PageTextsUnitTests {

	private static PageTexts texts;

	@BeforeAll
	static void load() {
		texts = PageTexts.load();
	}

	@Test
	void findsEnglishOfTheBundlesOnAChinesePage() {
		assertThat(texts.check("zh", "生产者的故事\nwashing station and sun-dried")).contains("English: washing station");
	}

	@Test
	void acceptsEnglishInAnElementMarkedAsEnglish() {
		String story = "1,120 member families deliver their cherries to the Rushashi washing station";
		String page = "生产者的故事\n" + story + " （英文）\n";

		assertThat(texts.check("zh", page, List.of(story))).isEmpty();
		assertThat(texts.check("zh", page)).contains("English: washing station");
	}

	@Test
	void stillFindsCodesAndPlaceholdersOutsideTheMarkedElements() {
		assertThat(texts.check("fr", "Régime CHINA_LDC {1}\nwashing station", List.of("washing station")))
			.containsExactly("enum constant: CHINA_LDC", "unfilled placeholder: {1}");
	}

}

package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTextUnitTests {

	@Test
	void normalisesCaseAndAccentsAndSplitsWords() {
		assertThat(SearchText.query("Café  NYAMASHEKE, fully-washed!")).containsExactly("cafe", "nyamasheke", "fully",
				"washed");
	}

	@Test
	void indexesChineseAsCharactersAndPairs() {
		assertThat(SearchText.document(List.of("咖啡豆"))).isEqualTo(" 咖 啡 豆 咖啡 啡豆 ");
		assertThat(SearchText.query("咖啡豆")).containsExactly("咖啡", "啡豆");
		assertThat(SearchText.query("茶")).containsExactly("茶");
		assertThat(SearchText.query("Huye咖啡")).containsExactly("huye", "咖啡");
	}

	@Test
	void documentsAreSpaceDelimitedForPrefixMatchesAndDeduplicated() {
		String document = SearchText.document(Arrays.asList("Huye huye", null, "Kivu"));
		assertThat(document).isEqualTo(" huye kivu ");
		assertThat(document).contains(" " + SearchText.query("hu").get(0));
	}

	@Test
	void ignoresPunctuationOnlyQueriesAndCapsTheNumberOfTokens() {
		assertThat(SearchText.query(" %_'; ")).isEmpty();
		assertThat(SearchText.query(null)).isEmpty();
		assertThat(SearchText.query("a b c d e f g h i j")).hasSize(SearchText.MAX_QUERY_TOKENS);
	}

	@Test
	void writesTokensAsAPostgresPrefixQuery() {
		assertThat(SearchQueries.tsquery(List.of("huye", "咖啡"))).isEqualTo("huye:* & 咖啡:*");
	}

}

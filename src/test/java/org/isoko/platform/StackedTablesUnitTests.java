package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * On a phone a table whose cells carry {@code data-label} becomes stacked cards and its
 * header is hidden (isoko.css): a cell without a label then shows a value nobody can name
 * (the order lists' buyer or seller column did). In such a table every cell is labelled,
 * or holds only what names itself: links, buttons, forms, a badge, nothing.
 */
class StackedTablesUnitTests {

	private static final Pattern TABLE = Pattern.compile("<table\\b.*?</table>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td\\b([^>]*)>(.*?)</td>", Pattern.DOTALL);

	private static final Pattern SELF_NAMING = Pattern
		.compile("^\\s*(<(a|form|button|th:block)\\b.*|<span\\b[^>]*class=\"badge.*)?$", Pattern.DOTALL);

	@Test
	void everyCellOfAStackedTableIsLabelledOrNamesItself() throws IOException {
		List<String> unlabelled = new ArrayList<>();
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).as("templates").hasSizeGreaterThan(50);
		for (Resource template : templates) {
			String html = read(template);
			Matcher table = TABLE.matcher(html);
			while (table.find()) {
				if (!table.group().contains("data-label")) {
					continue;
				}
				Matcher cell = CELL.matcher(table.group());
				while (cell.find()) {
					if (!cell.group(1).contains("data-label") && !SELF_NAMING.matcher(cell.group(2)).matches()) {
						unlabelled.add(template.getFilename() + ": " + cell.group().replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(unlabelled).as("cells of stacked tables without a label").isEmpty();
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

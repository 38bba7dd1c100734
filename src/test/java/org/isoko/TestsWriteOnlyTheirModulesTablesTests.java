package org.isoko;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A test creates another module's data through that module's API or events, never by SQL
 * into its tables (issue 12; docs/module-shape.md, "Test fixtures"): a module's tables
 * are written only by that module's own code, its tests included. This test reads every
 * test source ({@code src/test/java/**}{@code /*.java}), finds the SQL writes in its
 * string literals and text blocks ({@code INSERT INTO}, {@code UPDATE},
 * {@code DELETE FROM}, {@code MERGE INTO}, {@code TRUNCATE}, in any case, also across
 * literals joined with {@code +}), and fails, naming the file, line and statement, when
 * the table belongs to a module ({@code <module>_...}) whose package
 * ({@code org.isoko.<module>} or below) is not the file's. Bulk seeding that must stay
 * SQL lives in the owning module's test package ({@code identity.IdentityBulkSeed},
 * {@code catalog.CatalogBulkSeed}, {@code trade.CrossBorderQuotaReset}).
 * <p>
 * A table name built at run time ({@code "UPDATE " + table}) is not seen; none exists.
 */
class TestsWriteOnlyTheirModulesTablesTests {

	static final Path TEST_SOURCES = Path.of("src", "test", "java");

	static final Path MODULES = Path.of("src", "main", "java", "org", "isoko");

	/** The statement and the table it writes (a name with an underscore). */
	static final Pattern WRITE = Pattern
		.compile("\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE(?:\\s+TABLE)?)"
				+ "\\s+([a-z][a-z0-9]*_[a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

	/** Literals joined by {@code +} (and nothing else) read as one statement. */
	static final Pattern CONCATENATION = Pattern.compile("\\s*\\+\\s*");

	/** One SQL write of a table by a test of another package than its module's. */
	record Offence(String file, int line, String statement) {

		@Override
		public String toString() {
			return file + ":" + line + ": " + statement;
		}

	}

	/** A string literal or text block: its content and where it starts and ends. */
	record Literal(String text, int start, int end) {
	}

	@Test
	void noTestWritesAnotherModulesTables() throws IOException {
		Set<String> modules = modules();
		List<Offence> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				offences.addAll(offences(TEST_SOURCES.relativize(file).toString(), Files.readString(file), modules));
			}
		}
		assertThat(offences)
			.as("SQL writes of another module's tables in tests (write them through that module's "
					+ "API, or move the bulk SQL into that module's test package)")
			.isEmpty();
	}

	/** The guard finds what it must, and only that (so that it can fail). */
	@Test
	void findsWritesOfOtherModulesTablesOnly() {
		Set<String> modules = Set.of("catalog", "ordering", "drops", "trade");
		// Table names joined at run time, so that this file holds no statement itself.
		String table = String.join("_", "catalog", "lot");
		String order = String.join("_", "ordering", "order");
		String quota = String.join("_", "trade", "cbec", "quota");
		String dropOrder = String.join("_", "ordering", "drop", "order");
		String source = """
				package org.isoko.ordering;
				class X {
					// %1$s is mentioned in a comment: not code
					void a() { jdbc.sql("%2$s").update(); }
					void b() { jdbc.sql(""\"
							%3$s
							  SET available = 0""\").update(); }
					void c() { jdbc.sql("%4$s " + "%5$s WHERE 1 = 1").update(); }
					void d() { jdbc.sql("%6$s").update(); jdbc.sql("%7$s").update(); }
					void e() { jdbc.sql("Update the lot, then %8$s").update(); }
				}
				""".formatted("insert into " + table, "insert into " + table + " (id) VALUES (1)", "UPDATE " + table,
				"DELETE", "FROM " + table, "DELETE FROM " + order, "TRUNCATE " + quota, "MERGE INTO " + dropOrder);
		assertThat(offences("X.java", source, modules)).extracting(Offence::line, Offence::statement)
			.containsExactly(Tuple.tuple(4, "insert into " + table + " (id) VALUES (1)"),
					Tuple.tuple(5, "UPDATE " + table + " SET available = 0"),
					Tuple.tuple(8, "DELETE FROM " + table + " WHERE 1 = 1"), Tuple.tuple(9, "TRUNCATE " + quota),
					Tuple.tuple(10, "MERGE INTO " + dropOrder));
		assertThat(offences("X.java", source.replace("package org.isoko.ordering;", "package org.isoko.catalog.x;"),
				modules))
			.extracting(Offence::statement)
			.doesNotContain("insert into " + table + " (id) VALUES (1)")
			.contains("DELETE FROM " + order);
	}

	static List<Offence> offences(String file, String source, Set<String> modules) {
		Matcher declared = PACKAGE.matcher(source);
		String pkg = declared.find() ? declared.group(1) : "";
		List<Offence> offences = new ArrayList<>();
		for (Literal statement : statements(literals(source), source)) {
			Matcher write = WRITE.matcher(statement.text());
			while (write.find()) {
				String table = write.group(2).toLowerCase(Locale.ROOT);
				String owner = owner(table, modules);
				if (owner != null && !pkg.equals("org.isoko." + owner) && !pkg.startsWith("org.isoko." + owner + ".")) {
					offences.add(new Offence(file, line(source, statement.start()),
							statement.text().substring(write.start()).replaceAll("\\s+", " ").strip()));
				}
			}
		}
		return offences;
	}

	/**
	 * The module a table belongs to by its prefix, or null. Drops kept the names the
	 * tables had when drops were part of ordering ({@code ordering_drop*}, see the drops
	 * module's package-info).
	 */
	static String owner(String table, Set<String> modules) {
		if (table.startsWith("ordering_drop") && modules.contains("drops")) {
			return "drops";
		}
		String prefix = table.substring(0, table.indexOf('_'));
		return modules.contains(prefix) ? prefix : null;
	}

	static Set<String> modules() throws IOException {
		try (Stream<Path> packages = Files.list(MODULES)) {
			Set<String> modules = packages.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.collect(Collectors.toSet());
			assertThat(modules).contains("catalog", "identity", "ordering", "trade");
			return modules;
		}
	}

	/** Literals joined by {@code +} become one, starting where the first starts. */
	static List<Literal> statements(List<Literal> literals, String source) {
		List<Literal> statements = new ArrayList<>();
		for (Literal literal : literals) {
			Literal last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
			if (last != null && CONCATENATION.matcher(source.substring(last.end(), literal.start())).matches()) {
				statements.set(statements.size() - 1,
						new Literal(last.text() + literal.text(), last.start(), literal.end()));
			}
			else {
				statements.add(literal);
			}
		}
		return statements;
	}

	/**
	 * The string literals and text blocks of a Java source, comments and character
	 * literals skipped; escapes are kept as written (they do not matter to the pattern).
	 */
	static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = endOf(source, "\n", i + 2);
			}
			else if (source.startsWith("/*", i)) {
				i = endOf(source, "*/", i + 2);
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = closing(source, "\"\"\"", i + 3);
				literals.add(new Literal(source.substring(i + 3, end), i, end + 3));
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = closing(source, String.valueOf(c), i + 1);
				if (c == '"') {
					literals.add(new Literal(source.substring(i + 1, end), i, end + 1));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/** Where {@code quote} closes, skipping escaped characters. */
	private static int closing(String source, String quote, int from) {
		int i = from;
		while (i < source.length() && !source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i, source.length());
	}

	private static int endOf(String source, String terminator, int from) {
		int end = source.indexOf(terminator, from);
		return end < 0 ? source.length() : end + terminator.length();
	}

	private static int line(String source, int offset) {
		return (int) source.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
	}

}

package org.isoko.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.isoko.shared.CountryCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The document kinds of {@value #FILE}, read once at start-up. A country with no lines of
 * its own gets the {@code *} lines.
 */
@Component
public class DocumentKinds {

	static final String FILE = "identity/document-kinds.csv";

	private record Line(String country, DocumentKind kind, Set<OrganisationKind> organisationKinds) {
	}

	private final List<Line> lines;

	DocumentKinds() {
		this.lines = read();
	}

	/**
	 * The kinds a seller of this country and organisation kind uploads, required first.
	 */
	public List<DocumentKind> forSeller(CountryCode country, OrganisationKind kind) {
		String key = lines.stream().anyMatch(l -> l.country().equals(country.value())) ? country.value() : "*";
		List<DocumentKind> kinds = new ArrayList<>();
		lines.stream()
			.filter(l -> l.country().equals(key) && l.organisationKinds().contains(kind) && l.kind().required())
			.forEach(l -> kinds.add(l.kind()));
		lines.stream()
			.filter(l -> l.country().equals(key) && l.organisationKinds().contains(kind) && !l.kind().required())
			.forEach(l -> kinds.add(l.kind()));
		return List.copyOf(kinds);
	}

	Optional<DocumentKind> find(CountryCode country, OrganisationKind kind, String code) {
		return forSeller(country, kind).stream().filter(k -> k.code().equals(code)).findFirst();
	}

	private static List<Line> read() {
		List<Line> lines = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] cells = line.split(",", 6);
				if (cells.length < 5) {
					throw new IllegalStateException(FILE + ": a line needs at least 5 columns: " + line);
				}
				Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
				for (String k : cells[2].trim().split("\\s+")) {
					kinds.add(OrganisationKind.valueOf(k));
				}
				String required = cells[3].trim().toLowerCase(Locale.ROOT);
				if (!required.equals("yes") && !required.equals("no")) {
					throw new IllegalStateException(FILE + ": required is yes or no: " + line);
				}
				lines.add(new Line(cells[0].trim(),
						new DocumentKind(cells[1].trim(), required.equals("yes"), cells[4].trim()), kinds));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(lines);
	}

}

package org.isoko.trade.tariff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shipped reference-data files: CSV, UTF-8, '#' lines are comments (the first
 * names the file's version), then a header row; fields with commas are double-quoted (""
 * inside is a quote). Each row's id is derived from its ref, so the same row has the same
 * id on every installation.
 */
public final class ReferenceDataFiles {

	public static final String TARIFF_LINES = "trade/reference-data/tariff-lines.csv";

	public static final String TAX_RULES = "trade/reference-data/tax-rules.csv";

	public static final String CBEC_RULES = "trade/reference-data/cbec-rules.csv";

	/** Conditional exemptions (read-only reference data, shipped with the release). */
	public static final String TAX_EXEMPTIONS = "trade/reference-data/tax-exemptions.csv";

	/**
	 * Illustrative freight and insurance rates: demo data, not shipped as reference data
	 * (no carrier publishes them for us).
	 */
	public static final String DEMO_FREIGHT_RATES = "trade/demo/freight-rates.csv";

	private ReferenceDataFiles() {
	}

	public static UUID idOf(String ref) {
		return UUID.nameUUIDFromBytes(("isoko-trade:" + ref).getBytes(StandardCharsets.UTF_8));
	}

	public static List<TariffLine> tariffLines(InputStream in) {
		return read(in, TARIFF_LINES,
				r -> new TariffLine(idOf(r.get("ref")), r.get("ref"), CountryCode.of(r.get("importer")),
						HsCode.of(r.get("hs_code")), TariffScheme.valueOf(r.get("scheme")),
						Percent.of(r.get("rate_percent")), r.validity(), r.get("legal_basis"), r.get("source"),
						r.optional("source_url")));
	}

	public static List<TaxRule> taxRules(InputStream in) {
		return read(in, TAX_RULES,
				r -> new TaxRule(idOf(r.get("ref")), r.get("ref"), CountryCode.of(r.get("importer")),
						r.raw("hs_prefix"), TaxKind.valueOf(r.get("tax")), Percent.of(r.get("rate_percent")),
						r.validity(), r.get("legal_basis"), r.get("source"), r.optional("source_url")));
	}

	public static List<CbecRule> cbecRules(InputStream in) {
		return read(in, CBEC_RULES, r -> {
			CurrencyCode currency = CurrencyCode.of(r.get("currency"));
			return new CbecRule(idOf(r.get("ref")), r.get("ref"), CountryCode.of(r.get("importer")),
					Money.of(new BigDecimal(r.get("per_order_limit")), currency),
					Money.of(new BigDecimal(r.get("annual_limit")), currency), new BigDecimal(r.get("tax_factor")),
					Percent.of(r.get("tariff_percent")), r.validity(), r.get("legal_basis"), r.get("source"),
					r.optional("source_url"));
		});
	}

	public static List<TaxExemption> taxExemptions(InputStream in) {
		return read(in, TAX_EXEMPTIONS,
				r -> new TaxExemption(r.get("ref"), CountryCode.of(r.get("importer")), r.get("hs_prefix"),
						TaxKind.valueOf(r.get("tax")), r.get("condition"), r.validity(), r.get("legal_basis"),
						r.get("source"), r.optional("source_url")));
	}

	/** The shipped exemptions from the class path. */
	public static List<TaxExemption> taxExemptionsFromClasspath() {
		try (InputStream in = ReferenceDataFiles.class.getClassLoader().getResourceAsStream(TAX_EXEMPTIONS)) {
			return taxExemptions(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<FreightRate> freightRates(InputStream in) {
		return read(in, DEMO_FREIGHT_RATES, r -> {
			CurrencyCode currency = CurrencyCode.of(r.get("currency"));
			return new FreightRate(idOf(r.get("ref")), r.get("ref"), HubCode.of(r.get("origin_hub")),
					HubCode.of(r.get("destination_hub")), TransportMode.valueOf(r.get("mode")), currency,
					new BigDecimal(r.get("per_kg")), Money.of(new BigDecimal(r.get("minimum")), currency),
					Percent.of(r.get("insurance_percent")), r.validity(), r.get("source"), r.optional("source_url"));
		});
	}

	/**
	 * The shipped files from the class path, for tests and the benchmark (the application
	 * reads them from the database).
	 */
	public static ReferenceData fromClasspath(boolean withDemoFreight) {
		ClassLoader loader = ReferenceDataFiles.class.getClassLoader();
		try (InputStream tariff = loader.getResourceAsStream(TARIFF_LINES);
				InputStream tax = loader.getResourceAsStream(TAX_RULES);
				InputStream cbec = loader.getResourceAsStream(CBEC_RULES);
				InputStream freight = loader.getResourceAsStream(DEMO_FREIGHT_RATES)) {
			return ReferenceData.of(tariffLines(tariff), taxRules(tax), cbecRules(cbec),
					withDemoFreight ? freightRates(freight) : List.of());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One row by column name. */
	static final class Row {

		private final Map<String, String> values;

		Row(Map<String, String> values) {
			this.values = values;
		}

		String raw(String column) {
			String value = values.get(column);
			if (value == null) {
				throw new IllegalArgumentException("Missing column " + column);
			}
			return value.trim();
		}

		String get(String column) {
			String value = raw(column);
			if (value.isEmpty()) {
				throw new IllegalArgumentException("Column " + column + " is empty");
			}
			return value;
		}

		@Nullable String optional(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.trim();
		}

		Validity validity() {
			String to = optional("valid_to");
			return new Validity(LocalDate.parse(get("valid_from")), to == null ? null : LocalDate.parse(to));
		}

	}

	private static <T> List<T> read(InputStream in, String name, Function<Row, T> mapper) {
		if (in == null) {
			throw new IllegalStateException("Reference-data file " + name + " is missing from the class path");
		}
		List<T> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> header = null;
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				List<String> fields = split(text);
				if (header == null) {
					header = fields;
					continue;
				}
				if (fields.size() != header.size()) {
					throw new IllegalArgumentException(
							name + " line " + number + ": " + fields.size() + " fields, expected " + header.size());
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), fields.get(i));
				}
				try {
					rows.add(mapper.apply(new Row(values)));
				}
				catch (RuntimeException e) {
					throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}

package org.isoko.trade.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.isoko.network.TransportMode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;

/**
 * An immutable, indexed snapshot of all trade reference data, so that a quote needs no
 * database access. Built once at start-up and again after each edit; {@link #of} refuses
 * overlapping validity periods for the same line.
 */
public final class ReferenceData {

	private record TariffKey(CountryCode importer, TariffScheme scheme) {
	}

	private record TaxKey(CountryCode importer, TaxKind kind) {
	}

	private record FreightKey(HubCode origin, HubCode destination, TransportMode mode) {
	}

	private final List<TariffLine> tariffLines;

	private final List<TaxRule> taxRules;

	private final List<CbecRule> cbecRules;

	private final List<FreightRate> freightRates;

	private final Map<TariffKey, List<TariffLine>> tariffIndex;

	private final Map<TaxKey, List<TaxRule>> taxIndex;

	private final Map<CountryCode, List<CbecRule>> cbecIndex;

	private final Map<FreightKey, List<FreightRate>> freightIndex;

	private ReferenceData(List<TariffLine> tariffLines, List<TaxRule> taxRules, List<CbecRule> cbecRules,
			List<FreightRate> freightRates) {
		this.tariffLines = List.copyOf(tariffLines);
		this.taxRules = List.copyOf(taxRules);
		this.cbecRules = List.copyOf(cbecRules);
		this.freightRates = List.copyOf(freightRates);
		// Longest (most specific) code first, so the first match on a day is the one that
		// applies.
		this.tariffIndex = index(tariffLines, l -> new TariffKey(l.importer(), l.scheme()),
				Comparator.comparingInt((TariffLine l) -> -l.hsCode().value().length()));
		this.taxIndex = index(taxRules, r -> new TaxKey(r.importer(), r.kind()),
				Comparator.comparingInt((TaxRule r) -> -r.hsPrefix().length()));
		this.cbecIndex = index(cbecRules, CbecRule::importer,
				Comparator.comparing((CbecRule r) -> r.validity().from()));
		this.freightIndex = index(freightRates, f -> new FreightKey(f.origin(), f.destination(), f.mode()),
				Comparator.comparing((FreightRate f) -> f.validity().from()));
	}

	public static final ReferenceData EMPTY = new ReferenceData(List.of(), List.of(), List.of(), List.of());

	/**
	 * @throws Conflict naming both rows when two rows of the same line overlap in time
	 */
	public static ReferenceData of(List<TariffLine> tariffLines, List<TaxRule> taxRules, List<CbecRule> cbecRules,
			List<FreightRate> freightRates) {
		requireNoOverlap(tariffLines, TariffLine::sameLineAs, "tariff line");
		requireNoOverlap(taxRules, TaxRule::sameRuleAs, "tax rule");
		requireNoOverlap(cbecRules, (a, b) -> a.importer().equals(b.importer()), "cross-border retail rule");
		requireNoOverlap(freightRates, FreightRate::sameRateAs, "freight rate");
		return new ReferenceData(tariffLines, taxRules, cbecRules, freightRates);
	}

	public static <T extends Sourced> void requireNoOverlap(List<T> rows, BiPredicate<T, T> same, String kind) {
		for (int i = 0; i < rows.size(); i++) {
			for (int j = i + 1; j < rows.size(); j++) {
				T a = rows.get(i);
				T b = rows.get(j);
				if (same.test(a, b) && a.validity().overlaps(b.validity())) {
					throw new Conflict("The " + kind + " " + b.ref() + " (" + b.validity() + ") overlaps " + a.ref()
							+ " (" + a.validity() + ") for the same line; close one before the other starts");
				}
			}
		}
	}

	/**
	 * The line of {@code importer}'s tariff under {@code scheme} for {@code code} on
	 * {@code day}: the most specific line at or above the code (0901.11 covers
	 * 0901.11.00.00); else, when the code is broader than the national lines, the
	 * national lines below it if they all have the same rate.
	 * @throws InvalidInput when the national lines below a 6-digit code differ, so the
	 * code does not decide the rate
	 */
	public Optional<TariffLine> tariff(CountryCode importer, TariffScheme scheme, HsCode code, LocalDate day) {
		List<TariffLine> lines = tariffIndex.getOrDefault(new TariffKey(importer, scheme), List.of());
		TariffLine below = null;
		for (TariffLine line : lines) {
			if (!line.isValidOn(day)) {
				continue;
			}
			if (code.isWithin(line.hsCode())) {
				return Optional.of(line);
			}
			if (line.hsCode().isWithin(code)) {
				if (below != null && below.rate().compareTo(line.rate()) != 0) {
					throw new InvalidInput("hsCode",
							"HS " + code + " covers national lines of " + importer + " with different " + scheme
									+ " rates (" + below.hsCode() + " " + below.rate() + ", " + line.hsCode() + " "
									+ line.rate() + "); the product needs its national tariff line");
				}
				below = line;
			}
		}
		return Optional.ofNullable(below);
	}

	/** The most specific tax rule of the kind covering {@code code} on {@code day}. */
	public Optional<TaxRule> tax(CountryCode importer, TaxKind kind, HsCode code, LocalDate day) {
		for (TaxRule rule : taxIndex.getOrDefault(new TaxKey(importer, kind), List.of())) {
			if (rule.isValidOn(day) && rule.covers(code)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	public Optional<CbecRule> crossBorderRetail(CountryCode importer, LocalDate day) {
		return cbecIndex.getOrDefault(importer, List.of()).stream().filter(r -> r.isValidOn(day)).findFirst();
	}

	public Optional<FreightRate> freight(HubCode origin, HubCode destination, TransportMode mode, LocalDate day) {
		return freightIndex.getOrDefault(new FreightKey(origin, destination, mode), List.of())
			.stream()
			.filter(f -> f.isValidOn(day))
			.findFirst();
	}

	public List<TariffLine> tariffLines() {
		return tariffLines;
	}

	public List<TaxRule> taxRules() {
		return taxRules;
	}

	public List<CbecRule> cbecRules() {
		return cbecRules;
	}

	public List<FreightRate> freightRates() {
		return freightRates;
	}

	private static <K, T> Map<K, List<T>> index(List<T> rows, Function<T, K> key, Comparator<T> order) {
		Map<K, List<T>> index = new HashMap<>();
		for (T row : rows) {
			index.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
		}
		index.replaceAll((k, list) -> {
			list.sort(order);
			return List.copyOf(list);
		});
		return Map.copyOf(index);
	}

}

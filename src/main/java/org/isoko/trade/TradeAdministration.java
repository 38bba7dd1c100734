package org.isoko.trade;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.Sourced;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TaxRule;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How hub operators change trade reference data: every change is checked (the row itself, no overlapping validity
 * for the same line, and who may change it: an operator of a hub in the importing country, or an admin), saved with
 * who and when, logged, and then loaded into the in-memory data. Nothing changes when a check fails.
 */
@Service
class TradeAdministration {

	private final TradeStore store;
	private final TradeReferenceData reference;
	private final Clock clock;

	TradeAdministration(TradeStore store, TradeReferenceData reference, Clock clock) {
		this.store = store;
		this.reference = reference;
		this.clock = clock;
	}

	// ---- reading (from the in-memory snapshot; filtered and paginated)

	PageOf<TariffLine> tariffLines(TariffFilter filter, PageRequest page) {
		List<TariffLine> rows = reference.current().tariffLines().stream().filter(filter::matches)
				.sorted(Comparator.comparing((TariffLine l) -> l.importer().value()).thenComparing(l -> l.hsCode().value())
						.thenComparing(TariffLine::scheme).thenComparing(l -> l.validity().from()))
				.toList();
		return page(rows, page);
	}

	record TariffFilter(CountryCode importer, String hsCode, org.isoko.trade.tariff.TariffScheme scheme) {

		static final TariffFilter ALL = new TariffFilter(null, null, null);

		boolean matches(TariffLine line) {
			return (importer == null || line.importer().equals(importer)) && (hsCode == null || hsCode.isBlank()
					|| line.hsCode().value().startsWith(hsCode.replaceAll("[.\\s]", ""))) && (scheme == null || line.scheme() == scheme);
		}
	}

	PageOf<TaxRule> taxRules(CountryCode importer, PageRequest page) {
		return page(reference.current().taxRules().stream().filter(r -> importer == null || r.importer().equals(importer)).toList(), page);
	}

	PageOf<CbecRule> cbecRules(PageRequest page) {
		return page(reference.current().cbecRules(), page);
	}

	PageOf<FreightRate> freightRates(PageRequest page) {
		return page(reference.current().freightRates(), page);
	}

	TariffLine tariffLine(UUID id) {
		return reference.current().tariffLines().stream().filter(l -> l.id().equals(id)).findFirst()
				.orElseThrow(() -> NotFound.of("Tariff line", id));
	}

	TaxRule taxRule(UUID id) {
		return reference.current().taxRules().stream().filter(r -> r.id().equals(id)).findFirst()
				.orElseThrow(() -> NotFound.of("Tax rule", id));
	}

	List<TradeStore.Change> history(String entity, UUID id) {
		return store.changes(entity, id);
	}

	// ---- tariff lines

	@Transactional
	TariffLine addTariffLine(TariffLineDetails details, CurrentUser user) {
		TariffLine line = details.toLine(UUID.randomUUID(), null);
		requireMayEdit(user, line.importer());
		requireNoOverlap(store.tariffLines(), line, TariffLine::sameLineAs, l -> true);
		Instant now = clock.instant();
		store.insert(line, user.email(), now);
		store.recordChange("tariff-line", line.id(), "created", user.email(), now, line.toString());
		reference.refreshAfterCommit();
		return line;
	}

	@Transactional
	TariffLine updateTariffLine(UUID id, TariffLineDetails details, CurrentUser user) {
		TariffLine current = store.tariffLine(id).orElseThrow(() -> NotFound.of("Tariff line", id));
		requireMayEdit(user, current.importer());
		TariffLine line = details.toLine(id, current.ref());
		requireMayEdit(user, line.importer());
		requireNoOverlap(store.tariffLines(), line, TariffLine::sameLineAs, l -> !l.id().equals(id));
		Instant now = clock.instant();
		store.update(line, user.email(), now);
		store.recordChange("tariff-line", id, "updated", user.email(), now, line.toString());
		reference.refreshAfterCommit();
		return line;
	}

	// ---- tax rules

	@Transactional
	TaxRule addTaxRule(TaxRuleDetails details, CurrentUser user) {
		TaxRule rule = details.toRule(UUID.randomUUID(), null);
		requireMayEdit(user, rule.importer());
		requireNoOverlap(store.taxRules(), rule, TaxRule::sameRuleAs, r -> true);
		Instant now = clock.instant();
		store.insert(rule, user.email(), now);
		store.recordChange("tax-rule", rule.id(), "created", user.email(), now, rule.toString());
		reference.refreshAfterCommit();
		return rule;
	}

	@Transactional
	TaxRule updateTaxRule(UUID id, TaxRuleDetails details, CurrentUser user) {
		TaxRule current = store.taxRule(id).orElseThrow(() -> NotFound.of("Tax rule", id));
		requireMayEdit(user, current.importer());
		TaxRule rule = details.toRule(id, current.ref());
		requireMayEdit(user, rule.importer());
		requireNoOverlap(store.taxRules(), rule, TaxRule::sameRuleAs, r -> !r.id().equals(id));
		Instant now = clock.instant();
		store.update(rule, user.email(), now);
		store.recordChange("tax-rule", id, "updated", user.email(), now, rule.toString());
		reference.refreshAfterCommit();
		return rule;
	}

	/** Admins, and hub operators of a hub in the importing country (whose tariff and taxes they know and answer for). */
	static void requireMayEdit(CurrentUser user, CountryCode importer) {
		if (user.isAdmin() || (user.has(Role.HUB_OPERATOR) && user.country().equals(importer))) {
			return;
		}
		throw new AccessDeniedException("Only an operator of a hub in " + importer + " (or an admin) may change its tariff and taxes");
	}

	private static <T extends Sourced> void requireNoOverlap(List<T> stored, T row, BiPredicate<T, T> sameLine, Predicate<T> others) {
		List<T> same = new ArrayList<>();
		for (T other : stored) {
			if (others.test(other) && sameLine.test(other, row) && other.validity().overlaps(row.validity())) {
				same.add(other);
			}
		}
		if (!same.isEmpty()) {
			T other = same.get(0);
			throw new InvalidInput("validFrom", "The period " + row.validity() + " overlaps " + other.ref() + " (" + other.validity()
					+ ", " + rateOf(other) + ") for the same line; close that row first (set its validTo) or choose another period");
		}
	}

	private static String rateOf(Sourced row) {
		if (row instanceof TariffLine) {
			return ((TariffLine) row).rate().toString();
		}
		if (row instanceof TaxRule) {
			return ((TaxRule) row).rate().toString();
		}
		return row.ref();
	}

	private static <T> PageOf<T> page(List<T> rows, PageRequest page) {
		int from = (int) Math.min(rows.size(), page.offset());
		int to = Math.min(rows.size(), from + page.size());
		return PageOf.of(rows.subList(from, to), page, rows.size());
	}
}

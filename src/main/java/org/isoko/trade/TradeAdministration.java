package org.isoko.trade;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.network.TransportMode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.Sourced;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How hub operators change trade reference data: every change is checked (the row itself,
 * who may change it, and no overlapping validity for the same key, refused with 409
 * naming both periods), saved with who and when, logged, and then loaded into the
 * in-memory data that quotes read. Nothing changes when a check fails.
 * <p>
 * Who may change what: tariff lines, tax rules and cross-border retail rules belong to
 * the importing country (its hub operators and admins); a freight rate belongs to its
 * corridor (operators of the origin or destination hub, and admins).
 */
@Service
public class TradeAdministration {

	public static final String TARIFF_LINE = "tariff-line";

	public static final String TAX_RULE = "tax-rule";

	public static final String CBEC_RULE = "cbec-rule";

	public static final String FREIGHT_RATE = "freight-rate";

	private final TradeStore store;

	private final TradeReferenceData reference;

	private final Network network;

	private final Clock clock;

	private final Kind<TariffLine> tariffLines;

	private final Kind<TaxRule> taxRules;

	private final Kind<CbecRule> cbecRules;

	private final Kind<FreightRate> freightRates;

	TradeAdministration(TradeStore store, TradeReferenceData reference, Network network, Clock clock) {
		this.store = store;
		this.reference = reference;
		this.network = network;
		this.clock = clock;
		this.tariffLines = new Kind<>(TARIFF_LINE, "Tariff line", TariffLine::id, store::tariffLine, store::tariffLines,
				TariffLine::sameLineAs, TradeAdministration::describe,
				(user, line) -> requireMayEdit(user, line.importer()), store::insert, store::update);
		this.taxRules = new Kind<>(TAX_RULE, "Tax rule", TaxRule::id, store::taxRule, store::taxRules,
				TaxRule::sameRuleAs, TradeAdministration::describe,
				(user, rule) -> requireMayEdit(user, rule.importer()), store::insert, store::update);
		this.cbecRules = new Kind<>(CBEC_RULE, "Cross-border retail rule", CbecRule::id, store::cbecRule,
				store::cbecRules, (a, b) -> a.importer().equals(b.importer()), TradeAdministration::describe,
				(user, rule) -> requireMayEdit(user, rule.importer()), store::insert, store::update);
		this.freightRates = new Kind<>(FREIGHT_RATE, "Freight rate", FreightRate::id, store::freightRate,
				store::freightRates, FreightRate::sameRateAs, TradeAdministration::describe,
				TradeAdministration::requireMayEditFreight, store::insert, store::update);
	}

	/**
	 * What the change flow needs to know of one kind of row: its name in the change log
	 * and in a 404, where it is stored, its key (rows of the same key must not overlap in
	 * time), how a 409 names it, and who may change it.
	 */
	private record Kind<T extends Sourced>(String entity, String name, Function<T, UUID> id,
			Function<UUID, Optional<T>> find, Supplier<List<T>> stored, BiPredicate<T, T> sameKey,
			Function<T, String> describe, BiConsumer<CurrentUser, T> requireMayEdit, Write<T> insert, Write<T> update) {
	}

	private interface Write<T> {

		void write(T row, String by, Instant at);

	}

	// ---- reading (from the in-memory snapshot; filtered and paginated)

	public record TariffFilter(@Nullable CountryCode importer, @Nullable String hsCode, @Nullable TariffScheme scheme) {

		public static final TariffFilter ALL = new TariffFilter(null, null, null);

		boolean matches(TariffLine line) {
			return (importer == null || line.importer().equals(importer))
					&& (hsCode == null || hsCode.isBlank() || line.hsCode().value().startsWith(digits(hsCode)))
					&& (scheme == null || line.scheme() == scheme);
		}
	}

	/**
	 * {@code hsCode} keeps the rules that cover the code or lie below it: 0901 shows the
	 * standard rate, 0901 and 090111.
	 */
	public record TaxFilter(@Nullable CountryCode importer, @Nullable String hsCode, @Nullable TaxKind tax) {

		public static final TaxFilter ALL = new TaxFilter(null, null, null);

		boolean matches(TaxRule rule) {
			String code = hsCode == null ? "" : digits(hsCode);
			return (importer == null || rule.importer().equals(importer)) && (tax == null || rule.kind() == tax)
					&& (code.startsWith(rule.hsPrefix()) || rule.hsPrefix().startsWith(code));
		}
	}

	/** {@code hub} keeps the rates of corridors leaving from or arriving at it. */
	public record FreightFilter(@Nullable HubCode hub, @Nullable TransportMode mode) {

		public static final FreightFilter ALL = new FreightFilter(null, null);

		boolean matches(FreightRate rate) {
			return (hub == null || rate.origin().equals(hub) || rate.destination().equals(hub))
					&& (mode == null || rate.mode() == mode);
		}
	}

	public PageOf<TariffLine> tariffLines(TariffFilter filter, PageRequest page) {
		return page(reference.current().tariffLines(), filter::matches,
				Comparator.comparing((TariffLine l) -> l.importer().value())
					.thenComparing(l -> l.hsCode().value())
					.thenComparing(TariffLine::scheme)
					.thenComparing(l -> l.validity().from()),
				page);
	}

	public PageOf<TaxRule> taxRules(TaxFilter filter, PageRequest page) {
		return page(reference.current().taxRules(), filter::matches,
				Comparator.comparing((TaxRule r) -> r.importer().value())
					.thenComparing(TaxRule::hsPrefix)
					.thenComparing(TaxRule::kind)
					.thenComparing(r -> r.validity().from()),
				page);
	}

	public PageOf<CbecRule> cbecRules(@Nullable CountryCode importer, PageRequest page) {
		return page(reference.current().cbecRules(), r -> importer == null || r.importer().equals(importer),
				Comparator.comparing((CbecRule r) -> r.importer().value()).thenComparing(r -> r.validity().from()),
				page);
	}

	public PageOf<FreightRate> freightRates(FreightFilter filter, PageRequest page) {
		return page(reference.current().freightRates(), filter::matches,
				Comparator.comparing((FreightRate f) -> f.origin().value())
					.thenComparing(f -> f.destination().value())
					.thenComparing(FreightRate::mode)
					.thenComparing(f -> f.validity().from()),
				page);
	}

	public TariffLine tariffLine(UUID id) {
		return find(reference.current().tariffLines(), TariffLine::id, id, tariffLines.name());
	}

	public TaxRule taxRule(UUID id) {
		return find(reference.current().taxRules(), TaxRule::id, id, taxRules.name());
	}

	public CbecRule cbecRule(UUID id) {
		return find(reference.current().cbecRules(), CbecRule::id, id, cbecRules.name());
	}

	public FreightRate freightRate(UUID id) {
		return find(reference.current().freightRates(), FreightRate::id, id, freightRates.name());
	}

	public List<ReferenceChange> history(String entity, UUID id) {
		return store.changes(entity, id);
	}

	// ---- changes: the same flow for every kind of row (see add and update below)

	@Transactional
	public TariffLine addTariffLine(TariffLineDetails details, CurrentUser user) {
		return add(tariffLines, details.toLine(UUID.randomUUID(), null), user);
	}

	@Transactional
	public TariffLine updateTariffLine(UUID id, TariffLineDetails details, CurrentUser user) {
		return update(tariffLines, id, current -> details.toLine(id, current.ref()), user);
	}

	@Transactional
	public TaxRule addTaxRule(TaxRuleDetails details, CurrentUser user) {
		return add(taxRules, details.toRule(UUID.randomUUID(), null), user);
	}

	@Transactional
	public TaxRule updateTaxRule(UUID id, TaxRuleDetails details, CurrentUser user) {
		return update(taxRules, id, current -> details.toRule(id, current.ref()), user);
	}

	/** A new version of the cross-border retail rule for a new period. */
	@Transactional
	public CbecRule addCbecRule(CbecRuleDetails details, CurrentUser user) {
		return add(cbecRules, details.toRule(UUID.randomUUID(), null, this::currencyOf), user);
	}

	/** A correction of a version, or its closing. */
	@Transactional
	public CbecRule updateCbecRule(UUID id, CbecRuleDetails details, CurrentUser user) {
		return update(cbecRules, id, current -> details.toRule(id, current.ref(), this::currencyOf), user);
	}

	@Transactional
	public FreightRate addFreightRate(FreightRateDetails details, CurrentUser user) {
		return add(freightRates, checkedAgainstNetwork(details.toRate(UUID.randomUUID(), null)), user);
	}

	@Transactional
	public FreightRate updateFreightRate(UUID id, FreightRateDetails details, CurrentUser user) {
		return update(freightRates, id, current -> checkedAgainstNetwork(details.toRate(id, current.ref())), user);
	}

	/**
	 * Saves a new row that passed its own checks (400), when the user may add it (403)
	 * and it overlaps no other of its key (409).
	 */
	private <T extends Sourced> T add(Kind<T> kind, T row, CurrentUser user) {
		kind.requireMayEdit().accept(user, row);
		store.lockEdits(kind.entity());
		requireNoOverlap(kind.stored().get(), row, kind.id(), kind.sameKey(), kind.describe());
		kind.insert().write(row, user.email(), clock.instant());
		return saved(kind.entity(), kind.id().apply(row), "created", row, user);
	}

	/**
	 * Replaces a stored row by its correction. The refusals come in this order: 404 for
	 * an unknown id, 403 when the user may not change the row as stored, the correction's
	 * own 400s, 403 when the user may not have the row as corrected (moved to another
	 * importer or corridor), 409 when it overlaps another row of its key.
	 */
	private <T extends Sourced> T update(Kind<T> kind, UUID id, UnaryOperator<T> correction, CurrentUser user) {
		T current = kind.find().apply(id).orElseThrow(() -> NotFound.of(kind.name(), id));
		kind.requireMayEdit().accept(user, current);
		T row = correction.apply(current);
		kind.requireMayEdit().accept(user, row);
		store.lockEdits(kind.entity());
		requireNoOverlap(kind.stored().get(), row, kind.id(), kind.sameKey(), kind.describe());
		kind.update().write(row, user.email(), clock.instant());
		return saved(kind.entity(), id, "updated", row, user);
	}

	private CurrencyCode currencyOf(CountryCode importer) {
		return network.country(importer)
			.orElseThrow(() -> new InvalidInput("importer", importer + " is not a country of the network"))
			.currency();
	}

	/**
	 * The corridor must exist and offer the mode; the currency must convert (US dollars
	 * or either end's currency).
	 */
	private FreightRate checkedAgainstNetwork(FreightRate rate) {
		network.hub(rate.origin()).orElseThrow(() -> new InvalidInput("origin", "There is no hub " + rate.origin()));
		network.hub(rate.destination())
			.orElseThrow(() -> new InvalidInput("destination", "There is no hub " + rate.destination()));
		Corridor corridor = network.corridor(rate.origin(), rate.destination())
			.orElseThrow(() -> new InvalidInput("destination",
					"There is no corridor " + rate.origin() + " → " + rate.destination() + " in the network"));
		if (!corridor.modes().contains(rate.mode())) {
			throw new InvalidInput("mode",
					"The corridor " + rate.origin() + " → " + rate.destination() + " does not offer " + rate.mode()
							+ "; it offers " + corridor.modes().stream().map(Enum::name).sorted().toList());
		}
		List<CurrencyCode> currencies = List.of(CurrencyCode.of("USD"), currencyOf(corridor.originCountry()),
				currencyOf(corridor.destinationCountry()));
		if (!currencies.contains(rate.currency())) {
			throw new InvalidInput("currency",
					"A freight rate of " + rate.origin() + " → " + rate.destination() + " is in one of "
							+ currencies.stream().map(CurrencyCode::value).distinct().toList() + ", got "
							+ rate.currency());
		}
		return rate;
	}

	// ---- who may edit

	/**
	 * Admins, and hub operators of a hub in the importing country (whose tariff and taxes
	 * they know and answer for).
	 */
	static void requireMayEdit(CurrentUser user, CountryCode importer) {
		if (user.isAdmin() || (user.has(Role.HUB_OPERATOR) && user.country().equals(importer))) {
			return;
		}
		throw new AccessDeniedException(
				"Only an operator of a hub in " + importer + " (or an admin) may change its tariff and taxes");
	}

	/**
	 * Admins, and operators of the corridor's origin or destination hub (who book its
	 * carriers).
	 */
	static void requireMayEditFreight(CurrentUser user, FreightRate rate) {
		if (user.operates(rate.origin()) || user.operates(rate.destination())) {
			return;
		}
		throw new AccessDeniedException("Only an operator of " + rate.origin() + " or " + rate.destination()
				+ " (or an admin) may change " + "the freight rates of " + rate.origin() + " → " + rate.destination());
	}

	// ---- helpers

	private <T extends Sourced> T saved(String entity, UUID id, String action, T row, CurrentUser user) {
		store.recordChange(entity, id, action, user.email(), clock.instant(), row.toString());
		reference.refreshAfterCommit();
		return row;
	}

	/**
	 * Refuses {@code row} when another stored row of the same key is valid on any of its
	 * days; names both periods.
	 */
	static <T extends Sourced> void requireNoOverlap(List<T> stored, T row, Function<T, UUID> id,
			BiPredicate<T, T> sameKey, Function<T, String> describe) {
		for (T other : stored) {
			if (!id.apply(other).equals(id.apply(row)) && sameKey.test(other, row)
					&& other.validity().overlaps(row.validity())) {
				throw new Conflict("The period " + row.validity() + " overlaps " + other.ref() + " (" + other.validity()
						+ ") of the same " + describe.apply(other)
						+ "; close that row first (set its validTo) or choose another period");
			}
		}
	}

	private static String describe(TariffLine line) {
		return "tariff line " + line.importer() + " " + line.hsCode().formatted() + " " + line.scheme() + " ("
				+ line.rate() + ")";
	}

	private static String describe(TaxRule rule) {
		return rule.kind() + " rule of " + rule.importer()
				+ (rule.hsPrefix().isEmpty() ? " on all goods" : " on " + rule.hsPrefix()) + " (" + rule.rate() + ")";
	}

	private static String describe(CbecRule rule) {
		return "cross-border retail rule of " + rule.importer() + " (" + rule.perOrderLimit() + " per order, "
				+ rule.annualLimit() + " a year)";
	}

	private static String describe(FreightRate rate) {
		return "freight rate " + rate.origin() + " → " + rate.destination() + " " + rate.mode();
	}

	private static String digits(String code) {
		return code.replaceAll("[.\\s]", "");
	}

	private static <T> T find(List<T> rows, Function<T, UUID> id, UUID wanted, String kind) {
		return rows.stream()
			.filter(r -> id.apply(r).equals(wanted))
			.findFirst()
			.orElseThrow(() -> NotFound.of(kind, wanted));
	}

	private static <T> PageOf<T> page(List<T> all, Predicate<T> filter, Comparator<T> order, PageRequest page) {
		List<T> rows = all.stream().filter(filter).sorted(order).toList();
		int from = (int) Math.min(rows.size(), page.offset());
		int to = Math.min(rows.size(), from + page.size());
		return PageOf.of(rows.subList(from, to), page, rows.size());
	}

}

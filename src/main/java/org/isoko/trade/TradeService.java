package org.isoko.trade;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.Listing;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationKind;
import org.isoko.identity.UserId;
import org.isoko.network.BlocCode;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Country;
import org.isoko.network.CustomsRegime;
import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.network.Network;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.CrossBorderSplitter;
import org.isoko.trade.tariff.ExchangeRate;
import org.isoko.trade.tariff.LandedCost;
import org.isoko.trade.tariff.LandedCostCalculator;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.RegimeChoice;
import org.isoko.trade.tariff.Shipment;
import org.isoko.trade.tariff.ShipmentLine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a quote request (lots, corridor, regime, FX, the buyer's quota) and hands it
 * to the pure {@link LandedCostCalculator} with the in-memory reference data.
 */
@Service
class TradeService implements Trade {

	private static final BlocCode EAC = BlocCode.of("EAC");

	private static final BlocCode AFCFTA = BlocCode.of("AFCFTA");

	private final Catalog catalog;

	private final Network network;

	private final FxRates fx;

	private final OrganisationDirectory organisations;

	private final TradeReferenceData reference;

	private final CbecQuota quota;

	private final Clock clock;

	private final Percent platformFee;

	private final TaxExemptions exemptions;

	TradeService(Catalog catalog, Network network, FxRates fx, OrganisationDirectory organisations,
			TradeReferenceData reference, CbecQuota quota, Clock clock,
			@Value("${isoko.trade.platform-fee-percent:0}") BigDecimal platformFee, TaxExemptions exemptions) {
		this.exemptions = exemptions;
		this.catalog = catalog;
		this.network = network;
		this.fx = fx;
		this.organisations = organisations;
		this.reference = reference;
		this.quota = quota;
		this.clock = clock;
		this.platformFee = Percent.of(platformFee);
	}

	@Override
	@Transactional(readOnly = true)
	public Quote quote(QuoteRequest request) {
		return quote(request, Map.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Quote quote(QuoteRequest request, Map<LotId, LotDetails> lotsRead) {
		Prepared prepared = prepare(request, lotsRead);
		Shipment shipment = prepared.shipment();
		LandedCost cost;
		if (request.regime() != null) {
			cost = RegimeChoice.requested(prepared.data(), shipment, prepared.candidates());
		}
		else if (prepared.candidates().size() > 1) {
			cost = RegimeChoice.cheapest(prepared.data(), shipment, prepared.candidates());
		}
		else {
			cost = LandedCostCalculator.calculate(prepared.data(), shipment);
		}
		Quote quote = LandedCostQuotes.quote(cost);
		return withStockNotices(quote, prepared.lots(), request.lines());
	}

	@Override
	@Transactional(readOnly = true)
	public CrossBorderSplit splitForCrossBorderRetail(QuoteRequest request) {
		Prepared prepared = prepare(request, Map.of());
		Shipment shipment = prepared.shipment();
		if (shipment.regime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
			throw new InvalidInput("regime", "Only a cross-border retail import (a consumer's, into China) has a "
					+ "per-order limit to split for; this one is " + shipment.regime());
		}
		ReferenceData data = prepared.data();
		CbecRule rule = data.crossBorderRetail(shipment.importer(), shipment.day())
			.orElseThrow(() -> new InvalidInput("regime", "No cross-border retail import rule of " + shipment.importer()
					+ " is in force on " + shipment.day()));
		List<CrossBorderSplit.Order> orders = new ArrayList<>();
		for (List<ShipmentLine> part : CrossBorderSplitter.split(data, shipment)) {
			Quote quote = LandedCostQuotes.quote(LandedCostCalculator.calculate(data, shipment.withLines(part)));
			orders.add(new CrossBorderSplit.Order(
					part.stream().map(l -> new CrossBorderSplit.Line(l.lot(), l.quantity())).toList(),
					Objects.requireNonNull(quote.crossBorderRetail()).orderValue(), quote.totals().total(),
					quote.isSingleItem()));
		}
		return new CrossBorderSplit(shipment.importer(), rule.perOrderLimit(), rule.annualLimit(), orders,
				rule.legalBasis(), rule.source());
	}

	private record Prepared(Shipment shipment, List<CustomsRegime> candidates, ReferenceData data,
			List<LotDetails> lots) {
	}

	/**
	 * Resolves the lots, corridor, regime, mode, FX and the buyer's quota into a
	 * shipment.
	 */
	private Prepared prepare(QuoteRequest request, Map<LotId, LotDetails> lotsRead) {
		LocalDate day = LocalDate.now(clock);
		List<LotDetails> lots = lots(request.lines(), lotsRead);
		Corridor corridor = corridor(request, lots);
		Country origin = network.requireCountry(corridor.originCountry());
		Country importer = network.requireCountry(corridor.destinationCountry());
		OrganisationKind buyerKind = request.buyer() == null ? null
				: organisations.find(request.buyer().organisation()).map(o -> o.kind()).orElse(null);
		List<CustomsRegime> candidates = candidates(corridor, origin, importer, buyerKind);
		CustomsRegime regime = request.regime() == null ? candidates.get(0) : allowed(request.regime(), corridor);
		ReferenceData data = reference.current();
		TransportMode mode = mode(request.mode(), corridor, data, day);
		CurrencyCode currency = importer.currency();

		Map<CurrencyCode, ExchangeRate> rates = new HashMap<>();
		for (LotDetails lot : lots) {
			rates.computeIfAbsent(lot.unitPrice().currency(), from -> fx(from, currency, day));
		}
		data.freight(corridor.origin(), corridor.destination(), mode, day)
			.ifPresent(f -> rates.computeIfAbsent(f.currency(), from -> fx(from, currency, day)));

		Money used = null;
		UserId person = request.buyer() == null ? null : request.buyer().person();
		if (regime == CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL && person != null) {
			CbecRule rule = data.crossBorderRetail(importer.code(), day).orElse(null);
			if (rule != null) {
				used = quota.usedThisYear(person, rule.annualLimit());
			}
		}
		List<ShipmentLine> lines = new ArrayList<>();
		for (int i = 0; i < lots.size(); i++) {
			LotDetails lot = lots.get(i);
			lines.add(new ShipmentLine(lot.id(), lot.hsCode(), request.lines().get(i).quantity(), lot.unitPrice(),
					lot.grossWeightGrams(), lot.documents(), lot.provenance().country()));
		}
		Shipment shipment = new Shipment(day, corridor.id(), corridor.origin(), corridor.destination(), origin.code(),
				importer.code(), mode, regime, currency, rates, eligible(origin, importer), customsUnion(importer),
				platformFee, used, lines);
		if (request.buyer() != null) {
			shipment = shipment.withExemptions(exemptions.held(request.buyer().organisation(), importer.code(), day));
		}
		return new Prepared(shipment, candidates, data, lots);
	}

	private List<LotDetails> lots(List<QuoteRequest.Line> lines, Map<LotId, LotDetails> lotsRead) {
		if (lines.isEmpty()) {
			throw new InvalidInput("lines", "A quote needs at least one line");
		}
		if (lines.size() > QuoteRequest.MAX_LINES) {
			throw new InvalidInput("lines",
					"A quote has at most " + QuoteRequest.MAX_LINES + " lines, got " + lines.size());
		}
		for (int i = 0; i < lines.size(); i++) {
			QuoteRequest.Line line = lines.get(i);
			if (line.quantity() < 1 || line.quantity() > QuoteRequest.MAX_QUANTITY) {
				throw new InvalidInput("lines[" + i + "].quantity", "quantity must be a whole number from 1 to "
						+ QuoteRequest.MAX_QUANTITY + ", got " + line.quantity());
			}
		}
		// All lots in one read (those the caller read already are not read again).
		Map<LotId, LotDetails> known = new HashMap<>(lotsRead);
		List<LotId> missing = lines.stream().map(QuoteRequest.Line::lot).filter(id -> !known.containsKey(id)).toList();
		known.putAll(catalog.lots(missing));
		List<LotDetails> lots = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			QuoteRequest.Line line = lines.get(i);
			String field = "lines[" + i + "].lotId";
			LotDetails lot = Optional.ofNullable(known.get(line.lot()))
				.orElseThrow(() -> new InvalidInput(field, "There is no lot " + line.lot()));
			if (!lots.isEmpty() && !lots.get(0).seller().equals(lot.seller())) {
				throw new InvalidInput("lines[" + i + "].lotId",
						"Lot " + lot.id() + " is sold by another seller than lot " + lots.get(0).id()
								+ "; a quote, like an order, covers the lots of one seller");
			}
			lots.add(lot);
		}
		return lots;
	}

	private Corridor corridor(QuoteRequest request, List<LotDetails> lots) {
		if (request.corridor() != null) {
			Corridor corridor = network.corridor(request.corridor())
				.orElseThrow(() -> new InvalidInput("corridorId", "There is no corridor " + request.corridor()));
			for (int i = 0; i < lots.size(); i++) {
				if (lots.get(i).listingOn(corridor.id()).isEmpty()) {
					throw new InvalidInput("lines[" + i + "].lotId", "Lot " + lots.get(i).id()
							+ " is not offered on the corridor " + corridor.origin() + " → " + corridor.destination());
				}
			}
			return corridor;
		}
		if (request.destination() == null) {
			throw new InvalidInput("destination", "Give the destination country or the corridorId");
		}
		Set<CorridorId> common = null;
		for (int i = 0; i < lots.size(); i++) {
			Set<CorridorId> toDestination = new LinkedHashSet<>();
			for (Listing listing : lots.get(i).listings()) {
				network.corridor(listing.corridor())
					.filter(c -> c.destinationCountry().equals(request.destination()))
					.ifPresent(c -> toDestination.add(c.id()));
			}
			if (toDestination.isEmpty()) {
				throw new InvalidInput("lines[" + i + "].lotId",
						"Lot " + lots.get(i).id() + " is not offered to " + request.destination());
			}
			if (common == null) {
				common = toDestination;
			}
			else {
				common.retainAll(toDestination);
				if (common.isEmpty()) {
					throw new InvalidInput("lines[" + i + "].lotId",
							"Lot " + lots.get(i).id() + " travels on another corridor than the "
									+ "lines before it; quote the lines of each corridor separately");
				}
			}
		}
		return common.stream()
			.map(network::requireCorridor)
			.min(Comparator.comparing(c -> c.origin().value()))
			.orElseThrow();
	}

	private static CustomsRegime allowed(CustomsRegime requested, Corridor corridor) {
		if (!corridor.allows(requested)) {
			throw new InvalidInput("regime", "The corridor " + corridor.origin() + " → " + corridor.destination()
					+ " does not allow " + requested + "; it allows " + sorted(corridor.regimes()));
		}
		return requested;
	}

	/**
	 * The regimes the corridor allows that this buyer qualifies for, in order of
	 * preference on a tie: a consumer in China on a corridor allowing cross-border retail
	 * import only that one (it is the only way a private person can clear, so a
	 * consumer's quote never changes regime); otherwise the EAC Customs Union and the
	 * AfCFTA when both countries belong to the bloc, and general trade. The default is
	 * the cheapest of them ({@link RegimeChoice}); whether the lots qualify for a
	 * preference (a valid certificate) shows in each one's landed cost.
	 */
	static List<CustomsRegime> candidates(Corridor corridor, Country origin, Country importer,
			@Nullable OrganisationKind buyer) {
		if (buyer == OrganisationKind.CONSUMER && corridor.allows(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL)) {
			return List.of(CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL);
		}
		List<CustomsRegime> candidates = new ArrayList<>();
		if (origin.belongsTo(EAC) && importer.belongsTo(EAC) && corridor.allows(CustomsRegime.EAC_CUSTOMS_UNION)) {
			candidates.add(CustomsRegime.EAC_CUSTOMS_UNION);
		}
		if (origin.belongsTo(AFCFTA) && importer.belongsTo(AFCFTA) && corridor.allows(CustomsRegime.AFCFTA)) {
			candidates.add(CustomsRegime.AFCFTA);
		}
		if (corridor.allows(CustomsRegime.GENERAL_TRADE)) {
			candidates.add(CustomsRegime.GENERAL_TRADE);
		}
		if (candidates.isEmpty()) {
			candidates.add(sorted(corridor.regimes()).get(0));
		}
		return candidates;
	}

	private static TransportMode mode(@Nullable TransportMode requested, Corridor corridor, ReferenceData data,
			LocalDate day) {
		if (requested != null) {
			if (!corridor.modes().contains(requested)) {
				throw new InvalidInput("mode", "The corridor " + corridor.origin() + " → " + corridor.destination()
						+ " does not offer " + requested + "; it offers " + sorted(corridor.modes()));
			}
			return requested;
		}
		List<TransportMode> modes = sorted(corridor.modes());
		return modes.stream()
			.filter(m -> data.freight(corridor.origin(), corridor.destination(), m, day).isPresent())
			.findFirst()
			.orElse(modes.get(0));
	}

	/** The EAC partner states when the importer is one (the only customs union here). */
	private Set<CountryCode> customsUnion(Country importer) {
		if (!importer.belongsTo(EAC)) {
			return Set.of();
		}
		return network.countries()
			.stream()
			.filter(c -> c.belongsTo(EAC))
			.map(Country::code)
			.collect(Collectors.toSet());
	}

	private static Set<PreferenceScheme> eligible(Country origin, Country importer) {
		Set<PreferenceScheme> schemes = EnumSet.noneOf(PreferenceScheme.class);
		if (origin.leastDeveloped()) {
			schemes.add(PreferenceScheme.CHINA_LDC);
		}
		if (origin.belongsTo(EAC) && importer.belongsTo(EAC)) {
			schemes.add(PreferenceScheme.EAC);
		}
		if (origin.belongsTo(AFCFTA) && importer.belongsTo(AFCFTA)) {
			schemes.add(PreferenceScheme.AFCFTA);
		}
		return schemes;
	}

	private ExchangeRate fx(CurrencyCode from, CurrencyCode to, LocalDate day) {
		if (from.equals(to)) {
			return ExchangeRate.identity(to, day);
		}
		try {
			FxQuote quote = fx.rate(from, to, day);
			return new ExchangeRate(from, to, quote.rate(), quote.effectiveDate(), quote.source());
		}
		catch (NotFound e) {
			throw new InvalidInput("destination",
					"No exchange rate from " + from + " to " + to + " is known on " + day);
		}
	}

	private static Quote withStockNotices(Quote quote, List<LotDetails> lots, List<QuoteRequest.Line> lines) {
		List<Notice> notices = new ArrayList<>(quote.notices());
		for (int i = 0; i < lots.size(); i++) {
			LotDetails lot = lots.get(i);
			int quantity = lines.get(i).quantity();
			if (quantity > lot.available()) {
				notices.add(new Notice("ABOVE_AVAILABLE", List.of(lot.id().toString(), String.valueOf(lot.available())),
						"Only " + lot.available() + " of lot " + lot.id() + " are available"));
			}
			if (quantity < lot.minOrderQuantity()) {
				notices.add(new Notice("BELOW_MINIMUM_ORDER",
						List.of(lot.id().toString(), String.valueOf(lot.minOrderQuantity())),
						"Lot " + lot.id() + " is sold from " + lot.minOrderQuantity() + " units"));
			}
		}
		if (notices.size() == quote.notices().size()) {
			return quote;
		}
		return new Quote(quote.date(), quote.corridor(), quote.origin(), quote.destination(), quote.importer(),
				quote.requestedRegime(), quote.regime(), quote.currency(), quote.lines(), quote.totals(),
				quote.fxRates(), quote.freight(), quote.crossBorderRetail(), quote.originAdvice(), notices,
				quote.rounding());
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted().toList();
	}

}

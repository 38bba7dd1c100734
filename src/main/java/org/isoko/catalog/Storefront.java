package org.isoko.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.identity.CurrentUser;
import org.isoko.network.Conversion;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Country;
import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.network.Hub;
import org.isoko.network.Network;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NetworkNotSetUp;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What buyers see: lots listed on a corridor into their country, searched, filtered,
 * sorted and paged, with prices converted into the buyer's currency with
 * {@link FxRates#convert} (rounded once, half-up, to the buyer currency's minor unit),
 * and one lot in full. The API and the pages both come here, so they validate and answer
 * alike.
 */
@Service
public class Storefront {

	/** Languages products are written in; anything else reads English first. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "rw", "zh");

	private final SearchQueries queries;

	private final Catalog catalog;

	private final Network network;

	private final FxRates fx;

	private final Clock clock;

	Storefront(SearchQueries queries, Catalog catalog, Network network, FxRates fx, Clock clock) {
		this.queries = queries;
		this.catalog = catalog;
		this.network = network;
		this.fx = fx;
		this.clock = clock;
	}

	/**
	 * A search as typed: raw strings, so that every bad value is reported with the name
	 * of its field.
	 */
	public record Request(@Nullable String destination, @Nullable String q, @Nullable String category,
			@Nullable String originCountry, @Nullable String region, @Nullable String process,
			@Nullable String minPrice, @Nullable String maxPrice, @Nullable String certified, @Nullable String sort,
			@Nullable String page, @Nullable String size) {

		static Request destinationOnly(@Nullable String destination) {
			return new Request(destination, null, null, null, null, null, null, null, null, null, null, null);
		}
	}

	// ---- destinations

	/**
	 * The destination a visitor shops for: the one asked for, else the signed-in user's
	 * country, else the first hub's country (Isoko's first corridor leads there).
	 */
	CountryCode destinationFor(@Nullable String asked, @Nullable CurrentUser user) {
		if (asked != null && !asked.isBlank()) {
			return parseCountry("destination", asked);
		}
		if (user != null) {
			return user.country();
		}
		return defaultDestination();
	}

	CountryCode defaultDestination() {
		return network.hubs()
			.stream()
			.min(Comparator.comparing(h -> h.code().value()))
			.map(Hub::country)
			.orElseThrow(NetworkNotSetUp::new);
	}

	/**
	 * Countries that at least one open corridor delivers to: what the destination
	 * selector offers.
	 */
	public List<Country> destinations() {
		LocalDate today = today();
		Set<CountryCode> served = network.corridors()
			.stream()
			.filter(c -> c.isValidOn(today))
			.map(Corridor::destinationCountry)
			.collect(Collectors.toSet());
		return network.countries().stream().filter(c -> served.contains(c.code())).toList();
	}

	private Country requireDestination(CountryCode code) {
		return network.country(code)
			.orElseThrow(() -> new InvalidInput("destination", code + " is not a country of the Isoko network"));
	}

	private List<Corridor> corridorsInto(Country destination) {
		LocalDate today = today();
		List<Corridor> corridors = network.corridors()
			.stream()
			.filter(c -> c.destinationCountry().equals(destination.code()) && c.isValidOn(today))
			.toList();
		if (corridors.isEmpty()) {
			throw new InvalidInput("destination", "No corridor delivers to " + destination.name() + " ("
					+ destination.code() + ") yet, so nothing is offered there");
		}
		return corridors;
	}

	// ---- search

	@Transactional(readOnly = true)
	public StorefrontResults search(Request request, @Nullable CurrentUser user, Locale locale) {
		SearchCriteria criteria = criteria(request, user, locale);
		CurrencyCode buyerCurrency = criteria.destination().currency();
		LocalDate today = today();
		List<String> currencies = queries.currencies();
		Map<String, FxQuote> quotes = quotes(currencies, buyerCurrency, today);
		List<SearchPriceBounds.Range> ranges = null;
		if (criteria.hasPriceRange()) {
			ranges = new ArrayList<>();
			for (FxQuote quote : quotes.values()) {
				ranges.add(SearchPriceBounds.of(quote.from(), quote.rate(), criteria.minPrice(), criteria.maxPrice()));
			}
		}
		Map<String, BigDecimal> factors = new LinkedHashMap<>();
		quotes.values()
			.forEach(q -> factors.put(q.from().value(),
					q.rate()
						.movePointLeft(q.from().minorUnitDigits())
						.movePointRight(buyerCurrency.minorUnitDigits())));
		SearchQueries.Filter filter = new SearchQueries.Filter(
				criteria.corridors().stream().map(c -> c.id().value()).toList(), criteria.tokens(),
				criteria.category() == null ? null : criteria.category().name(),
				criteria.originCountry() == null ? null : criteria.originCountry().value(),
				criteria.region() == null ? null : SearchIndex.regionKey(criteria.region()),
				criteria.process() == null ? null : criteria.process().name(), ranges,
				criteria.certified() ? today : null, criteria.sort(), factors, currencies);
		PageOf<SearchQueries.Hit> hits = queries.search(filter, criteria.page());
		List<UUID> lots = hits.items().stream().map(SearchQueries.Hit::lot).distinct().toList();
		Map<UUID, SearchQueries.Card> cards = queries.cards(lots, today);
		Map<UUID, Map<String, ProductText>> texts = queries
			.texts(cards.values().stream().map(SearchQueries.Card::product).collect(Collectors.toSet()));
		Map<String, StorefrontFx> used = new LinkedHashMap<>();
		List<StorefrontItem> items = new ArrayList<>();
		for (SearchQueries.Hit hit : hits.items()) {
			SearchQueries.Card card = cards.get(hit.lot());
			if (card == null) {
				continue;
			}
			Map<String, ProductText> productTexts = texts.getOrDefault(card.product(), Map.of());
			ProductText text = text(productTexts, locale);
			Written unit = Written.unitOfSale(card.unitOfSale(), productTexts, locale);
			Money sellerPrice = Money.ofMinor(card.priceMinor(), card.currency());
			Conversion conversion = convert(sellerPrice, quotes.get(card.currency()), buyerCurrency);
			StorefrontFx rate = conversion == null ? null : StorefrontFx.of(conversion);
			if (rate != null) {
				used.putIfAbsent(rate.from().value(), rate);
			}
			items.add(new StorefrontItem(new LotId(card.lot()), new CorridorId(hit.corridor()), text.name(),
					text.description(), text.language(), Category.valueOf(card.category()), unit.text(),
					unit.language(), card.producer(), card.region(), CountryCode.of(card.originCountry()),
					card.process() == null ? null : CoffeeProcess.valueOf(card.process()), card.cupScore(), sellerPrice,
					conversion == null ? null : conversion.converted(), rate, card.available(), card.available() == 0,
					card.minOrderQuantity(), card.certified(), card.reference()));
		}
		PageOf<StorefrontItem> page = new PageOf<>(items, hits.page(), hits.size(), hits.totalItems(),
				hits.totalPages());
		return new StorefrontResults(criteria, criteria.destination().code(), buyerCurrency, page,
				new ArrayList<>(used.values()));
	}

	SearchCriteria criteria(Request r, @Nullable CurrentUser user, Locale locale) {
		Country destination = requireDestination(destinationFor(r.destination(), user));
		List<Corridor> corridors = corridorsInto(destination);
		CurrencyCode currency = destination.currency();
		Money min = price("minPrice", r.minPrice(), currency);
		Money max = price("maxPrice", r.maxPrice(), currency);
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidInput("minPrice",
					"minPrice (" + min.amount() + ") must not be more than maxPrice (" + max.amount() + ")");
		}
		String q = blankToNull(r.q());
		if (q != null && q.length() > 200) {
			throw new InvalidInput("q", "q must be at most 200 characters");
		}
		String region = blankToNull(r.region());
		if (region != null && region.length() > 120) {
			throw new InvalidInput("region", "region must be at most 120 characters");
		}
		PageRequest page = new PageRequest(integer("page", r.page(), 0),
				integer("size", r.size(), PageOf.DEFAULT_SIZE));
		return new SearchCriteria(destination, corridors, q, SearchText.query(q),
				parseEnum("category", r.category(), Category.class),
				blankToNull(r.originCountry()) == null ? null : parseCountry("originCountry", r.originCountry()),
				region, parseEnum("process", r.process(), CoffeeProcess.class), min, max,
				bool("certified", r.certified()), SearchSort.parse(r.sort()), page, locale);
	}

	/**
	 * One quote per seller currency in the read model; currencies with no rate to the
	 * buyer's are left out.
	 */
	private Map<String, FxQuote> quotes(List<String> currencies, CurrencyCode buyer, LocalDate today) {
		Map<String, FxQuote> quotes = new LinkedHashMap<>();
		for (String currency : currencies) {
			try {
				quotes.put(currency, fx.rate(CurrencyCode.of(currency), buyer, today));
			}
			catch (NotFound noRate) {
				// Lots priced in a currency without a rate to the buyer's are shown
				// without a converted price, last
				// when sorting by price, and never match a price filter.
			}
		}
		return quotes;
	}

	/**
	 * Exactly what {@link FxRates#convert} does (the quote's rate, {@link Money#convert}:
	 * once, half-up, to the buyer currency's minor unit), with the quote looked up once
	 * per currency and query instead of once per result.
	 */
	private static @Nullable Conversion convert(Money price, @Nullable FxQuote quote, CurrencyCode buyer) {
		if (quote == null) {
			return null;
		}
		return new Conversion(price, price.convert(quote.rate(), buyer), quote.rate(), quote.effectiveDate(),
				quote.source(), quote.path(),
				"half-up, once, to " + buyer.minorUnitDigits() + " decimal(s) (the minor unit of " + buyer + ")");
	}

	private @Nullable Conversion convert(Money price, CurrencyCode buyer, LocalDate today) {
		try {
			return fx.convert(price, buyer, today);
		}
		catch (NotFound noRate) {
			return null;
		}
	}

	// ---- one lot

	/**
	 * A lot as the storefront shows it. Lots listed nowhere (never listed, or paused
	 * everywhere) are not public and reported as not found, like unknown ids.
	 */
	@Transactional(readOnly = true)
	public StorefrontLot lot(String id, @Nullable String destinationParam, @Nullable CurrentUser user, Locale locale) {
		LotId lotId;
		try {
			lotId = LotId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Lot", id);
		}
		LotDetails lot = catalog.lot(lotId)
			.filter(l -> l.listings().stream().anyMatch(Listing::isListed))
			.orElseThrow(() -> NotFound.of("Lot", lotId));
		Country destination = requireDestination(destinationFor(destinationParam, user));
		corridorsInto(destination);
		LocalDate today = today();
		List<StorefrontLot.Offer> offers = new ArrayList<>();
		Set<CountryCode> offeredTo = new LinkedHashSet<>();
		for (Listing listing : lot.listings()) {
			if (!listing.isListed()) {
				continue;
			}
			Optional<Corridor> corridor = network.corridor(listing.corridor()).filter(c -> c.isValidOn(today));
			if (corridor.isEmpty()) {
				continue;
			}
			Corridor c = corridor.get();
			offeredTo.add(c.destinationCountry());
			if (c.destinationCountry().equals(destination.code())) {
				offers.add(new StorefrontLot.Offer(c.id(), c.origin(), c.originCountry(), c.destination(),
						c.destinationCountry(), c.typicalTransitDays(), c.modes()));
			}
		}
		ProductText text = text(lot.texts(), locale);
		Conversion conversion = convert(lot.unitPrice(), destination.currency(), today);
		List<StorefrontLot.Document> documents = lot.documents()
			.stream()
			.map(d -> new StorefrontLot.Document(d.kind(), d.number(), d.issuer(), d.issuedOn(), d.expiresOn(),
					d.scheme(), d.originCriterion(), d.isValidOn(today),
					d.expiresOn() != null && !today.isBefore(d.expiresOn())))
			.toList();
		Written unit = lot.unitOfSale(locale);
		Written story = lot.story(locale);
		return new StorefrontLot(lot.id(), destination.code(), text.name(), text.description(), text.language(),
				lot.category(), lot.hsCode(), unit.text(), unit.language(), lot.unitPrice(),
				conversion == null ? null : conversion.converted(),
				conversion == null ? null : StorefrontFx.of(conversion), lot.minOrderQuantity(), lot.available(),
				lot.isSoldOut(), lot.provenance(), lot.coffee(), story == null ? null : story.text(),
				story == null ? null : story.language(), documents, offers, offeredTo);
	}

	// ---- parsing

	/**
	 * The text in the visitor's language, else the first of en, fr, rw, zh the seller
	 * wrote.
	 */
	static ProductText text(Map<String, ProductText> texts, Locale locale) {
		ProductText own = texts.get(locale.getLanguage());
		if (own != null) {
			return own;
		}
		return LANGUAGES.stream()
			.map(texts::get)
			.filter(t -> t != null)
			.findFirst()
			.orElse(new ProductText("en", "?", ""));
	}

	private static CountryCode parseCountry(String field, String value) {
		try {
			return CountryCode.of(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "'" + value + "' is not a country code (ISO 3166 alpha-2, e.g. CN)");
		}
	}

	private static <E extends Enum<E>> @Nullable E parseEnum(String field, @Nullable String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		throw new InvalidInput(field, field + " must be one of "
				+ java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
				+ ", got '" + value + "'");
	}

	private static @Nullable Money price(String field, @Nullable String value, CurrencyCode currency) {
		if (value == null || value.isBlank()) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, field + " must be a number, got '" + value + "'");
		}
		if (amount.signum() < 0) {
			throw new InvalidInput(field, field + " must not be negative, got " + value.trim());
		}
		if (amount.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
			throw new InvalidInput(field, field + " must be at most 1000000000000");
		}
		try {
			return Money.of(amount, currency);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, field + ": " + e.getMessage());
		}
	}

	private static int integer(String field, @Nullable String value, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, field + " must be a whole number, got '" + value + "'");
		}
	}

	private static boolean bool(String field, @Nullable String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
			return false;
		}
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")) {
			return true;
		}
		throw new InvalidInput(field, field + " must be true or false, got '" + value + "'");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}

package org.isoko.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotDocument;
import org.isoko.catalog.ProductText;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Display helpers for the seller console ({@code ${@sellerFormats.name(p.texts,
 * #locale)}}).
 */
@Component("sellerFormats")
class SellerFormats {

	private final Network network;

	SellerFormats(Network network) {
		this.network = network;
	}

	/**
	 * The product name in the visitor's language, else in the first of en, fr, rw, zh the
	 * seller wrote.
	 */
	public String name(Map<String, ProductText> texts, Locale locale) {
		ProductText own = texts.get(locale.getLanguage());
		if (own != null) {
			return own.name();
		}
		return LotDetails.FALLBACK_LANGUAGES.stream()
			.map(texts::get)
			.filter(t -> t != null)
			.map(ProductText::name)
			.findFirst()
			.orElse("—");
	}

	public String money(Money money, Locale locale) {
		return money.format(locale);
	}

	public String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	public String number(@Nullable BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	public String corridor(CorridorId id) {
		return network.corridor(id).map(c -> c.origin() + " → " + c.destination()).orElse(id.toString());
	}

	public boolean lowStock(LotDetails lot) {
		return SellerViews.isLowStock(lot);
	}

	public boolean expired(LotDocument document) {
		return document.expiresOn() != null && !document.expiresOn().isAfter(LocalDate.now());
	}

	/** Corridors leaving the seller's hub that the lot is not on yet. */
	public List<Corridor> corridorsToAdd(LotDetails lot, List<Corridor> fromHub) {
		return fromHub.stream().filter(c -> lot.listingOn(c.id()).isEmpty()).toList();
	}

}

package org.isoko.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.isoko.network.CorridorId;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lot as a buyer in {@code destination} sees it: the product text in their language (or
 * the fallback named by {@code language}), prices in both currencies with the FX rate,
 * provenance, coffee attributes, the producer's story, documents, and the corridors it is
 * offered on into the buyer's country ({@code offers}; empty when it is offered elsewhere
 * only). The unit of sale and the story are in the buyer's language when the seller wrote
 * them in it, else in the language named next to them.
 */
public record StorefrontLot(LotId lotId, CountryCode destination, String name, String description, String language,
		Category category, HsCode hsCode, String unitOfSale, String unitOfSaleLanguage, Money sellerPrice,
		@Nullable Money buyerPrice, @Nullable StorefrontFx fx, int minOrderQuantity, int available, boolean soldOut,
		Provenance provenance, CoffeeAttributes coffee, @Nullable String story, @Nullable String storyLanguage,
		List<Document> documents, List<Offer> offers, Set<CountryCode> offeredTo) {

	public StorefrontLot {
		documents = List.copyOf(documents);
		offers = List.copyOf(offers);
		offeredTo = Set.copyOf(offeredTo);
	}

	@JsonProperty("orderable")
	public boolean orderable() {
		return !soldOut && !offers.isEmpty();
	}

	/** A document with its validity on the day the page was shown. */
	public record Document(DocumentKind kind, String number, String issuer, LocalDate issuedOn,
			@Nullable LocalDate expiresOn, @Nullable PreferenceScheme scheme, @Nullable String originCriterion,
			boolean valid, boolean expired) {
	}

	/** A corridor the lot is listed on into the buyer's country. */
	public record Offer(CorridorId corridorId, HubCode origin, CountryCode originCountry, HubCode destination,
			CountryCode destinationCountry, int typicalTransitDays, Set<TransportMode> modes) {

		public Offer {
			modes = Set.copyOf(modes);
		}
	}
}

package org.isoko.support;

import java.util.List;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.CatalogManagement.NewLot;
import org.isoko.catalog.CatalogManagement.NewProduct;
import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Provenance;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.Role;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Products, lots and listings for tests of other modules (ordering, drops, payments,
 * logistics, customs, channels), created through the catalog's seller commands as the
 * seller organisation's first seller would ({@link CatalogManagement}), so that they do
 * not depend on the catalog's demo data or on its tables. Every lot is a fully washed
 * green coffee of Huye, priced in RWF; the seller must be verified and in Kigali, as the
 * demo's {@link #COOPERATIVE} and {@link #ROASTER} are.
 * <p>
 * A bean of every full application context (component scan of the test class path); a
 * module test that needs it imports it. The benchmarks seed their thousand lots with
 * {@link BulkLots} instead.
 */
@Component
public class LotFixtures {

	public static final String COOPERATIVE = "Abahuzamugambi Coffee Cooperative";

	public static final String ROASTER = "Kigali Hills Roasters";

	/**
	 * What a fixture created: the lot, the corridor it is listed on, its listing and its
	 * seller organisation.
	 */
	public record Lot(UUID id, UUID corridor, UUID listing, UUID seller, String reference) {
	}

	private final CatalogManagement catalogManagement;

	private final Catalog catalog;

	private final UserDirectory users;

	private final Network network;

	private final JdbcClient jdbc;

	LotFixtures(CatalogManagement catalogManagement, Catalog catalog, UserDirectory users, Network network,
			JdbcClient jdbc) {
		this.catalogManagement = catalogManagement;
		this.catalog = catalog;
		this.users = users;
		this.network = network;
		this.jdbc = jdbc;
	}

	/**
	 * A green-coffee lot of {@code sellerOrganisation} in 60 kg bags, listed on
	 * origin→destination, priced in RWF.
	 */
	public Lot lot(String sellerOrganisation, String origin, String destination, int available, long priceRwf,
			int minOrderQuantity) {
		return lot(sellerOrganisation, origin, destination, available, priceRwf, minOrderQuantity, null, 60_000, 60_500,
				"60 kg bag of green coffee");
	}

	/**
	 * A green-coffee lot sold in 1 kg bags (1.05 kg gross): its freight is the corridor's
	 * minimum, so a consumer's cross-border retail orders of a few bags stay far below
	 * China's per-order limit (RMB 5,000).
	 */
	public Lot smallBags(String sellerOrganisation, String origin, String destination, int available, long priceRwf,
			int minOrderQuantity) {
		return lot(sellerOrganisation, origin, destination, available, priceRwf, minOrderQuantity, null, 1_000, 1_050,
				"1 kg bag of green coffee");
	}

	/**
	 * The lot with this reference of the seller; created (listed on origin→destination)
	 * only when the seller has none.
	 */
	public UUID ensure(String sellerOrganisation, String reference, String origin, String destination, int available,
			long priceRwf) {
		OrganisationId seller = new OrganisationId(organisation(sellerOrganisation));
		return catalog.lotByReference(reference)
			.filter(lot -> lot.seller().equals(seller))
			.map(lot -> lot.id().value())
			.orElseGet(() -> lot(sellerOrganisation, origin, destination, available, priceRwf, 1, reference, 60_000,
					60_500, "60 kg bag of green coffee")
				.id());
	}

	/**
	 * Lists a lot on one more corridor (a paused listing there is resumed; a listed one
	 * stays as it is).
	 */
	public void list(UUID lot, String origin, String destination) {
		LotDetails details = details(lot);
		catalogManagement.list(seller(details.seller()), details.id(), corridorId(origin, destination));
	}

	/** Pauses the lot's listing on its corridor, as its seller would. */
	public void pause(Lot lot) {
		catalogManagement.pause(seller(new OrganisationId(lot.seller())), new LotId(lot.id()),
				new CorridorId(lot.corridor()));
	}

	/** Adds a document (a certificate) to the lot, as its seller would. */
	public void addDocument(UUID lot, NewDocument document) {
		LotDetails details = details(lot);
		catalogManagement.addDocument(seller(details.seller()), details.id(), document);
	}

	/** Corrects the HS code of the lot's product, as its seller would. */
	public void reclassify(UUID lot, String hsCode) {
		LotDetails details = details(lot);
		catalogManagement.reclassify(seller(details.seller()), details.productId(), HsCode.of(hsCode));
	}

	/** The units of the lot still for sale. */
	public int available(UUID lot) {
		return details(lot).available();
	}

	public UUID corridor(String origin, String destination) {
		return corridorId(origin, destination).value();
	}

	private Lot lot(String sellerOrganisation, String origin, String destination, int available, long priceRwf,
			int minOrderQuantity, String givenReference, long netGrams, long grossGrams, String unitOfSale) {
		CurrentUser seller = seller(new OrganisationId(organisation(sellerOrganisation)));
		CorridorId corridor = corridorId(origin, destination);
		ProductId product = catalogManagement.createProduct(seller,
				new NewProduct(Category.GREEN_COFFEE, HsCode.of("090111"), unitOfSale, netGrams, grossGrams,
						List.of(text("en", "Fully washed Bourbon, test lot"), text("zh", "水洗波旁咖啡（测试批次）"))));
		String reference = givenReference != null ? givenReference
				: "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		// A seller cannot create a lot with fewer units than its minimum order (none at
		// all for a sold-out one): it gets them and takes the extra off sale again.
		int created = Math.max(Math.max(available, minOrderQuantity), 1);
		LotId lot = catalogManagement.createLot(seller, product,
				new NewLot(reference, created, Money.ofMinor(priceRwf, "RWF"), minOrderQuantity,
						new Provenance(CountryCode.of("RW"), "Huye", "Test washing station",
								ProducerKind.WASHING_STATION, null),
						CoffeeAttributes.NONE, null),
				List.of(), List.of(corridor));
		if (created > available) {
			catalogManagement.withdraw(seller, lot, created - available);
		}
		UUID listing = details(lot.value()).listingOn(corridor).orElseThrow().id();
		return new Lot(lot.value(), corridor.value(), listing, seller.organisationId().value(), reference);
	}

	/**
	 * The organisation's id by its name. Identity offers other modules no look-up by
	 * name, so this one read goes to its table; nothing is written there.
	 */
	private UUID organisation(String name) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private CurrentUser seller(OrganisationId organisation) {
		return users.firstWithRole(organisation, Role.SELLER)
			.orElseThrow(() -> new IllegalStateException("No seller in organisation " + organisation));
	}

	private LotDetails details(UUID lot) {
		return catalog.lot(new LotId(lot)).orElseThrow(() -> new IllegalStateException("No lot " + lot));
	}

	private CorridorId corridorId(String origin, String destination) {
		return network.corridor(HubCode.of(origin), HubCode.of(destination))
			.orElseThrow(() -> new IllegalStateException("No corridor " + origin + "-" + destination))
			.id();
	}

	private static ProductText text(String language, String name) {
		return new ProductText(language, name, name + ", for tests");
	}

}

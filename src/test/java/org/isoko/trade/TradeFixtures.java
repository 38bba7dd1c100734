package org.isoko.trade;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.CatalogManagement.NewLot;
import org.isoko.catalog.CatalogManagement.NewProduct;
import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
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
import org.isoko.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lots for the trade tests, created through the catalog's seller API as the seller would
 * (a product with its HS code and gross weight, a lot with price and stock, its
 * certificates of origin and its listings on demo corridors). An expired certificate,
 * which a seller cannot add, is added while it was still valid: the test then runs with a
 * {@link MutableClock} that the fixture turns back for that moment.
 */
final class TradeFixtures {

	record Certificate(PreferenceScheme scheme, LocalDate issued, @Nullable LocalDate expires) {
	}

	private final JdbcClient jdbc;

	private final CatalogManagement catalog;

	private final UserDirectory users;

	private final Network network;

	private final @Nullable MutableClock clock;

	TradeFixtures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.catalog = context.getBean(CatalogManagement.class);
		this.users = context.getBean(UserDirectory.class);
		this.network = context.getBean(Network.class);
		this.clock = context.getBeanProvider(MutableClock.class).getIfAvailable();
	}

	UUID organisation(String name) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	UUID coop() {
		return organisation("Abahuzamugambi Coffee Cooperative");
	}

	UUID roaster() {
		return organisation("Kigali Hills Roasters");
	}

	/** A lot listed on the given corridors ("KGL-HGH"), with the given certificates. */
	LotId lot(UUID seller, String hsCode, long priceMinor, String currency, long grossGrams, int available,
			List<String> corridors, Certificate... certificates) {
		return lot(seller, "RW", hsCode, priceMinor, currency, grossGrams, available, corridors, certificates);
	}

	/** A lot produced in {@code originCountry} (its provenance). */
	LotId lot(UUID seller, String originCountry, String hsCode, long priceMinor, String currency, long grossGrams,
			int available, List<String> corridors, Certificate... certificates) {
		return lot(seller, originCountry, hsCode, priceMinor, currency, grossGrams, available, 1, corridors,
				certificates);
	}

	/** A lot sold in orders of at least {@code minOrder} units. */
	LotId lot(UUID seller, String originCountry, String hsCode, long priceMinor, String currency, long grossGrams,
			int available, int minOrder, List<String> corridors, Certificate... certificates) {
		CurrentUser user = users.firstWithRole(new OrganisationId(seller), Role.SELLER)
			.orElseThrow(() -> new IllegalStateException("No seller in organisation " + seller));
		ProductId product = catalog.createProduct(user,
				new NewProduct(Category.GREEN_COFFEE, HsCode.of(hsCode), "bag", Math.max(1, grossGrams - 1000),
						grossGrams, List.of(new ProductText("en", "Test product " + hsCode, "Test lot"))));
		List<CorridorId> listedOn = corridors.stream()
			.map(route -> route.split("-"))
			.map(ends -> corridorId(ends[0], ends[1]))
			.toList();
		LotId lot = catalog
			.createLot(user, product, new NewLot("T-" + UUID.randomUUID(), available,
					Money.ofMinor(priceMinor, currency), minOrder, new Provenance(CountryCode.of(originCountry), "Huye",
							"Test producer", ProducerKind.COOPERATIVE, null),
					CoffeeAttributes.NONE, null), List.of(), listedOn);
		for (Certificate certificate : certificates) {
			addCertificate(user, lot, certificate);
		}
		return lot;
	}

	private void addCertificate(CurrentUser seller, LotId lot, Certificate certificate) {
		NewDocument document = new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN,
				"RW-CO-" + certificate.scheme() + "-" + certificate.issued(), "Rwanda Electronic Single Window",
				certificate.issued(), certificate.expires(), certificate.scheme(), "WHOLLY_OBTAINED");
		LocalDate today = LocalDate.now(clock != null ? clock : Clock.systemUTC());
		if (certificate.expires() == null || certificate.expires().isAfter(today)) {
			catalog.addDocument(seller, lot, document);
			return;
		}
		if (clock == null) {
			throw new IllegalStateException("An expired certificate needs the MutableClockConfiguration");
		}
		// Added the day after its issue, when it was valid, as the seller would have.
		Duration back = Duration.between(certificate.issued().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
				clock.instant());
		clock.advance(back.negated());
		try {
			catalog.addDocument(seller, lot, document);
		}
		finally {
			clock.advance(back);
		}
	}

	UUID corridor(String origin, String destination) {
		return corridorId(origin, destination).value();
	}

	private CorridorId corridorId(String origin, String destination) {
		return network.corridor(HubCode.of(origin), HubCode.of(destination))
			.orElseThrow(() -> new IllegalStateException("No corridor " + origin + "-" + destination))
			.id();
	}

	static Certificate valid(PreferenceScheme scheme) {
		return new Certificate(scheme, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1));
	}

	static Certificate expired(PreferenceScheme scheme) {
		return new Certificate(scheme, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
	}

}

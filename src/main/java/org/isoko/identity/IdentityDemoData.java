package org.isoko.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisations and users listed in the README (password {@value #PASSWORD}), on
 * the embedded default only. Idempotent: only what is missing is added, so a second start
 * changes nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class IdentityDemoData implements ApplicationRunner {

	static final String PASSWORD = "isoko-demo";

	private final Organisations organisations;

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	IdentityDemoData(Organisations organisations, UserAccounts users, PasswordEncoder encoder, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	record DemoOrganisation(String name, OrganisationKind kind, String country, String hub, @Nullable String phone,
			Verification verification) {
	}

	record DemoUser(String email, String displayName, String organisation, String language, Set<Role> roles) {
	}

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation("Isoko Platform", OrganisationKind.PLATFORM, "RW", "KGL", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Kigali Hub Operations", OrganisationKind.HUB_OPERATOR, "RW", "KGL", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Hangzhou Hub Operations", OrganisationKind.HUB_OPERATOR, "CN", "HGH", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Hangzhou Customs District (demo)", OrganisationKind.CUSTOMS_AUTHORITY, "CN", "HGH",
					null, Verification.NOT_REQUIRED),
			new DemoOrganisation("Rwanda Revenue Authority, Customs (demo)", OrganisationKind.CUSTOMS_AUTHORITY, "RW",
					"KGL", null, Verification.NOT_REQUIRED),
			new DemoOrganisation("Kenya Revenue Authority, Customs (demo)", OrganisationKind.CUSTOMS_AUTHORITY, "KE",
					"NBO", null, Verification.NOT_REQUIRED),
			new DemoOrganisation("Abahuzamugambi Coffee Cooperative", OrganisationKind.COOPERATIVE, "RW", "KGL",
					"250788100200", Verification.VERIFIED),
			new DemoOrganisation("Kigali Hills Roasters", OrganisationKind.SME, "RW", "KGL", "250788300400",
					Verification.VERIFIED),
			new DemoOrganisation("Nyamasheke Tea Growers", OrganisationKind.FARMER_GROUP, "RW", "KGL", "250788500600",
					Verification.PENDING),
			new DemoOrganisation("Nyampinga Women Coffee Cooperative", OrganisationKind.COOPERATIVE, "RW", "KGL",
					"250788700800", Verification.VERIFIED),
			new DemoOrganisation("Hangzhou AgriTech Machinery Co.", OrganisationKind.SME, "CN", "HGH", null,
					Verification.VERIFIED),
			new DemoOrganisation("Limuru Highlands Tea Packers Ltd", OrganisationKind.SME, "KE", "NBO", "254722300400",
					Verification.VERIFIED),
			new DemoOrganisation("Li Wei", OrganisationKind.CONSUMER, "CN", "HGH", null, Verification.NOT_REQUIRED),
			new DemoOrganisation("Hangzhou Bean Trading Co.", OrganisationKind.IMPORTER, "CN", "HGH", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Wanjiru Kamau", OrganisationKind.CONSUMER, "KE", "NBO", "254712345678",
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Huye Mountain Coffee Processors Ltd", OrganisationKind.IMPORTER, "RW", "KGL", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Isoko Logistics Kigali", OrganisationKind.LOGISTICS_PROVIDER, "RW", "KGL", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Isoko Logistics Hangzhou", OrganisationKind.LOGISTICS_PROVIDER, "CN", "HGH", null,
					Verification.NOT_REQUIRED),
			new DemoOrganisation("Isoko Logistics Nairobi", OrganisationKind.LOGISTICS_PROVIDER, "KE", "NBO", null,
					Verification.NOT_REQUIRED));

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin@isoko.demo", "Isoko Admin", "Isoko Platform", "en", EnumSet.of(Role.ADMIN)),
			new DemoUser("operator.kigali@isoko.demo", "Aline Uwase", "Kigali Hub Operations", "rw",
					EnumSet.of(Role.HUB_OPERATOR)),
			new DemoUser("operator.hangzhou@isoko.demo", "Zhang Min", "Hangzhou Hub Operations", "zh",
					EnumSet.of(Role.HUB_OPERATOR)),
			new DemoUser("customs.hangzhou@isoko.demo", "Chen Jing", "Hangzhou Customs District (demo)", "zh",
					EnumSet.of(Role.CUSTOMS_OFFICER)),
			new DemoUser("customs.kigali@isoko.demo", "Diane Uwimana", "Rwanda Revenue Authority, Customs (demo)", "rw",
					EnumSet.of(Role.CUSTOMS_OFFICER)),
			new DemoUser("customs.nairobi@isoko.demo", "Brian Mwangi", "Kenya Revenue Authority, Customs (demo)", "en",
					EnumSet.of(Role.CUSTOMS_OFFICER)),
			new DemoUser("seller.coop@isoko.demo", "Jean-Paul Habimana", "Abahuzamugambi Coffee Cooperative", "rw",
					EnumSet.of(Role.SELLER)),
			new DemoUser("seller.sme@isoko.demo", "Grace Mukamana", "Kigali Hills Roasters", "en",
					EnumSet.of(Role.SELLER)),
			new DemoUser("seller.pending@isoko.demo", "Emmanuel Niyonzima", "Nyamasheke Tea Growers", "rw",
					EnumSet.of(Role.SELLER)),
			new DemoUser("seller.coop2@isoko.demo", "Claudine Mukeshimana", "Nyampinga Women Coffee Cooperative", "rw",
					EnumSet.of(Role.SELLER)),
			new DemoUser("seller.cn@isoko.demo", "Zhou Jie", "Hangzhou AgriTech Machinery Co.", "zh",
					EnumSet.of(Role.SELLER)),
			new DemoUser("seller.ke@isoko.demo", "Achieng Odhiambo", "Limuru Highlands Tea Packers Ltd", "en",
					EnumSet.of(Role.SELLER)),
			new DemoUser("buyer.cn@isoko.demo", "Li Wei", "Li Wei", "zh", EnumSet.of(Role.BUYER)),
			new DemoUser("importer.cn@isoko.demo", "Wang Fang", "Hangzhou Bean Trading Co.", "zh",
					EnumSet.of(Role.BUYER)),
			new DemoUser("buyer.ke@isoko.demo", "Wanjiru Kamau", "Wanjiru Kamau", "en", EnumSet.of(Role.BUYER)),
			new DemoUser("processor.rw@isoko.demo", "Yves Mugabo", "Huye Mountain Coffee Processors Ltd", "rw",
					EnumSet.of(Role.BUYER)),
			new DemoUser("logistics.kigali@isoko.demo", "Eric Nshimiyimana", "Isoko Logistics Kigali", "rw",
					EnumSet.of(Role.LOGISTICS_AGENT)),
			new DemoUser("logistics.hangzhou@isoko.demo", "Liu Yang", "Isoko Logistics Hangzhou", "zh",
					EnumSet.of(Role.LOGISTICS_AGENT)),
			new DemoUser("logistics.nairobi@isoko.demo", "Otieno Ouma", "Isoko Logistics Nairobi", "en",
					EnumSet.of(Role.LOGISTICS_AGENT)));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		for (DemoOrganisation demo : ORGANISATIONS) {
			if (organisations.findByName(demo.name()).isEmpty()) {
				organisations.insert(new Organisation(new OrganisationId(UUID.randomUUID()), demo.name(), demo.kind(),
						new CountryCode(demo.country()), new HubCode(demo.hub()),
						demo.phone() == null ? null : new Msisdn(demo.phone()), demo.verification(), null, null,
						demo.verification() == Verification.VERIFIED ? now : null, now, 0));
			}
		}
		String hash = null;
		for (DemoUser demo : USERS) {
			if (users.existsByEmail(demo.email())) {
				continue;
			}
			hash = hash == null ? encoder.encode(PASSWORD) : hash; // BCrypt is slow on
																	// purpose: hash once
																	// for all demo users
			Organisation organisation = organisations.findByName(demo.organisation()).orElseThrow();
			users.insert(new UserAccount(new UserId(UUID.randomUUID()), demo.email(), demo.displayName(), hash,
					organisation.id(), demo.language(), true, demo.roles(), now));
		}
	}

}

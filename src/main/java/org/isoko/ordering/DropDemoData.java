package org.isoko.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;
import org.isoko.catalog.Listing;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.Role;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.DropScheduling.ScheduleDrop;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two small demo drops (50 and 30 bags) on the cooperative's 2,000-bag lot ABZ-2026-FW-01, scheduled by the Kigali hub operator through the
 * same path as a real one: one live (started an hour before the first start, for two days) and one upcoming (in three
 * days), so the demo shows the countdown and the live stock. Idempotent: a drop with the demo title is left alone.
 */
@Component
@org.springframework.core.annotation.Order(45)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class DropDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DropDemoData.class);

	static final String LOT = "ABZ-2026-FW-01";
	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final String LIVE = "Launch drop: Gakenke washed Bourbon";
	static final String UPCOMING = "Harvest drop: Gakenke washed Bourbon";

	private record DemoDrop(String title, int quantity, int cap, Duration startIn, Duration length) {
	}

	static final List<DemoDrop> DROPS = List.of(new DemoDrop(LIVE, 50, 3, Duration.ofHours(-1), Duration.ofDays(2)),
			new DemoDrop(UPCOMING, 30, 2, Duration.ofDays(3), Duration.ofDays(1)));

	private final JdbcClient jdbc;
	private final Catalog catalog;
	private final DropScheduling scheduling;
	private final Clock clock;

	DropDemoData(JdbcClient jdbc, Catalog catalog, DropScheduling scheduling, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> operator = operator();
		Optional<LotDetails> lot = jdbc.sql("SELECT id FROM catalog_lot WHERE reference = :reference ORDER BY created_at LIMIT 1")
				.param("reference", LOT).query(UUID.class).optional().flatMap(id -> catalog.lot(new LotId(id)));
		if (operator.isEmpty() || lot.isEmpty()) {
			return;
		}
		List<CorridorId> corridors = lot.get().listings().stream().filter(Listing::isListed).map(Listing::corridor).toList();
		int created = 0;
		for (DemoDrop demo : DROPS) {
			if (jdbc.sql("SELECT COUNT(*) FROM ordering_drop WHERE title = :title").param("title", demo.title()).query(Long.class).single() > 0) {
				continue;
			}
			Instant start = clock.instant().plus(demo.startIn());
			try {
				scheduling.schedule(operator.get(), new ScheduleDrop(demo.title(), lot.get().id(), demo.quantity(), demo.cap(), start,
						start.plus(demo.length()), corridors));
				created++;
			}
			catch (RuntimeException e) {
				LOG.warn("Demo drop '{}' skipped: {}", demo.title(), e.getMessage());
			}
		}
		if (created > 0) {
			LOG.info("Seeded {} demo drop(s)", created);
		}
	}

	private Optional<CurrentUser> operator() {
		return jdbc.sql("""
				SELECT u.id, u.email, u.display_name, o.id AS organisation_id, o.name, o.country_code, o.hub_code, o.verification
				FROM identity_user u JOIN identity_organisation o ON o.id = u.organisation_id WHERE u.email = :email""")
				.param("email", OPERATOR).query((rs, row) -> new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
						rs.getString("display_name"), new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"),
						CountryCode.of(rs.getString("country_code")), HubCode.of(rs.getString("hub_code")), Set.of(),
						"VERIFIED".equals(rs.getString("verification"))))
				.optional()
				// Roles in a second query, after the first one is done (no nested query holding two connections).
				.map(u -> new CurrentUser(u.id(), u.email(), u.displayName(), u.organisationId(), u.organisationName(), u.country(), u.hub(),
						roles(u.id()), u.organisationVerified()));
	}

	private Set<Role> roles(UserId user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM identity_user_role WHERE user_id = :id").param("id", user.value()).query(String.class).list()
				.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}
}

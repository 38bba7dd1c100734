package org.isoko.drops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.Listing;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.isoko.drops.DropScheduling.ScheduleDrop;

/**
 * Three small demo drops (50, 30 and 20 bags) on the cooperative's 2,000-bag lot
 * ABZ-2026-FW-01, scheduled by the Kigali hub operator through the same path as a real
 * one: one live (started an hour before the first start, for two days), one upcoming (in
 * three days), so the demo shows the countdown and the live stock, and one the operator
 * cancelled (closed early, with its reason; its bags went back to the lot). Idempotent: a
 * drop with the demo title is left alone.
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
	static final String CANCELLED = "Cupping drop: Gakenke washed Bourbon";

	/**
	 * @param closeReason when set, the operator closes the drop right after scheduling it
	 */
	private record DemoDrop(String title, int quantity, int cap, Duration startIn, Duration length,
			@Nullable String closeReason) {
	}

	static final List<DemoDrop> DROPS = List.of(
			new DemoDrop(LIVE, 50, 3, Duration.ofHours(-1), Duration.ofDays(2), null),
			new DemoDrop(UPCOMING, 30, 2, Duration.ofDays(3), Duration.ofDays(1), null), new DemoDrop(CANCELLED, 20, 2,
					Duration.ofDays(5), Duration.ofDays(1), "Merged into the harvest drop: same coffee, one date"));

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final DropScheduling scheduling;

	private final Clock clock;

	private final UserDirectory users;

	DropDemoData(JdbcClient jdbc, Catalog catalog, DropScheduling scheduling, Clock clock, UserDirectory users) {
		this.users = users;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> operator = operator();
		Optional<LotDetails> lot = catalog.lotByReference(LOT);
		if (operator.isEmpty() || lot.isEmpty()) {
			return;
		}
		List<CorridorId> corridors = lot.get()
			.listings()
			.stream()
			.filter(Listing::isListed)
			.map(Listing::corridor)
			.toList();
		int created = 0;
		for (DemoDrop demo : DROPS) {
			if (jdbc.sql("SELECT COUNT(*) FROM ordering_drop WHERE title = :title")
				.param("title", demo.title())
				.query(Long.class)
				.single() > 0) {
				continue;
			}
			Instant start = clock.instant().plus(demo.startIn());
			try {
				Drop drop = scheduling.schedule(operator.get(), new ScheduleDrop(demo.title(), lot.get().id(),
						demo.quantity(), demo.cap(), start, start.plus(demo.length()), corridors));
				if (demo.closeReason() != null) {
					scheduling.closeEarly(operator.get(), drop.id(), demo.closeReason());
				}
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
		return users.findByEmail(OPERATOR);
	}

}

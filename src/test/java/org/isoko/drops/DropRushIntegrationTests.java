package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rush on one drop over real HTTP: many buyers, more requests than units, and one buyer
 * organisation hammering the drop from several tokens in parallel; and a rush on many
 * small drops at once, whose claims share transactions. Nothing is oversold, every 201
 * has its order, the cap holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DropRushIntegrationTests {

	static final int BUYERS = 150;
	static final int UNITS = 60;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	HttpClient http;

	String base;

	String operator;

	/** Requests in flight at once. */
	int concurrency() {
		return 64;
	}

	@BeforeEach
	void connect() throws Exception {
		http = DropRace.client();
		base = "http://localhost:" + port;
		operator = DropRace.token(http, base, "operator.kigali@isoko.demo");
	}

	String liveDrop(LotFixtures.Lot lot, int quantity, int cap) throws Exception {
		Instant now = Instant.now();
		return DropRace.schedule(http, base, operator, lot.id(), lot.corridor(), quantity, cap, now.minusSeconds(1),
				now.plus(Duration.ofHours(1)));
	}

	@Test
	void buyersRacingForADropBuyExactlyItsUnits() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", UNITS + 10, 15_000, 1);
		String drop = liveDrop(lot, UNITS, 2);
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, BUYERS, "CN", "HGH");
		List<DropRace.Shot> shots = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (BuyerFixtures.Buyer buyer : buyers) {
				shots.add(new DropRace.Shot(base, buyer.token(), drop, 1));
			}
		}
		List<DropRace.Answer> answers = DropRace.fire(http, shots, concurrency());

		Map<Integer, Long> byStatus = answers.stream()
			.collect(Collectors.groupingBy(DropRace.Answer::status, Collectors.counting()));
		assertThat(byStatus.keySet()).as(byStatus.toString()).containsOnly(201, 409);
		assertThat(byStatus.get(201)).isEqualTo(UNITS);
		assertThat(answers.stream().filter(a -> a.status() == 409))
			.allSatisfy(a -> assertThat(a.body()).containsAnyOf("Sold out", "Only"));
		assertThat(DropRace.assertConsistent(jdbc, drop, answers)).isEqualTo(UNITS);
		assertThat(lotFixtures.available(lot.id())).as("the lot's own stock is untouched by the drop's orders")
			.isEqualTo(10);
	}

	@Test
	void buyersRacingForManySmallDropsAtOnceBuyExactlyEachDropsUnits() throws Exception {
		int drops = 25;
		int perDrop = 3;
		List<String> ids = new ArrayList<>();
		List<LotFixtures.Lot> lots = new ArrayList<>();
		for (int i = 0; i < drops; i++) {
			LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", perDrop + 1, 15_000, 1);
			lots.add(lot);
			ids.add(liveDrop(lot, perDrop, 2));
		}
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 100, "CN", "HGH");
		List<DropRace.Shot> shots = new ArrayList<>();
		for (int i = 0; i < 300; i++) { // 12 requests per drop of 3 units, the drops
										// interleaved as in the benchmark's spread phase
			shots.add(new DropRace.Shot(base, buyers.get(i % buyers.size()).token(), ids.get(i % drops), 1));
		}
		List<DropRace.Answer> answers = DropRace.fire(http, shots, concurrency());

		Map<Integer, Long> byStatus = answers.stream()
			.collect(Collectors.groupingBy(DropRace.Answer::status, Collectors.counting()));
		assertThat(byStatus.keySet()).as(byStatus.toString()).containsOnly(201, 409);
		assertThat(byStatus.get(201)).isEqualTo((long) drops * perDrop);
		for (int i = 0; i < drops; i++) {
			String drop = ids.get(i);
			List<DropRace.Answer> mine = answers.stream().filter(a -> a.drop().equals(drop)).toList();
			assertThat(DropRace.assertConsistent(jdbc, drop, mine)).as("units held in drop %d", i).isEqualTo(perDrop);
			assertThat(lotFixtures.available(lots.get(i).id())).isEqualTo(1);
		}
	}

	@Test
	void closingADropInTheMiddleOfARushLosesNoUnitAndNoAcknowledgedOrder() throws Exception {
		int quantity = 200;
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", quantity + 10, 15_000, 1);
		String drop = liveDrop(lot, quantity, 1);
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, quantity, "CN", "HGH");
		List<DropRace.Shot> shots = buyers.stream().map(b -> new DropRace.Shot(base, b.token(), drop, 1)).toList();
		java.util.concurrent.CompletableFuture<List<DropRace.Answer>> rush = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> {
				try {
					return DropRace.fire(http, shots, concurrency());
				}
				catch (InterruptedException e) {
					throw new IllegalStateException(e);
				}
			});
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> DropRace.stored(jdbc, drop).size() >= 20 || rush.isDone());
		assertThat(DropRace.close(http, base, operator, drop, "Closed during the rush")).isEqualTo(200);
		List<DropRace.Answer> answers = rush.get(60, java.util.concurrent.TimeUnit.SECONDS);

		Map<Integer, Long> byStatus = answers.stream()
			.collect(Collectors.groupingBy(DropRace.Answer::status, Collectors.counting()));
		assertThat(byStatus.keySet()).as(byStatus.toString()).containsOnly(201, 409);
		UUID id = UUID.fromString(drop);
		int held = jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM ordering_drop_order WHERE drop_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		int returned = jdbc.sql("SELECT returned_to_lot FROM ordering_drop WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		assertThat(jdbc.sql("SELECT remaining FROM ordering_drop WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(held).as("units held by orders")
			.isEqualTo(byStatus.getOrDefault(201, 0L).intValue())
			.isLessThan(quantity);
		assertThat(held + returned).as("held + returned to the lot = the drop's quantity").isEqualTo(quantity);
		assertThat(lotFixtures.available(lot.id())).as("the lot got back exactly what was not sold")
			.isEqualTo(10 + returned);
		assertThat(DropRace.stored(jdbc, drop)).containsExactlyInAnyOrderElementsOf(
				answers.stream().filter(a -> a.status() == 201).map(DropRace.Answer::orderId).toList());
		assertThat(answers.stream().filter(a -> a.status() == 409))
			.allSatisfy(a -> assertThat(a.body()).containsAnyOf("closed by the hub", "has ended"));
	}

	@Test
	void oneOrganisationWithManyTokensInParallelGetsNoMoreThanTheCap() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 100, 15_000, 1);
		String drop = liveDrop(lot, 100, 3);
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 1, "CN", "HGH");
		UUID organisation = BuyerFixtures.organisationOf(jdbc, buyers.get(0).email());
		List<String> tokens = new ArrayList<>(List.of(buyers.get(0).token()));
		for (int i = 0; i < 5; i++) {
			tokens.add(BuyerFixtures.colleague(jdbc, organisation));
		}
		List<DropRace.Shot> shots = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			shots.add(new DropRace.Shot(base, tokens.get(i % tokens.size()), drop, 1 + i % 2));
		}
		List<DropRace.Answer> answers = DropRace.fire(http, shots, 30);

		int held = DropRace.assertConsistent(jdbc, drop, answers);
		assertThat(held).isEqualTo(3);
		assertThat(jdbc
			.sql("SELECT units FROM ordering_drop_allocation WHERE drop_id = :drop AND buyer_organisation_id = :org")
			.param("drop", UUID.fromString(drop))
			.param("org", organisation)
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(answers.stream().filter(a -> a.status() == 409))
			.allSatisfy(a -> assertThat(a.body()).contains("Limit reached"));
	}

}

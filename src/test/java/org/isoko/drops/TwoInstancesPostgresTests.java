package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.isoko.IsokoApplication;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.isoko.support.PostgresDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Isoko instances on two ports sharing one fresh PostgreSQL database, as behind a
 * load balancer: buyers race for one drop through both at once (each instance batching on
 * its own). Nothing is oversold, every 201 from either instance has its order and
 * reservation, and one buyer organisation hammering both instances stays within its cap.
 * A token revoked through one instance stops working on the other within seconds, though
 * both remember tokens.
 */
@Tag("postgres")
class TwoInstancesPostgresTests {

	static ConfigurableApplicationContext first;
	static ConfigurableApplicationContext second;
	static JdbcClient jdbc;

	static LotFixtures lotFixtures;
	static String a;
	static String b;

	@BeforeAll
	static void start() {
		String database = PostgresDatabaseInitializer.createDatabase();
		first = instance(database, true); // migrates and seeds the demo hub network,
											// users and lots
		second = instance(database, false);
		jdbc = first.getBean(JdbcClient.class);
		lotFixtures = first.getBean(LotFixtures.class);
		a = "http://localhost:" + ((WebServerApplicationContext) first).getWebServer().getPort();
		b = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext instance(String database, boolean demoData) {
		// Command-line arguments: they outrank the test configuration's in-memory H2.
		return new SpringApplicationBuilder(IsokoApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + PostgresDatabaseInitializer.url(database),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--isoko.demo-data.enabled=" + demoData, "--spring.datasource.hikari.maximum-pool-size=10");
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void buyersRacingThroughTwoInstancesBuyExactlyTheDropsUnits() throws Exception {
		assertThat(a).isNotEqualTo(b);
		HttpClient http = DropRace.client();
		String operator = DropRace.token(http, a, "operator.kigali@isoko.demo");
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 120, 15_000, 1);
		Instant now = Instant.now();
		String drop = DropRace.schedule(http, b, operator, lot.id(), lot.corridor(), 100, 2, now.minusSeconds(1),
				now.plus(Duration.ofHours(1)));
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 200, "CN", "HGH");
		List<DropRace.Shot> shots = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < buyers.size(); i++) {
				shots.add(new DropRace.Shot((i + round) % 2 == 0 ? a : b, buyers.get(i).token(), drop,
						1 + (i + round) % 2));
			}
		}
		List<DropRace.Answer> answers = DropRace.fire(http, shots, 64);

		Map<Integer, Long> byStatus = answers.stream()
			.collect(Collectors.groupingBy(DropRace.Answer::status, Collectors.counting()));
		assertThat(byStatus.keySet()).as(byStatus.toString()).containsOnly(201, 409);
		assertThat(DropRace.assertConsistent(jdbc, drop, answers)).as("every unit sold, none twice").isEqualTo(100);
		assertThat(jdbc.sql("SELECT remaining FROM ordering_drop WHERE id = CAST(:id AS UUID)")
			.param("id", drop)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT MAX(units) FROM ordering_drop_allocation WHERE drop_id = CAST(:id AS UUID)")
			.param("id", drop)
			.query(Integer.class)
			.single()).isLessThanOrEqualTo(2);
		assertThat(lotFixtures.available(lot.id())).isEqualTo(20);
	}

	@Test
	void oneBuyerThroughBothInstancesStaysWithinTheCap() throws Exception {
		HttpClient http = DropRace.client();
		String operator = DropRace.token(http, a, "operator.kigali@isoko.demo");
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 50, 15_000, 1);
		Instant now = Instant.now();
		String drop = DropRace.schedule(http, a, operator, lot.id(), lot.corridor(), 50, 3, now.minusSeconds(1),
				now.plus(Duration.ofHours(1)));
		BuyerFixtures.Buyer buyer = BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0);
		List<DropRace.Shot> shots = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			shots.add(new DropRace.Shot(i % 2 == 0 ? a : b, buyer.token(), drop, 1));
		}
		List<DropRace.Answer> answers = DropRace.fire(http, shots, 40);

		assertThat(answers.stream().filter(x -> x.status() == 201).count()).isEqualTo(3);
		assertThat(DropRace.assertConsistent(jdbc, drop, answers)).isEqualTo(3);
	}

	@Test
	void aTokenRevokedThroughOneInstanceIsRefusedByTheOtherWithinSeconds() throws Exception {
		HttpClient http = DropRace.client();
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(a + "/api/v1/tokens"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("buyer.cn@isoko.demo:isoko-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
		Matcher secret = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
		assertThat(id.find() && secret.find()).as(created.body()).isTrue();
		String token = secret.group(1);
		assertThat(get(http, b + "/api/v1/orders", token).statusCode()).as("the other instance now remembers the token")
			.isEqualTo(200);
		assertThat(get(http, b + "/api/v1/orders", token).statusCode()).isEqualTo(200);
		long revokedAt = System.nanoTime();
		HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(a + "/api/v1/tokens/" + id.group(1)))
			.header("Authorization", "Bearer " + token)
			.DELETE()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);

		int status = 200;
		while (status == 200 && System.nanoTime() - revokedAt < Duration.ofSeconds(10).toNanos()) {
			Thread.sleep(100);
			status = get(http, b + "/api/v1/orders", token).statusCode();
		}
		double seconds = (System.nanoTime() - revokedAt) / 1e9;
		assertThat(status).as("refused by the other instance after %.1f s", seconds).isEqualTo(401);
		assertThat(seconds).as("within a few sync intervals (isoko.identity.token-cache-sync, 1 s)").isLessThan(5);
		assertThat(get(http, a + "/api/v1/orders", token).statusCode()).isEqualTo(401);
	}

	private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.channels.text.Gsm7;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with demo data, called as Africa's Talking calls the USSD
 * callback. Every answer is checked against the screen rules (CON/END, at most 160 GSM-7
 * characters, at most five options, no unfilled placeholders).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class UssdTestSupport {

	/** The demo cooperative's number (PIN set by the demo data). */
	static final String COOP_PHONE = "+250788100200";

	static final String COOP_PIN = "1357";

	/** The second demo cooperative's number: no PIN until a test sets one. */
	static final String COOP2_PHONE = "+250788700800";

	static final String IMPORTER = "importer.cn@isoko.demo";

	static final String COOP_SELLER = "seller.coop@isoko.demo";

	static final String KIGALI_AGENT = "logistics.kigali@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	PasswordEncoder encoder;

	private final TokenCache tokens = new TokenCache();

	/** Every answer of the test, for the screen rules. */
	final List<String> answers = new ArrayList<>();

	/**
	 * The demo cooperative's number with its demo PIN, no lock and menus in a language.
	 */
	void resetCoop(String language) {
		jdbc.sql("DELETE FROM channels_ussd_subscriber WHERE phone = '250788100200'").update();
		jdbc.sql("""
				INSERT INTO channels_ussd_subscriber (phone, language, pin_hash, failed_attempts, updated_at)
				VALUES ('250788100200', :language, :hash, 0, CURRENT_TIMESTAMP)""")
			.param("language", language)
			.param("hash", encoder.encode(COOP_PIN))
			.update();
	}

	String ussd(String session, String phone, String text) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/ussd").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("sessionId", session)
				.param("serviceCode", "*384*4756#")
				.param("phoneNumber", phone)
				.param("networkCode", "63510")
				.param("text", text))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		checkScreen(answer);
		answers.add(answer);
		return answer;
	}

	static void checkScreen(String answer) {
		assertThat(answer).matches("(?s)(CON|END) .+");
		String screen = answer.substring(4);
		assertThat(Gsm7.isGsm7(screen)).as("GSM-7 only: %s", screen).isTrue();
		assertThat(Gsm7.measure(screen).units()).as("at most 160 septets: %s", screen).isLessThanOrEqualTo(160);
		assertThat(screen.lines().filter(l -> l.matches("[0-9] .*")).count()).as("at most 5 options: %s", screen)
			.isLessThanOrEqualTo(5);
		assertThat(screen).doesNotContain("''").doesNotContain("{").doesNotContain("??");
	}

	static String session() {
		return "ATUid_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * A paid order of the demo importer from the cooperative; returns its id and number.
	 */
	Order paidOrder() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 50, 15_000, 1);
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
				 "deliveryAddress":{"name":"Wang Fang","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(lot.id(), lot.corridor());
		String placed = mvc
			.perform(SignIn.bearer(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("Idempotency-Key", UUID.randomUUID().toString()), tokens.of(mvc, IMPORTER)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(placed, "$.id");
		String number = JsonPath.read(placed, "$.number");
		mvc.perform(SignIn.bearer(post("/api/v1/orders/" + id + "/payments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"provider\":\"DEMO\"}")
			.header("Idempotency-Key", UUID.randomUUID().toString()), tokens.of(mvc, IMPORTER)))
			.andExpect(status().is2xxSuccessful());
		assertThat(orderStatus(id)).isEqualTo("PAID");
		return new Order(UUID.fromString(id), number);
	}

	/**
	 * Accepts the order as the cooperative on the web API and waits for its parcel
	 * (logistics creates it after the acceptance commits); returns its waybill number.
	 */
	String acceptedParcel(Order order) throws Exception {
		mvc.perform(SignIn.bearer(post("/api/v1/orders/" + order.id() + "/acceptance"), sellerToken()))
			.andExpect(status().isOk());
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			Optional<String> waybill = jdbc.sql("SELECT waybill FROM logistics_parcel WHERE order_id = :id")
				.param("id", order.id())
				.query(String.class)
				.optional();
			if (waybill.isPresent()) {
				return waybill.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no parcel for order " + order.number());
	}

	/** The Kigali hub's agent scans the parcel in (intake). */
	void receiveAtHub(String waybill) throws Exception {
		mvc.perform(SignIn.bearer(post("/api/v1/parcels/" + waybill + "/intake").contentType(MediaType.APPLICATION_JSON)
			.content("{\"measuredGrams\":1000}"), tokens.of(mvc, KIGALI_AGENT))).andExpect(status().isOk());
	}

	record Order(UUID id, String number) {

		String shortNumber() {
			return number.startsWith("ISK-") ? number.substring(4) : number;
		}

	}

	String orderStatus(String order) {
		return jdbc.sql("SELECT status FROM ordering_order WHERE id = CAST(:id AS UUID)")
			.param("id", order)
			.query(String.class)
			.single();
	}

	String sellerToken() throws Exception {
		return tokens.of(mvc, COOP_SELLER);
	}

	/**
	 * Walks a list screen (orders or lots) page by page ("5" for more) until a line holds
	 * {@code needle}; returns the text that selects it.
	 */
	String select(String session, String phone, String text, String screen, String needle) throws Exception {
		String current = screen;
		String path = text;
		for (int page = 0; page < 100; page++) {
			Optional<String> line = current.lines().filter(l -> l.contains(needle)).findFirst();
			if (line.isPresent()) {
				return path + "*" + line.get().charAt(0);
			}
			assertThat(current).as("more pages").contains("\n5 ");
			path = path + "*5";
			current = ussd(session, phone, path);
		}
		throw new AssertionError(needle + " not found");
	}

}

package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isoko.channels.sms.SimulatedSmsGateway;
import org.isoko.channels.sms.SmsSender;
import org.isoko.channels.ussd.UssdTexts;
import org.isoko.shared.Msisdn;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The USSD channel at the protocol level: what a gateway sends, what a phone shows. */
class UssdIntegrationTests extends UssdTestSupport {

	@Autowired
	SmsSender sender;

	@Autowired
	SimulatedSmsGateway smsGateway;

	@Autowired
	Clock clock;

	@Autowired
	UssdTexts texts;

	static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");

	@Test
	void aSellerAcceptsAnOrderAfterThePinAndARetriedRequestActsOnce() throws Exception {
		resetCoop("en");
		Order order = paidOrder();
		String s = session();

		assertThat(ussd(s, COOP_PHONE, "")).isEqualTo("CON Enter your Isoko PIN:");
		assertThat(ussd(s, COOP_PHONE, COOP_PIN)).startsWith("CON Isoko: Abahuzamugambi")
			.contains("1 Orders to accept")
			.contains("2 Stock of my lots")
			.contains("3 Balance and payouts")
			.contains("4 Orders to hand to the hub")
			.contains("5 Ururimi/Language/Langue");
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*1");
		assertThat(list).startsWith("CON Orders to accept:");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*1", list, order.shortNumber());
		assertThat(ussd(s, COOP_PHONE, chosen)).contains(order.shortNumber())
			.contains("1 Accept")
			.contains("2 Decline");

		String accepted = ussd(s, COOP_PHONE, chosen + "*1");
		assertThat(accepted).isEqualTo("END Order accepted. Prepare it for the hub.");
		// The gateway retries (a timeout on its side): the same answer, nothing done
		// again.
		assertThat(ussd(s, COOP_PHONE, chosen + "*1")).isEqualTo(accepted);
		assertThat(orderStatus(order.id().toString())).isEqualTo("ACCEPTED");
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM ordering_order_history WHERE order_id = :id AND to_status = 'ACCEPTED'")
					.param("id", order.id())
					.query(Long.class)
					.single())
			.isEqualTo(1);
		// The text repeats the PIN on every hop; nothing stores it.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM channels_ussd_hop WHERE answer LIKE '%" + COOP_PIN + "%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOrderAcceptedOnTheWebMeanwhileEndsWithAClearMessage() throws Exception {
		resetCoop("en");
		Order order = paidOrder();
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*1");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*1", list, order.shortNumber());
		ussd(s, COOP_PHONE, chosen);

		mvc.perform(SignIn.bearer(post("/api/v1/orders/" + order.id() + "/acceptance"), sellerToken()))
			.andExpect(status().isOk());

		assertThat(ussd(s, COOP_PHONE, chosen + "*1")).startsWith("END This order is no longer waiting");
	}

	@Test
	void aSellerDeclinesWithAReasonFromTheList() throws Exception {
		resetCoop("fr");
		Order order = paidOrder();
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*1");
		assertThat(list).startsWith("CON Commandes à accepter");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*1", list, order.shortNumber());
		ussd(s, COOP_PHONE, chosen);
		assertThat(ussd(s, COOP_PHONE, chosen + "*2")).contains("Pourquoi refusez-vous").contains("1 Plus de stock");

		assertThat(ussd(s, COOP_PHONE, chosen + "*2*1")).startsWith("END Commande refusée");
		assertThat(orderStatus(order.id().toString())).isIn("DECLINED", "REFUNDED");
		assertThat(jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :id AND to_status = 'DECLINED'")
			.param("id", order.id())
			.query(String.class)
			.single()).isEqualTo("Out of stock");
	}

	@Test
	void restockingAndRepricingALotActOnceThoughTheGatewayRetries() throws Exception {
		resetCoop("rw");
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*2");
		assertThat(list).startsWith("CON Ibicuruzwa byanjye");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*2", list, lot.reference());
		assertThat(ussd(s, COOP_PHONE, chosen)).contains(lot.reference()).contains("Hasigaye 20 kuri 20");
		ussd(s, COOP_PHONE, chosen + "*1");
		String restocked = ussd(s, COOP_PHONE, chosen + "*1*5");
		assertThat(restocked).isEqualTo("END Hongeweho 5. Hasigaye 25.");
		assertThat(ussd(s, COOP_PHONE, chosen + "*1*5")).isEqualTo(restocked);
		assertThat(lotFixtures.available(lot.id())).isEqualTo(25);

		String s2 = session();
		ussd(s2, COOP_PHONE, "");
		ussd(s2, COOP_PHONE, COOP_PIN);
		list = ussd(s2, COOP_PHONE, COOP_PIN + "*2");
		chosen = select(s2, COOP_PHONE, COOP_PIN + "*2", list, lot.reference());
		ussd(s2, COOP_PHONE, chosen);
		assertThat(ussd(s2, COOP_PHONE, chosen + "*2")).contains("RWF");
		assertThat(ussd(s2, COOP_PHONE, chosen + "*2*0")).startsWith("END Ntibyemewe");
		String s3 = session();
		ussd(s3, COOP_PHONE, "");
		ussd(s3, COOP_PHONE, COOP_PIN);
		list = ussd(s3, COOP_PHONE, COOP_PIN + "*2");
		chosen = select(s3, COOP_PHONE, COOP_PIN + "*2", list, lot.reference());
		ussd(s3, COOP_PHONE, chosen);
		ussd(s3, COOP_PHONE, chosen + "*2");
		assertThat(ussd(s3, COOP_PHONE, chosen + "*2*16500")).isEqualTo("END Igiciro gishya: 16500 RWF.");
		assertThat(jdbc.sql("SELECT price_minor FROM catalog_lot WHERE id = :id")
			.param("id", lot.id())
			.query(Long.class)
			.single()).isEqualTo(16_500);
	}

	@Test
	void theBalanceIsOneScreen() throws Exception {
		resetCoop("en");
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		assertThat(ussd(s, COOP_PHONE, COOP_PIN + "*3")).matches("(?s)END (No balance yet\\.|.*available.*)");
	}

	@Test
	void aSellerSeesTheWaybillOfAParcelToHandToTheHubAndAsksForAPickupOnce() throws Exception {
		resetCoop("en");
		Order order = paidOrder();
		String waybill = acceptedParcel(order);
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*4");
		assertThat(list).startsWith("CON To the hub:");
		// The order number and the waybill without its ISK- prefix, on one line.
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*4", list, order.shortNumber() + " " + waybill.substring(4));
		assertThat(ussd(s, COOP_PHONE, chosen))
			.startsWith("CON " + waybill + "\nOrder " + order.shortNumber() + ", 1 pcs, ")
			.contains("\nHub: Kigali hub, Kigali\n")
			.contains("1 I bring it")
			.contains("2 Pickup tomorrow");
		assertThat(ussd(s, COOP_PHONE, chosen + "*2")).isEqualTo("CON Address to collect the parcel from:");
		long version = parcelVersion(waybill);

		String asked = ussd(s, COOP_PHONE, chosen + "*2*Gakenke market, stall 4");
		LocalDate tomorrow = LocalDate.now(clock.withZone(KIGALI)).plusDays(1);
		assertThat(asked).isEqualTo("END Pickup asked for " + tomorrow.format(DateTimeFormatter.ofPattern("dd/MM"))
				+ ", 08:00-17:00, at Gakenke market, stall 4. Write " + waybill + " on the parcel.");
		// The gateway retries: the same answer, the pickup asked for once.
		assertThat(ussd(s, COOP_PHONE, chosen + "*2*Gakenke market, stall 4")).isEqualTo(asked);
		assertThat(parcelVersion(waybill)).isEqualTo(version + 1);
		assertThat(jdbc
			.sql("SELECT handover, pickup_address, pickup_from, pickup_to FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.single()).containsExactly("PICKUP", "Gakenke market, stall 4",
					tomorrow.atTime(8, 0).atZone(KIGALI).toInstant(),
					tomorrow.atTime(17, 0).atZone(KIGALI).toInstant());

		// Changed their mind: they bring it themselves.
		String t = session();
		ussd(t, COOP_PHONE, "");
		ussd(t, COOP_PHONE, COOP_PIN);
		list = ussd(t, COOP_PHONE, COOP_PIN + "*4");
		chosen = select(t, COOP_PHONE, COOP_PIN + "*4", list, waybill.substring(4));
		ussd(t, COOP_PHONE, chosen);
		assertThat(ussd(t, COOP_PHONE, chosen + "*1"))
			.isEqualTo("END Saved: bring it to Kigali hub, Kigali. Write " + waybill + " on the parcel.");
		assertThat(jdbc.sql("SELECT handover, pickup_address FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2)))
			.single()).containsExactly("DROP_OFF", null);
	}

	@Test
	void aParcelReceivedAtTheHubMeanwhileCanNoLongerChangeAndLeavesTheList() throws Exception {
		resetCoop("en");
		String waybill = acceptedParcel(paidOrder());
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*4");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*4", list, waybill.substring(4));
		ussd(s, COOP_PHONE, chosen);

		receiveAtHub(waybill);

		assertThat(ussd(s, COOP_PHONE, chosen + "*1")).isEqualTo("END This parcel is already at the hub.");
		assertThat(jdbc.sql("SELECT handover FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(String.class)
			.single()).isEqualTo("DROP_OFF");
		// A new look at the list: every page, and the parcel is on none.
		String t = session();
		ussd(t, COOP_PHONE, "");
		ussd(t, COOP_PHONE, COOP_PIN);
		String path = COOP_PIN + "*4";
		String screen = ussd(t, COOP_PHONE, path);
		while (true) {
			assertThat(screen).doesNotContain(waybill.substring(4));
			if (!screen.contains("\n5 ")) {
				break;
			}
			path = path + "*5";
			screen = ussd(t, COOP_PHONE, path);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw", "fr" })
	void everyHandoverScreenFitsAFeaturePhone(String language) throws Exception {
		resetCoop(language);
		String waybill = acceptedParcel(paidOrder());
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, COOP_PIN);
		String list = ussd(s, COOP_PHONE, COOP_PIN + "*4");
		String chosen = select(s, COOP_PHONE, COOP_PIN + "*4", list, waybill.substring(4));
		assertThat(ussd(s, COOP_PHONE, chosen)).contains(waybill);
		ussd(s, COOP_PHONE, chosen + "*2");
		assertThat(ussd(s, COOP_PHONE, chosen + "*2*" + "Kigali, KN 5 Rd, near the big market of Nyabugogo"))
			.startsWith("END ")
			.contains(waybill);
		String t = session();
		ussd(t, COOP_PHONE, "");
		ussd(t, COOP_PHONE, COOP_PIN);
		list = ussd(t, COOP_PHONE, COOP_PIN + "*4");
		chosen = select(t, COOP_PHONE, COOP_PIN + "*4", list, waybill.substring(4));
		ussd(t, COOP_PHONE, chosen);
		assertThat(ussd(t, COOP_PHONE, chosen + "*1")).startsWith("END ").contains(waybill);
		// An empty address: refused with a message, the drop-off stays.
		String u = session();
		ussd(u, COOP_PHONE, "");
		ussd(u, COOP_PHONE, COOP_PIN);
		list = ussd(u, COOP_PHONE, COOP_PIN + "*4");
		chosen = select(u, COOP_PHONE, COOP_PIN + "*4", list, waybill.substring(4));
		ussd(u, COOP_PHONE, chosen);
		ussd(u, COOP_PHONE, chosen + "*2");
		assertThat(ussd(u, COOP_PHONE, chosen + "*2*"))
			.startsWith("END " + texts.get(UssdTexts.language(language), "ussd.handover.badAddress"));
		assertThat(jdbc.sql("SELECT handover FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(String.class)
			.single()).isEqualTo("DROP_OFF");
		assertThat(answers).allSatisfy(UssdTestSupport::checkScreen);
	}

	private long parcelVersion(String waybill) {
		return jdbc.sql("SELECT version FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(Long.class)
			.single();
	}

	@Test
	void aPinIsSetWithACodeSentBySmsAndThreeWrongPinsLockTheNumber() throws Exception {
		jdbc.sql("DELETE FROM channels_ussd_subscriber WHERE phone = '250788700800'").update();
		String s = session();
		assertThat(ussd(s, COOP2_PHONE, "")).contains("1 Kinyarwanda").contains("2 English").contains("3 Francais");
		assertThat(ussd(s, COOP2_PHONE, "2")).isEqualTo("CON We sent a code by SMS to this number. Enter the code:");

		String message = jdbc.sql("""
				SELECT message FROM channels_sms_outbox WHERE recipient = '250788700800' AND purpose = 'USSD_CODE'
				ORDER BY created_at DESC LIMIT 1""").query(String.class).single();
		Matcher digits = Pattern.compile("[0-9]{6}").matcher(message);
		assertThat(digits.find()).isTrue();
		String code = digits.group();
		String wrong = code.equals("000000") ? "111111" : "000000";
		// The code is sent after the transaction, once, however often the sender runs.
		sender.sendDue();
		sender.sendDue();
		assertThat(smsGateway.sentTo(Msisdn.of(COOP2_PHONE)).stream().filter(m -> m.text().equals(message))).hasSize(1);

		assertThat(ussd(s, COOP2_PHONE, "2*" + wrong)).startsWith("CON Wrong or expired code");
		assertThat(ussd(s, COOP2_PHONE, "2*" + wrong + "*" + code)).isEqualTo("CON Choose a PIN of 4 digits:");
		String pinned = "2*" + wrong + "*" + code + "*2468";
		assertThat(ussd(s, COOP2_PHONE, pinned)).isEqualTo("CON Enter the same PIN again:");
		assertThat(ussd(s, COOP2_PHONE, pinned + "*2468")).startsWith("CON Isoko: Nyampinga");
		String hash = jdbc.sql("SELECT pin_hash FROM channels_ussd_subscriber WHERE phone = '250788700800'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("2468");

		// The number alone is never enough: a new session asks for the PIN again.
		String t = session();
		assertThat(ussd(t, COOP2_PHONE, "")).isEqualTo("CON Enter your Isoko PIN:");
		assertThat(ussd(t, COOP2_PHONE, "1111")).isEqualTo("CON Wrong PIN. Enter your PIN:");
		assertThat(ussd(t, COOP2_PHONE, "1111*9999")).isEqualTo("CON Wrong PIN. Enter your PIN:");
		assertThat(ussd(t, COOP2_PHONE, "1111*9999*0000")).startsWith("END Too many wrong tries");
		String u = session();
		assertThat(ussd(u, COOP2_PHONE, "")).startsWith("END Too many wrong tries");
		assertThat(ussd(session(), COOP2_PHONE, "2468")).startsWith("END Too many wrong tries");
	}

	@Test
	void numbersOfNoVerifiedSellerGetNoMenu() throws Exception {
		// A buyer's number, a pending seller's number, a number nobody registered.
		for (String phone : List.of("+254712345678", "+250788500600", "+250788999999", "not a number")) {
			assertThat(ussd(session(), phone, "")).startsWith("END This number has no Isoko seller account");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw", "en", "fr" })
	void everyScreenFitsAFeaturePhoneInEveryLanguage(String language) throws Exception {
		resetCoop(language);
		Order order = paidOrder();
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String s = session();
		ussd(s, COOP_PHONE, "");
		ussd(s, COOP_PHONE, "9999");
		ussd(s, COOP_PHONE, "9999*" + COOP_PIN);
		String menu = "9999*" + COOP_PIN;
		String list = ussd(s, COOP_PHONE, menu + "*1");
		String chosen = select(s, COOP_PHONE, menu + "*1", list, order.shortNumber());
		ussd(s, COOP_PHONE, chosen);
		ussd(s, COOP_PHONE, chosen + "*2");
		ussd(s, COOP_PHONE, chosen + "*2*4");
		String t = session();
		ussd(t, COOP_PHONE, "");
		ussd(t, COOP_PHONE, COOP_PIN);
		list = ussd(t, COOP_PHONE, COOP_PIN + "*2");
		chosen = select(t, COOP_PHONE, COOP_PIN + "*2", list, lot.reference());
		ussd(t, COOP_PHONE, chosen);
		ussd(t, COOP_PHONE, chosen + "*1");
		ussd(t, COOP_PHONE, chosen + "*1*x");
		String u = session();
		ussd(u, COOP_PHONE, "");
		ussd(u, COOP_PHONE, COOP_PIN);
		ussd(u, COOP_PHONE, COOP_PIN + "*3");
		String v = session();
		ussd(v, COOP_PHONE, "");
		ussd(v, COOP_PHONE, COOP_PIN);
		ussd(v, COOP_PHONE, COOP_PIN + "*5");
		assertThat(ussd(v, COOP_PHONE, COOP_PIN + "*5*" + (language.equals("fr") ? "1" : "3"))).startsWith("CON Isoko");
		assertThat(answers).hasSizeGreaterThan(15).allSatisfy(UssdTestSupport::checkScreen);
	}

}

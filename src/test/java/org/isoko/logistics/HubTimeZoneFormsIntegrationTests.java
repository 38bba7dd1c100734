package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The pickup window and the departure cut-off are typed, and shown, on the clock of the
 * hub the parcel or departure leaves from, and stored as instants: 09:00 in Kigali
 * (UTC+2) is 07:00 UTC, 09:00 in Hangzhou (UTC+8) is 01:00 UTC.
 */
class HubTimeZoneFormsIntegrationTests extends LogisticsTestSupport {

	@Autowired
	LogisticsStore store;

	@Test
	void aKigaliPickupWindowIsTypedAndShownInKigaliTime() throws Exception {
		String waybill = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		LocalDateTime nine = inThreeDays(ZoneOffset.ofHours(2)).with(LocalTime.of(9, 0));
		requestPickup(waybill, nine, nine.plusHours(3));

		assertThat(pickup(waybill, "pickup_from")).isEqualTo(nine.toInstant(ZoneOffset.ofHours(2)));
		assertThat(pickup(waybill, "pickup_to")).isEqualTo(nine.plusHours(3).toInstant(ZoneOffset.ofHours(2)));
		assertThat(pickup(waybill, "pickup_from").atOffset(ZoneOffset.UTC).getHour()).isEqualTo(7);
		String page = parcelPage(waybill);
		assertThat(page).contains("Africa/Kigali", "value=\"" + nine + "\"", "value=\"" + nine.plusHours(3) + "\"")
			.doesNotContain("(UTC)");
	}

	@Test
	void aHangzhouPickupWindowIsTypedAndShownInHangzhouTime() throws Exception {
		String waybill = parcelLeavingHangzhou();
		LocalDateTime nine = inThreeDays(ZoneOffset.ofHours(8)).with(LocalTime.of(9, 0));
		requestPickup(waybill, nine, nine.plusHours(2));

		assertThat(pickup(waybill, "pickup_from")).isEqualTo(nine.toInstant(ZoneOffset.ofHours(8)));
		assertThat(pickup(waybill, "pickup_from").atOffset(ZoneOffset.UTC).getHour()).isEqualTo(1);
		assertThat(parcelPage(waybill)).contains("Asia/Shanghai", "value=\"" + nine + "\"");
	}

	@Test
	void aDepartureCutOffIsTypedInTheTimeOfTheHubItLeavesFrom() throws Exception {
		LocalDateTime kigaliSix = inThreeDays(ZoneOffset.ofHours(2)).with(LocalTime.of(18, 0));
		assertThat(cutoffOfNewConsignment(KIGALI, "KGL", "HGH", kigaliSix))
			.isEqualTo(kigaliSix.toInstant(ZoneOffset.ofHours(2)));
		LocalDateTime hangzhouSix = inThreeDays(ZoneOffset.ofHours(8)).with(LocalTime.of(18, 0));
		Instant hangzhou = cutoffOfNewConsignment(HANGZHOU, "HGH", "KGL", hangzhouSix);
		assertThat(hangzhou).isEqualTo(hangzhouSix.toInstant(ZoneOffset.ofHours(8)));
		assertThat(hangzhou.atOffset(ZoneOffset.UTC).getHour()).isEqualTo(10);

		for (String[] agent : new String[][] { { KIGALI, "Africa/Kigali" }, { HANGZHOU, "Asia/Shanghai" } }) {
			String form = mvc.perform(get("/logistics/consignments").session(SignIn.session(mvc, agent[0])))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(form).contains(agent[1]).doesNotContain("(UTC)");
		}
	}

	private LocalDateTime inThreeDays(ZoneOffset offset) {
		return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(3)), offset);
	}

	private void requestPickup(String waybill, LocalDateTime from, LocalDateTime to) throws Exception {
		mvc.perform(post("/parcels/" + waybill + "/handover").param("handover", "PICKUP")
			.param("pickupAddress", "KG 7 Ave, Kigali")
			.param("pickupFrom", from.toString())
			.param("pickupTo", to.toString())
			.session(SignIn.session(mvc, COOP))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private Instant pickup(String waybill, String column) {
		return jdbc.sql("SELECT " + column + " FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private String parcelPage(String waybill) throws Exception {
		return mvc.perform(get("/parcels/" + waybill).locale(Locale.ENGLISH).session(SignIn.session(mvc, COOP)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Instant cutoffOfNewConsignment(String agent, String origin, String destination, LocalDateTime cutoff)
			throws Exception {
		MockHttpSession session = SignIn.session(mvc, agent);
		String location = mvc
			.perform(post("/logistics/consignments")
				.param("corridor", lotFixtures.corridor(origin, destination).toString())
				.param("mode", "TRUCK")
				.param("cutoffAt", cutoff.toString())
				.param("capacityKg", "100")
				.param("capacityPieces", "10")
				.param("masterWaybill", "TZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT))
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/logistics/consignments/");
		return jdbc.sql("SELECT cutoff_at FROM logistics_consignment WHERE id = :id")
			.param("id", UUID.fromString(location.substring("/logistics/consignments/".length())))
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/** A parcel of the cooperative leaving from Hangzhou (as if it sold from there). */
	private String parcelLeavingHangzhou() {
		UUID organisation = jdbc.sql("SELECT organisation_id FROM identity_user WHERE email = :e")
			.param("e", COOP)
			.query(UUID.class)
			.single();
		Instant at = clock.instant();
		Parcel parcel = new Parcel(ParcelId.random(), Waybill.of(HubCode.of("HGH"), store.nextWaybillSerial()),
				OrderId.random(), "TZ-" + at.toEpochMilli(), new OrganisationId(organisation), "Cooperative",
				new UserId(UUID.randomUUID()), new CorridorId(lotFixtures.corridor("HGH", "KGL")), HubCode.of("HGH"),
				HubCode.of("KGL"), 1_000, 1, null, null, null, null, null, Handover.DROP_OFF, null,
				Milestone.LABEL_CREATED, null, at, null, null, at);
		store.insert(parcel);
		return parcel.waybill().value();
	}

}

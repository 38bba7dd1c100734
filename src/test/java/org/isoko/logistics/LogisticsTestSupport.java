package org.isoko.logistics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.support.CrossBorderTestSupport;
import org.isoko.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with demo users and a movable clock: orders placed, paid and
 * accepted through the API, so that each test has a parcel of its own.
 */
abstract class LogisticsTestSupport extends CrossBorderTestSupport {

	static final String BUYER = "buyer.cn@isoko.demo";
	static final String COOP = "seller.coop@isoko.demo";
	static final String SME = "seller.sme@isoko.demo";
	static final String KIGALI = "logistics.kigali@isoko.demo";
	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";
	static final String NAIROBI = "logistics.nairobi@isoko.demo";

	/** A well-formed waybill number no parcel has (serials are far from the top). */
	static final String UNKNOWN = new org.isoko.logistics.documents.HouseWaybillNumber(
			org.isoko.shared.HubCode.of("KGL"), 99_999_999L)
		.value();

	@Autowired
	MutableClock clock;

	String corridor() {
		return lotFixtures.corridor("KGL", "HGH").toString();
	}

	/**
	 * Takes the parcel in at Kigali (weighed {@code measuredGrams}), puts it on a new
	 * truck consignment to Hangzhou and departs it; the consignment's id.
	 */
	String departedConsignment(String waybill, long measuredGrams) throws Exception {
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":" + measuredGrams + "}")
			.andExpect(status().isOk());
		String consignment = JsonPath.read(call(KIGALI, post("/api/v1/consignments"),
				"""
						{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200}"""
					.formatted(corridor(), clock.instant().plus(Duration.ofHours(2))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
			.andExpect(status().isOk());
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());
		return consignment;
	}

	/**
	 * {@code count} parcels KGL→HGH of orders no module knows, created a day ago (label
	 * created), in waybill order: for carrier deliveries racing each other.
	 */
	List<Parcel> unknownOrdersParcels(LogisticsStore store, String orderPrefix, int count) {
		CorridorId corridor = new CorridorId(lotFixtures.corridor("KGL", "HGH"));
		List<Parcel> parcels = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant at = clock.instant().minus(Duration.ofDays(1));
			Parcel p = new Parcel(ParcelId.random(), Waybill.of(HubCode.of("KGL"), store.nextWaybillSerial()),
					OrderId.random(), orderPrefix + "-" + i, new OrganisationId(UUID.randomUUID()), "Race seller",
					new UserId(UUID.randomUUID()), corridor, HubCode.of("KGL"), HubCode.of("HGH"), 1_000, 1, null, null,
					null, null, null, Handover.DROP_OFF, null, Milestone.LABEL_CREATED, null, at, null, null, at);
			store.insert(p);
			parcels.add(p);
		}
		parcels.sort(Comparator.comparing(p -> p.waybill().value()));
		return parcels;
	}

}

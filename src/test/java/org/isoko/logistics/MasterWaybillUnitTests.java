package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class MasterWaybillUnitTests {

	static final HubCode KIGALI = HubCode.of("KGL");

	/**
	 * Drawn from the consignment's id, not the clock: consignments created in the same
	 * millisecond (or under a test clock that stands still) each get their own.
	 */
	@Test
	void aTruckConsignmentWithoutTheCarriersReferenceGetsOneOfOursPerConsignment() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String mawb = Consignments.masterWaybill(DepartureMode.TRUCK, null, KIGALI, ConsignmentId.random());
			assertThat(mawb).matches("MAWB-KGL-[0-9A-Z]{1,13}").hasSizeLessThanOrEqualTo(30);
			assertThat(seen.add(mawb)).as("drawn twice: %s", mawb).isTrue();
		}
	}

	@Test
	void theCarriersReferenceIsKeptAndAnAirWaybillMustBeTheAirlines() {
		assertThat(Consignments.masterWaybill(DepartureMode.SEA, " msku-123 ", KIGALI, ConsignmentId.random()))
			.isEqualTo("MSKU-123");
		assertThat(Consignments.masterWaybill(DepartureMode.FLIGHT, "17612345675", KIGALI, ConsignmentId.random()))
			.isEqualTo("176-12345675");
		assertThatThrownBy(() -> Consignments.masterWaybill(DepartureMode.FLIGHT, null, KIGALI, ConsignmentId.random()))
			.isInstanceOf(InvalidInput.class);
	}

}

package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad drop schedules get a clear error naming the field (or 403/409) and change nothing:
 * no drop row, the lot's stock as it was.
 */
class DropSchedulingIntegrationTests extends DropTestSupport {

	LotFixtures.Lot lot;

	Instant start;

	long dropsBefore;

	@BeforeEach
	void lot() {
		lot = coffee(50);
		start = clock.instant().plus(Duration.ofHours(1));
		dropsBefore = count("ordering_drop");
	}

	private void nothingChanged() {
		assertThat(count("ordering_drop")).isEqualTo(dropsBefore);
		assertThat(available(lot)).isEqualTo(50);
	}

	private ResultActions scheduleBad(String json) throws Exception {
		return schedule(OPERATOR, json);
	}

	@Test
	void refusesALotOfASellerOutsideTheOperatorsHub() throws Exception {
		schedule(OTHER_OPERATOR, dropJson("Not mine", lot, 10, 2, start, start.plusSeconds(3600)))
			.andExpect(status().isForbidden());
		nothingChanged();
	}

	@Test
	void refusesSellersEvenOnTheirOwnLot() throws Exception {
		schedule(COOP, dropJson("Seller's own", lot, 10, 2, start, start.plusSeconds(3600)))
			.andExpect(status().isForbidden());
		schedule(BUYER, dropJson("Buyer", lot, 10, 2, start, start.plusSeconds(3600)))
			.andExpect(status().isForbidden());
		nothingChanged();
	}

	@Test
	void refusesADropOverlappingAnotherOnTheSameLot() throws Exception {
		schedule(OPERATOR, dropJson("First", lot, 10, 2, start, start.plus(Duration.ofHours(2))))
			.andExpect(status().isCreated());
		dropsBefore++;
		schedule(OPERATOR,
				dropJson("Second", lot, 10, 2, start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("First")));
		assertThat(count("ordering_drop")).isEqualTo(dropsBefore);
		assertThat(available(lot)).isEqualTo(40);
		// Back to back is not an overlap: the first ends when the second starts.
		schedule(OPERATOR,
				dropJson("Third", lot, 10, 2, start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(3))))
			.andExpect(status().isCreated());
		assertThat(available(lot)).isEqualTo(30);
	}

	@Test
	void refusesACapOfZero() throws Exception {
		scheduleBad(dropJson("Zero cap", lot, 10, 0, start, start.plusSeconds(3600))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("perBuyerCap"));
		scheduleBad(dropJson("Cap above quantity", lot, 10, 11, start, start.plusSeconds(3600)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("perBuyerCap"));
		nothingChanged();
	}

	@Test
	void refusesAnEndBeforeTheStart() throws Exception {
		scheduleBad(dropJson("Backwards", lot, 10, 2, start, start.minusSeconds(60))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"))
			.andExpect(jsonPath("$.detail").value(containsString("after startsAt")));
		scheduleBad(dropJson("Empty window", lot, 10, 2, start, start)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"));
		scheduleBad(dropJson("Past", lot, 10, 2, start.minus(Duration.ofDays(2)), start.minus(Duration.ofDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"));
		nothingChanged();
	}

	@Test
	void refusesAQuantityAboveTheLotsAvailableStock() throws Exception {
		scheduleBad(dropJson("Too many", lot, 51, 2, start, start.plusSeconds(3600))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.detail").value(containsString("50 unit(s) available")));
		scheduleBad(dropJson("None", lot, 0, 1, start, start.plusSeconds(3600))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		nothingChanged();
	}

	@Test
	void refusesUnknownCorridorsAndCorridorsTheLotIsNotListedOn() throws Exception {
		scheduleBad(
				dropJson("Unknown corridor", lot, 10, 2, start, start.plusSeconds(3600), UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("corridors[0]"));
		String toNairobi = lotFixtures.corridor("KGL", "NBO").toString();
		scheduleBad(dropJson("Not listed", lot, 10, 2, start, start.plusSeconds(3600), lot.corridor().toString(),
				toNairobi))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("corridors[1]"))
			.andExpect(jsonPath("$.detail").value(containsString("not listed")));
		scheduleBad(
				"""
						{"title":"No corridors","lotId":"%s","quantity":5,"perBuyerCap":1,"startsAt":"%s","endsAt":"%s","corridors":[]}"""
					.formatted(lot.id(), start, start.plusSeconds(60)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("corridors"));
		nothingChanged();
	}

	@Test
	void refusesUnknownLotsMissingFieldsAndFractions() throws Exception {
		scheduleBad(
				"""
						{"title":"Ghost","lotId":"%s","quantity":5,"perBuyerCap":1,"startsAt":"%s","endsAt":"%s","corridors":["%s"]}"""
					.formatted(UUID.randomUUID(), start, start.plusSeconds(60), lot.corridor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lotId"));
		scheduleBad("""
				{"lotId":"%s","quantity":5,"perBuyerCap":1,"startsAt":"%s","endsAt":"%s","corridors":["%s"]}"""
			.formatted(lot.id(), start, start.plusSeconds(60), lot.corridor())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		scheduleBad(
				"""
						{"title":"Half","lotId":"%s","quantity":5.5,"perBuyerCap":1,"startsAt":"%s","endsAt":"%s","corridors":["%s"]}"""
					.formatted(lot.id(), start, start.plusSeconds(60), lot.corridor()))
			.andExpect(status().isBadRequest());
		nothingChanged();
	}

}

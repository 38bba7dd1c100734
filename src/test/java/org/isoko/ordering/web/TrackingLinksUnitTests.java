package org.isoko.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingLinksUnitTests {

	TrackingLinks links = TrackingLinks.fromTable();

	@Test
	void anIsokoWaybillLinksToIsokosPublicTrackingPageWhateverTheCarrier() {
		assertThat(links.url("Isoko logistics (KGL)", "ISK-KGL-00012345-42"))
			.isEqualTo("/track?waybill=ISK-KGL-00012345-42");
		assertThat(links.url(null, "iskkgl0001234542")).isEqualTo("/track?waybill=iskkgl0001234542");
	}

	@Test
	void aKnownCarrierLinksToItsOwnTrackingPageWithTheNumberEncoded() {
		assertThat(links.url("DHL Express", "JD 0146&x")).isEqualTo(
				"https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JD+0146%26x");
		assertThat(links.url("fedex", "7777")).isEqualTo("https://www.fedex.com/fedextrack/?trknbr=7777");
		assertThat(links.url("SF Express Hangzhou", "SF1")).startsWith("https://www.sf-express.com/");
	}

	@Test
	void anUnknownCarrierOrAWordThatOnlyContainsAKnownNameGivesNoLink() {
		assertThat(links.url("RwandAir Cargo", "WB-9")).isNull();
		assertThat(links.url("Groups Logistics", "WB-9")).as("'ups' inside another word").isNull();
		assertThat(links.url(null, "WB-9")).isNull();
		assertThat(links.url("DHL", " ")).isNull();
	}

}

package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo shows parcels in every milestone, a consignment departed and one open. China's
 * customs is kept out of the path here: it would take the demo parcel left waiting at
 * Hangzhou (ARRIVED_AT_DESTINATION) in hand; ChinaCustomsIntegrationTests tests that.
 */
@TestPropertySource(properties = { "isoko.logistics.demo-parcels=true", "isoko.customs.china.declare=false" })
class LogisticsDemoDataIntegrationTests extends LogisticsTestSupport {

	@Test
	void demoParcelsAreInEveryMilestoneWithAConsignmentDepartedAndOneOpen() {
		List<String> statuses = jdbc.sql("SELECT DISTINCT status FROM logistics_parcel").query(String.class).list();
		assertThat(statuses).containsAll(Arrays.stream(Milestone.values()).map(Enum::name).toList());
		List<String> consignments = jdbc.sql("SELECT status FROM logistics_consignment").query(String.class).list();
		assertThat(consignments).contains("OPEN", "DEPARTED", "ARRIVED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM logistics_parcel WHERE overweight_minor IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

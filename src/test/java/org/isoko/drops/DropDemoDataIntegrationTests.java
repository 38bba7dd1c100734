package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.isoko.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo drops: one live, one upcoming, one cancelled, on the cooperative's 2,000-bag
 * lot; a second run changes nothing.
 */
class DropDemoDataIntegrationTests extends DropTestSupport {

	@Autowired
	DropDemoData demo;

	@Autowired
	Catalog catalog;

	@Test
	void showsALiveAnUpcomingAndACancelledDropAndIsIdempotent() throws Exception {
		List<String> titles = jdbc.sql("SELECT title FROM ordering_drop ORDER BY starts_at").query(String.class).list();
		assertThat(titles).contains(DropDemoData.LIVE, DropDemoData.UPCOMING, DropDemoData.CANCELLED);
		// The cancelled one is not offered any more, shows why, and its bags went back to
		// the lot.
		mvc.perform(get("/api/v1/drops"))
			.andExpect(jsonPath("$.items[?(@.title == '" + DropDemoData.CANCELLED + "')]").doesNotExist());
		String cancelled = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM ordering_drop WHERE title = :title")
			.param("title", DropDemoData.CANCELLED)
			.query(String.class)
			.single();
		mvc.perform(get("/api/v1/drops/" + cancelled))
			.andExpect(jsonPath("$.phase").value("ENDED"))
			.andExpect(
					jsonPath("$.closeReason").value(org.hamcrest.Matchers.startsWith("Merged into the harvest drop")))
			.andExpect(jsonPath("$.returnedToLot").value(20));
		mvc.perform(get("/api/v1/drops"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.title == '" + DropDemoData.LIVE + "')].phase").value("LIVE"))
			.andExpect(jsonPath("$.items[?(@.title == '" + DropDemoData.UPCOMING + "')].phase").value("UPCOMING"));
		long drops = count("ordering_drop");
		int available = catalog.lotByReference("ABZ-2026-FW-01").orElseThrow().available();
		demo.run(null);
		assertThat(count("ordering_drop")).isEqualTo(drops);
		assertThat(catalog.lotByReference("ABZ-2026-FW-01").orElseThrow().available()).isEqualTo(available);
	}

}

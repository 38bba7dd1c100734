package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * The demo (demo users, orders and logistics parcels, China's customs in the path, EAC
 * imports declared on arrival) gives the Hangzhou officer declarations released, held and
 * rejected, and the Kigali and Nairobi officers the consignment entries the customs guide
 * promises (exports from Rwanda, imports into Kenya and into Rwanda), all made through
 * the real path.
 */
@TestPropertySource(properties = { "isoko.logistics.demo-parcels=true", "isoko.customs.eac.declare-imports=true" })
class CustomsDemoDataIntegrationTests extends CustomsTestSupport {

	static final String NAIROBI_OFFICER = "customs.nairobi@isoko.demo";

	static final String KENYAN_SELLER = "seller.ke@isoko.demo";

	static final String RWANDAN_BUYER = CustomsDemoEntries.RWANDAN_BUYER;

	@Test
	void theHangzhouOfficersQueueHasReleasedHeldAndRejectedDeclarations() throws Exception {
		String queue = call(OFFICER, get("/api/v1/customs/declarations?size=100")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> statuses = JsonPath.read(queue, "$.items[*].declaration.status");
		assertThat(statuses).contains("RELEASED", "HELD", "REJECTED");
		List<String> decisions = jdbc.sql("SELECT action FROM customs_officer_decision").query(String.class).list();
		assertThat(decisions).contains("HOLD", "REJECT");
		call(KIGALI_OFFICER, get("/api/v1/customs/declarations")).andExpect(status().isOk());
	}

	/**
	 * Kigali: the open flight's export entry queried by the officer, the Kenyan buyer's
	 * truck export released; Nairobi: that truck's import entry queried by Kenya's
	 * (simulated) customs for the lot's missing quality certificate, the order held in
	 * customs, and its seller reading both entries on the order.
	 */
	@Test
	void theKigaliAndNairobiOfficersHaveTheDemoEntriesTheGuidePromises() throws Exception {
		List<Map<String, Object>> kigali = entries(KIGALI_OFFICER);
		assertThat(kigali).allSatisfy(e -> assertThat(e).containsEntry("country", "RW"));
		assertThat(kigali).anySatisfy(e -> {
			assertThat(e).containsEntry("direction", "EXPORT").containsEntry("status", "QUERIED");
			assertThat((String) e.get("reason")).contains("quality certificate (demo)");
			assertThat(e.get("destinationHub")).hasToString("HGH");
		});
		assertThat(kigali).anySatisfy(e -> {
			assertThat(e).containsEntry("direction", "EXPORT").containsEntry("status", "RELEASED");
			assertThat((String) e.get("releaseNumber")).startsWith("RW-EXN-");
			assertThat(e.get("destinationHub")).hasToString("NBO");
		});

		// Kenya's customs answers after the demo has run: its query comes asynchronously.
		Map<String, Object> imported = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> entries(NAIROBI_OFFICER).stream()
				.filter(e -> "IMPORT".equals(e.get("direction")) && "QUERIED".equals(e.get("status")))
				.findFirst()
				.orElse(null), e -> e != null);
		assertThat(imported).containsEntry("country", "KE");
		assertThat((String) imported.get("reason")).contains("Documents missing").contains("quality certificate");
		assertThat(entries(NAIROBI_OFFICER)).allSatisfy(e -> assertThat(e).containsEntry("country", "KE"));
		assertThat(entries(OFFICER)).isEmpty();

		UUID order = jdbc.sql("SELECT DISTINCT order_id FROM customs_entry_line WHERE entry_id = :e")
			.param("e", UUID.fromString((String) imported.get("id")))
			.query(UUID.class)
			.single();
		assertThat(orders().orderStatus(order.toString())).isEqualTo("IN_CUSTOMS");
		call(COOP, get("/api/v1/orders/" + order + "/customs/entries")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].direction").value("EXPORT"))
			.andExpect(jsonPath("$.items[0].status").value("RELEASED"))
			.andExpect(jsonPath("$.items[1].direction").value("IMPORT"))
			.andExpect(jsonPath("$.items[1].status").value("QUERIED"))
			.andExpect(jsonPath("$.items[1].missingDocuments[0]").value("QUALITY_CERTIFICATE"));
	}

	/**
	 * Kigali: the Rwandan processor's two orders of Kenyan tea, each trucked NBO→KGL and
	 * declared for import into Rwanda on arrival; the officer released one (its order
	 * CLEARED) and queried the other in Kinyarwanda (its order IN_CUSTOMS, the query
	 * quoted with lang="rw"); the Nairobi tea packer reads both on their orders.
	 */
	@Test
	void theKigaliOfficerHasImportsIntoRwandaReleasedAndQueried() throws Exception {
		List<Map<String, Object>> imports = entries(KIGALI_OFFICER).stream()
			.filter(e -> "IMPORT".equals(e.get("direction")))
			.toList();
		assertThat(imports).hasSize(2).allSatisfy(e -> {
			assertThat(e).containsEntry("country", "RW");
			assertThat(e.get("originHub")).hasToString("NBO");
			assertThat(e.get("destinationHub")).hasToString("KGL");
		});
		Map<String, Object> released = imports.stream()
			.filter(e -> "RELEASED".equals(e.get("status")))
			.findFirst()
			.orElseThrow();
		assertThat((String) released.get("releaseNumber")).startsWith("RW-REL-");
		Map<String, Object> queried = imports.stream()
			.filter(e -> "QUERIED".equals(e.get("status")))
			.findFirst()
			.orElseThrow();
		assertThat(queried).containsEntry("reason", CustomsDemoEntries.RWANDAN_QUERY)
			.containsEntry("reasonLanguage", "rw");
		assertThat(entries(NAIROBI_OFFICER)).noneSatisfy(e -> assertThat(e.get("destinationHub")).hasToString("KGL"));

		String clearedOrder = orderOf(released);
		String heldOrder = orderOf(queried);
		assertThat(orders().orderStatus(clearedOrder)).isEqualTo("CLEARED");
		assertThat(orders().orderStatus(heldOrder)).isEqualTo("IN_CUSTOMS");
		call(KENYAN_SELLER, get("/api/v1/orders/" + clearedOrder + "/customs/entries")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].direction").value("IMPORT"))
			.andExpect(jsonPath("$.items[0].country").value("RW"))
			.andExpect(jsonPath("$.items[0].status").value("RELEASED"))
			.andExpect(jsonPath("$.items[0].missingDocuments.length()").value(0));
		call(KENYAN_SELLER, get("/api/v1/orders/" + heldOrder + "/customs/entries")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("QUERIED"))
			.andExpect(jsonPath("$.items[0].reason").value(CustomsDemoEntries.RWANDAN_QUERY))
			.andExpect(jsonPath("$.items[0].reasonLanguage").value("rw"));
		call(RWANDAN_BUYER, get("/api/v1/orders/" + clearedOrder)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLEARED"));
	}

	private String orderOf(Map<String, Object> entry) {
		return jdbc.sql("SELECT DISTINCT order_id FROM customs_entry_line WHERE entry_id = :e")
			.param("e", UUID.fromString((String) entry.get("id")))
			.query(UUID.class)
			.single()
			.toString();
	}

	/** The entries in an officer's queue (all of them: the demo makes a few). */
	private List<Map<String, Object>> entries(String officer) throws Exception {
		String queue = call(officer, get("/api/v1/customs/entries?size=100")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(queue, "$.items");
	}

}

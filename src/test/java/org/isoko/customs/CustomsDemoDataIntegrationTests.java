package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * The demo (demo users, orders and logistics parcels, China's customs in the path) gives
 * the Hangzhou officer declarations released, held and rejected, made through the real
 * path; Kigali's officer has none (export declarations are not built).
 */
@TestPropertySource(properties = "isoko.logistics.demo-parcels=true")
class CustomsDemoDataIntegrationTests extends CustomsTestSupport {

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

}

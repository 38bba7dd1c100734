package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.shared.PageOf;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The buyer's address book: saved addresses listed, added, edited, deleted, one the
 * default that checkout starts from; China's cross-border allowance for buyers in China
 * only.
 */
class AddressBookPagesIntegrationTests extends OrderingTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	AuditTrail audit;

	MockHttpServletRequestBuilder address(MockHttpServletRequestBuilder request, String line, String city) {
		return request.with(csrf())
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", line)
			.param("city", city)
			.param("region", "Zhejiang")
			.param("postcode", "310012");
	}

	List<UUID> saved(String email) {
		return jdbc.sql("SELECT id FROM ordering_saved_address WHERE buyer_id = :buyer ORDER BY created_at, id")
			.param("buyer", userId(email))
			.query(UUID.class)
			.list();
	}

	UUID defaultOf(String email) {
		return jdbc.sql("SELECT id FROM ordering_saved_address WHERE buyer_id = :buyer AND is_default")
			.param("buyer", userId(email))
			.query(UUID.class)
			.single();
	}

	@Test
	void aBuyerSavesAddressesChoosesTheDefaultAndCheckoutStartsFromIt() throws Exception {
		jdbc.sql("DELETE FROM ordering_saved_address WHERE buyer_id = :buyer").param("buyer", userId(BUYER)).update();
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/account?lang=en").session(buyer))
			.andExpect(content().string(containsString("href=\"/account/addresses\"")));
		mvc.perform(get("/account/addresses?lang=en").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"addresses-empty\"")))
			.andExpect(content().string(containsString("id=\"cbec-quota\"")))
			.andExpect(content().string(containsString(" used of RMB 26,000 this year")));

		// A bad phone number: said next to the field, nothing saved.
		mvc.perform(
				address(post("/account/addresses").session(buyer), "88 Wensan Road", "Hangzhou").param("phone", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(saved(BUYER)).isEmpty();

		mvc.perform(address(post("/account/addresses").session(buyer), "88 Wensan Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"))
			.andExpect(flash().attribute("addressDone", "added"));
		UUID home = saved(BUYER).get(0);
		assertThat(defaultOf(BUYER)).as("the first address is the default").isEqualTo(home);
		mvc.perform(address(post("/account/addresses").session(buyer), "1 Nanjing Road", "Shanghai")
			.param("makeDefault", "yes")).andExpect(redirectedUrl("/account/addresses"));
		// (the test clock may stand still: find it by its street, not its rank)
		UUID office = jdbc
			.sql("SELECT id FROM ordering_saved_address WHERE line = '1 Nanjing Road' AND buyer_id = :buyer")
			.param("buyer", userId(BUYER))
			.query(UUID.class)
			.single();
		assertThat(defaultOf(BUYER)).isEqualTo(office);

		// Checkout starts from the default, or from the saved address chosen.
		jdbc.sql("DELETE FROM ordering_cart_line WHERE buyer_id = :buyer").param("buyer", userId(BUYER)).update();
		org.isoko.support.LotFixtures.Lot lot = coffee(10);
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", "1")).andExpect(redirectedUrl("/cart"));
		mvc.perform(get("/checkout").session(buyer))
			.andExpect(content().string(containsString("value=\"1 Nanjing Road\"")))
			.andExpect(content().string(containsString("href=\"/checkout?address=" + home + "\"")));
		mvc.perform(get("/checkout?address=" + home).session(buyer))
			.andExpect(content().string(containsString("value=\"88 Wensan Road\"")));

		// Edit, make default, delete.
		mvc.perform(get("/account/addresses/" + home).session(buyer))
			.andExpect(content().string(containsString("value=\"88 Wensan Road\"")));
		mvc.perform(address(post("/account/addresses/" + home).session(buyer), "90 Wensan Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"));
		mvc.perform(post("/account/addresses/" + home + "/default").session(buyer).with(csrf()))
			.andExpect(redirectedUrl("/account/addresses"));
		assertThat(defaultOf(BUYER)).isEqualTo(home);
		mvc.perform(get("/account/addresses?lang=rw").session(buyer))
			.andExpect(content().string(containsString("90 Wensan Road")))
			.andExpect(content().string(containsString("Isanzwe")));
		mvc.perform(post("/account/addresses/" + home + "/delete").session(buyer).with(csrf()))
			.andExpect(flash().attribute("addressDone", "deleted"));
		assertThat(saved(BUYER)).containsExactly(office);
		assertThat(defaultOf(BUYER)).as("the default's successor").isEqualTo(office);

		// Another buyer neither sees nor changes it.
		MockHttpSession other = SignIn.session(mvc, OTHER_BUYER);
		mvc.perform(get("/account/addresses/" + office).session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/account/addresses/" + office + "/delete").session(other).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(saved(BUYER)).containsExactly(office);
	}

	@Test
	void theCrossBorderAllowanceIsShownToBuyersInChinaOnly() throws Exception {
		mvc.perform(get("/account/addresses?lang=en").session(SignIn.session(mvc, KENYAN_BUYER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"cbec-quota\""))));
		mvc.perform(get("/account/addresses").session(SignIn.session(mvc, COOP))).andExpect(status().isForbidden());
	}

	/**
	 * Every state change is recorded: which address and which fields, not the address.
	 */
	@Test
	void everyChangeToASavedAddressIsAuditedWithoutTheAddressItself() throws Exception {
		jdbc.sql("DELETE FROM ordering_saved_address WHERE buyer_id = :buyer")
			.param("buyer", userId(OTHER_BUYER))
			.update();
		MockHttpSession buyer = SignIn.session(mvc, OTHER_BUYER);
		mvc.perform(address(post("/account/addresses").session(buyer), "7 Xixi Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"));
		mvc.perform(address(post("/account/addresses").session(buyer), "9 Binjiang Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"));
		UUID first = jdbc.sql("SELECT id FROM ordering_saved_address WHERE line = '7 Xixi Road' AND buyer_id = :buyer")
			.param("buyer", userId(OTHER_BUYER))
			.query(UUID.class)
			.single();
		UUID second = jdbc
			.sql("SELECT id FROM ordering_saved_address WHERE line = '9 Binjiang Road' AND buyer_id = :buyer")
			.param("buyer", userId(OTHER_BUYER))
			.query(UUID.class)
			.single();
		mvc.perform(address(post("/account/addresses/" + first).session(buyer), "8 Xixi Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"));
		// Saved again unchanged: nothing to record.
		mvc.perform(address(post("/account/addresses/" + first).session(buyer), "8 Xixi Road", "Hangzhou"))
			.andExpect(redirectedUrl("/account/addresses"));
		mvc.perform(post("/account/addresses/" + second + "/default").session(buyer).with(csrf()))
			.andExpect(redirectedUrl("/account/addresses"));
		mvc.perform(post("/account/addresses/" + second + "/delete").session(buyer).with(csrf()))
			.andExpect(flash().attribute("addressDone", "deleted"));

		assertThat(auditOf("ADDRESS_SAVED", first, second)).hasSize(2)
			.allSatisfy(e -> assertThat(e.actor()).isEqualTo(OTHER_BUYER));
		assertThat(auditOf("ADDRESS_CHANGED", first)).singleElement()
			.satisfies(e -> assertThat(e.details()).isEqualTo("line"));
		assertThat(auditOf("ADDRESS_DEFAULT_CHOSEN", second)).hasSize(1);
		assertThat(auditOf("ADDRESS_DEFAULT_CHOSEN", first)).as("the deleted default's successor").hasSize(1);
		assertThat(auditOf("ADDRESS_DELETED", second)).singleElement()
			.satisfies(e -> assertThat(e.details()).isEqualTo("was the default"));
		assertThat(audit.entries(null, new PageOf.PageRequest(0, 100)).items())
			.filteredOn(e -> e.action().startsWith("ADDRESS_"))
			.allSatisfy(e -> assertThat(String.valueOf(e.details()) + e.target()).doesNotContain("Xixi", "Binjiang",
					"Hangzhou"));
	}

	private List<AuditTrail.Entry> auditOf(String action, UUID... addresses) {
		List<String> targets = java.util.Arrays.stream(addresses).map(id -> "saved address " + id).toList();
		return audit.entries(action, new PageOf.PageRequest(0, 100))
			.items()
			.stream()
			.filter(e -> targets.contains(e.target()))
			.toList();
	}

}

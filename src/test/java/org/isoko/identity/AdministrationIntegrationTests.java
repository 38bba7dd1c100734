package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * Role changes and the audit log are for admins only, and role changes are themselves
 * audited.
 */
class AdministrationIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserAccounts users;

	@Test
	void anAdminChangesRolesAndTheChangeIsAudited() throws Exception {
		String email = registerConsumer("promoted");
		String id = users.findByEmail(email).orElseThrow().id().toString();
		String admin = tokenFor("admin@isoko.demo");

		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[\"BUYER\",\"LOGISTICS_AGENT\"]}"),
				admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles.length()").value(2));

		assertThat(users.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.BUYER,
				Role.LOGISTICS_AGENT);
		String entries = mvc.perform(bearer(get("/api/v1/audit-events?action=roles_changed"), admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> targets = JsonPath.read(entries, "$.items[*].target");
		assertThat(targets).contains(email);
	}

	@Test
	void nobodyElseChangesRolesOrReadsTheAuditLog() throws Exception {
		String email = registerConsumer("ambitious");
		String id = users.findByEmail(email).orElseThrow().id().toString();
		String self = tokenFor(email, LONG_PASSWORD);
		String operator = tokenFor("operator.kigali@isoko.demo");

		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[\"ADMIN\"]}"), self))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[\"ADMIN\"]}"), operator))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/audit-events"), operator)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user(principal("operator.kigali@isoko.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/admin/users/" + id + "/roles").with(user(principal(email))).with(csrf()).param("roles", "ADMIN"))
			.andExpect(status().isForbidden());

		assertThat(users.findByEmail(email).orElseThrow().roles()).containsExactly(Role.BUYER);
	}

	@Test
	void refusesEmptyRoleSetsAndUnknownRoles() throws Exception {
		String email = registerConsumer("roles");
		String id = users.findByEmail(email).orElseThrow().id().toString();
		String admin = tokenFor("admin@isoko.demo");

		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[]}"), admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		mvc.perform(bearer(json(put("/api/v1/users/" + id + "/roles"), "{\"roles\":[\"KING\"]}"), admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("roles")));

		assertThat(users.findByEmail(email).orElseThrow().roles()).containsExactly(Role.BUYER);
	}

	@Test
	void theAuditPageShowsSignInsToAdmins() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "buyer.ke@isoko.demo").param("password", PASSWORD));

		mvc.perform(get("/admin/audit?action=LOGIN_SUCCEEDED").with(user(principal("admin@isoko.demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("buyer.ke@isoko.demo")));
	}

	@Test
	void theAuditFilterListsTheActionsTheLogHolds() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "buyer.ke@isoko.demo").param("password", PASSWORD));

		mvc.perform(get("/admin/audit?action=LOGIN_SUCCEEDED").with(user(principal("admin@isoko.demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select name=\"action\" id=\"audit-action\">")))
			.andExpect(content().string(containsString("<option value=\"LOGIN_SUCCEEDED\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"\">All actions</option>")));
	}

	@Test
	void adminsFindUsersByNameOrEmailWithTheirOrganisation() throws Exception {
		String page = mvc.perform(get("/admin/users?q=HABIMANA").with(user(principal("admin@isoko.demo"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("seller.coop@isoko.demo", "Abahuzamugambi Coffee Cooperative")
			.doesNotContain("seller.sme@isoko.demo", "buyer.ke@isoko.demo");

		mvc.perform(get("/admin/users?q=%25").with(user(principal("admin@isoko.demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No user matches.")));
		mvc.perform(get("/admin/users?q=habimana").with(user(principal("operator.kigali@isoko.demo"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void usersSeeOnlyTheirOwnOrganisation() throws Exception {
		String coop = organisationIdOf("Abahuzamugambi Coffee Cooperative").toString();
		String buyer = tokenFor("buyer.cn@isoko.demo");

		mvc.perform(bearer(get("/api/v1/organisations/" + coop), tokenFor("seller.coop@isoko.demo")))
			.andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/organisations/" + coop), buyer)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/organisations/" + coop), tokenFor("seller.sme@isoko.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/organisations"), buyer)).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/organisations/" + coop), tokenFor("admin@isoko.demo")))
			.andExpect(status().isOk());
	}

	@Test
	void theAccountAndTokenPagesShowOnlyTheUsersOwnData() throws Exception {
		mvc.perform(post("/account/tokens").with(user(principal("seller.coop@isoko.demo")))
			.with(csrf())
			.param("name", "coop-secret-name"));

		mvc.perform(get("/account/tokens").with(user(principal("seller.coop@isoko.demo"))))
			.andExpect(content().string(containsString("coop-secret-name")));
		mvc.perform(get("/account/tokens").with(user(principal("seller.sme@isoko.demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("coop-secret-name"))));
		mvc.perform(get("/account").with(user(principal("seller.coop@isoko.demo"))))
			.andExpect(content().string(containsString("Abahuzamugambi Coffee Cooperative")));
	}

	IsokoPrincipal principal(String email) {
		return new IsokoPrincipal(users.findByEmail(email).orElseThrow());
	}

	String tokenFor(String email, String password) throws Exception {
		String body = mvc
			.perform(post("/api/v1/tokens")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic(email, password)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

}

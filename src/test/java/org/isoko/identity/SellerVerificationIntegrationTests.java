package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@RecordApplicationEvents
class SellerVerificationIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserAccounts users;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	CredentialChanges credentials;

	@Test
	void theHubOperatorVerifiesAPendingSellerOfTheirHub(ApplicationEvents events) throws Exception {
		UUID seller = registerSeller("RW");
		String operator = tokenFor("operator.kigali@isoko.demo");

		mvc.perform(bearer(get("/api/v1/organisations?verification=PENDING&size=100"), operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + seller + "')]").exists());
		// No document uploaded: verifying needs the operator's confirmation.
		mvc.perform(
				bearer(json(post("/api/v1/organisations/" + seller + "/verification"), "{\"decision\":\"VERIFIED\"}"),
						operator))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RCA_CERTIFICATE")));
		assertThat(verificationOf(seller)).isEqualTo("PENDING");
		mvc.perform(bearer(json(post("/api/v1/organisations/" + seller + "/verification"),
				"{\"decision\":\"VERIFIED\",\"confirmIncompleteDocuments\":true}"), operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verification").value("VERIFIED"));

		assertThat(verificationOf(seller)).isEqualTo("VERIFIED");
		assertThat(events.stream(SellerVerified.class)).anyMatch(e -> e.organisationId().value().equals(seller));
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'SELLER_VERIFIED' AND details LIKE :d")
			.param("d", "%" + seller + "%confirmed without checked documents: TIN_CERTIFICATE RCA_CERTIFICATE%")
			.query(Long.class)
			.single()).isEqualTo(1);
		// Verifying twice is a conflict, not a silent second record.
		mvc.perform(
				bearer(json(post("/api/v1/organisations/" + seller + "/verification"), "{\"decision\":\"VERIFIED\"}"),
						operator))
			.andExpect(status().isConflict());
	}

	@Test
	void aRejectionNeedsAReasonTheSellerCanRead() throws Exception {
		UUID seller = registerSeller("RW");
		String operator = tokenFor("operator.kigali@isoko.demo");

		mvc.perform(
				bearer(json(post("/api/v1/organisations/" + seller + "/verification"), "{\"decision\":\"REJECTED\"}"),
						operator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(verificationOf(seller)).isEqualTo("PENDING");

		mvc.perform(bearer(
				json(post("/api/v1/organisations/" + seller + "/verification"),
						"{\"decision\":\"REJECTED\",\"reason\":\"The certificate of registration is unreadable\"}"),
				operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verificationReason").value("The certificate of registration is unreadable"));
		assertThat(verificationOf(seller)).isEqualTo("REJECTED");
	}

	/**
	 * Other modules read organisations from memory ({@link RememberedOrganisations}): a
	 * decision on this instance counts at once.
	 */
	@Test
	void otherModulesSeeADecisionAtOnce() throws Exception {
		UUID seller = registerSeller("RW");
		OrganisationId id = new OrganisationId(seller);
		credentials.poll();
		assertThat(directory.find(id).orElseThrow().verification()).isEqualTo(Verification.PENDING);

		mvc.perform(bearer(
				json(post("/api/v1/organisations/" + seller + "/verification"),
						"{\"decision\":\"REJECTED\",\"reason\":\"The certificate of registration is unreadable\"}"),
				tokenFor("operator.kigali@isoko.demo")))
			.andExpect(status().isOk());

		credentials.poll();
		assertThat(directory.find(id).orElseThrow().verification()).isEqualTo(Verification.REJECTED);
	}

	/**
	 * Another instance's decision raises the credential generation with it: this instance
	 * answers from memory until its poll sees the generation move, then reads it.
	 */
	@Test
	void anotherInstancesDecisionIsSeenAfterThePoll() throws Exception {
		UUID seller = registerSeller("RW");
		OrganisationId id = new OrganisationId(seller);
		credentials.poll();
		assertThat(directory.find(id).orElseThrow().verification()).isEqualTo(Verification.PENDING);

		jdbc.sql("UPDATE identity_organisation SET verification = 'VERIFIED', version = version + 1 WHERE id = :id")
			.param("id", seller)
			.update();
		credentials.poll();
		assertThat(directory.find(id).orElseThrow().verification()).as("remembered").isEqualTo(Verification.PENDING);

		jdbc.sql("UPDATE identity_credential_generation SET generation = generation + 1 WHERE id = 1").update();
		credentials.poll();
		assertThat(directory.find(id).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);
	}

	@Test
	void anOperatorOfAnotherHubCannotSeeOrVerifyTheSeller() throws Exception {
		UUID seller = registerSeller("RW");
		String hangzhou = tokenFor("operator.hangzhou@isoko.demo");

		mvc.perform(bearer(get("/api/v1/organisations/" + seller), hangzhou)).andExpect(status().isNotFound());
		mvc.perform(
				bearer(json(post("/api/v1/organisations/" + seller + "/verification"), "{\"decision\":\"VERIFIED\"}"),
						hangzhou))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/organisations?verification=PENDING&size=100"), hangzhou))
			.andExpect(jsonPath("$.items[?(@.id == '" + seller + "')]").doesNotExist());

		assertThat(verificationOf(seller)).isEqualTo("PENDING");
	}

	@Test
	void buyersAndSellersCannotVerifyAnybody() throws Exception {
		UUID seller = registerSeller("RW");

		for (String email : new String[] { "buyer.cn@isoko.demo", "seller.coop@isoko.demo" }) {
			mvc.perform(bearer(
					json(post("/api/v1/organisations/" + seller + "/verification"), "{\"decision\":\"VERIFIED\"}"),
					tokenFor(email)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		assertThat(verificationOf(seller)).isEqualTo("PENDING");
	}

	@Test
	void theOperatorPagesListAndVerifySellers() throws Exception {
		UUID seller = registerSeller("RW");
		RequestPostProcessor operator = signedIn("operator.kigali@isoko.demo");

		mvc.perform(get("/operator/sellers").with(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(seller.toString())));
		// The seller's page lists the registration details and what to check for a
		// cooperative.
		mvc.perform(get("/operator/sellers/" + seller + "?lang=en").with(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"registered-at\"")))
			.andExpect(content().string(containsString("What to check before verifying")))
			.andExpect(content().string(containsString("id=\"check-phone\"")))
			.andExpect(content().string(containsString("national cooperative authority (in Rwanda: RCA)")));
		mvc.perform(get("/operator/sellers/" + seller + "?lang=rw").with(operator))
			.andExpect(content().string(containsString("Ibyo kugenzura mbere yo kwemeza")));
		mvc.perform(post("/operator/sellers/" + seller + "/reject").with(operator).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(verificationOf(seller)).isEqualTo("PENDING");

		// Without documents, the box confirming they were checked another way must be
		// ticked.
		mvc.perform(post("/operator/sellers/" + seller + "/verify").with(operator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-error\"")));
		assertThat(verificationOf(seller)).isEqualTo("PENDING");
		mvc.perform(
				post("/operator/sellers/" + seller + "/verify").with(operator).with(csrf()).param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(verificationOf(seller)).isEqualTo("VERIFIED");
	}

	@Test
	void theOperatorPagesHideOtherHubsAndAreClosedToSellers() throws Exception {
		UUID seller = registerSeller("RW");

		mvc.perform(get("/operator/sellers/" + seller).with(signedIn("operator.hangzhou@isoko.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/operator/sellers/" + seller + "/verify").with(signedIn("operator.hangzhou@isoko.demo"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/operator/sellers").with(signedIn("seller.coop@isoko.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/operator/sellers")).andExpect(status().is3xxRedirection());

		assertThat(verificationOf(seller)).isEqualTo("PENDING");
	}

	/**
	 * Signs a demo user in for page tests, with the same principal the form login
	 * produces.
	 */
	RequestPostProcessor signedIn(String email) {
		IsokoPrincipal principal = new IsokoPrincipal(users.findByEmail(email).orElseThrow());
		return user(principal);
	}

	UUID registerSeller(String country) throws Exception {
		String email = uniqueEmail("seller");
		String body = mvc
			.perform(json(post("/api/v1/registrations"),
					"""
							{"kind":"COOPERATIVE","organisationName":"Coop %s","displayName":"Test","email":"%s","password":"%s","country":"%s",
							 "phone":"+250788123123"}"""
						.formatted(UUID.randomUUID(), email, LONG_PASSWORD, country)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.organisation.id"));
	}

	String verificationOf(UUID organisation) {
		return jdbc.sql("SELECT verification FROM identity_organisation WHERE id = :id")
			.param("id", organisation)
			.query(String.class)
			.single();
	}

}

package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.customs.ceb.ResidentId;
import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.OrderingTestSupport;
import org.isoko.shared.InvalidInput;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * The orderer's identity at checkout (required here, as in production): a cross-border
 * retail order without one, or with an invalid ID number, is refused naming the field
 * (API 400, page message by the field) and changes nothing; a valid one is stored sealed,
 * shown masked, reused by its buyer only, and erased once the retention after clearance
 * has passed (rows dated in the past; the shared clock is not moved).
 */
@TestPropertySource(properties = "isoko.customs.identity-at-checkout=true")
class OrdererIdentityIntegrationTests extends OrderingTestSupport {

	/** Fictional, well-formed numbers (GB 11643 check character). */
	static final String ID_NUMBER = "110105198807214114";

	@Autowired
	BuyerIdentities identities;

	@Autowired
	IdentityStore store;

	@Autowired
	IdentityErasure erasure;

	@Autowired
	IdentitySettings settings;

	static String withOrderer(String order, String orderer) {
		return order.substring(0, order.lastIndexOf('}')) + ",\"orderer\":" + orderer + "}";
	}

	@Test
	void theApiRefusesACrossBorderOrderWithoutOrWithAnInvalidIdentityNamingTheFieldAndChangesNothing()
			throws Exception {
		assertThat(ResidentId.isValid(ID_NUMBER)).isTrue();
		LotFixtures.Lot lot = coffee(10);
		long orders = count("ordering_order");
		long stored = count("customs_orderer_identity");
		String order = order(line(lot, "2"));

		place(BUYER, key(), order).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer"));
		place(BUYER, key(), withOrderer(order, "{\"name\":\"张伟\",\"idNumber\":\"110105198807214115\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.idNumber"));
		place(BUYER, key(), withOrderer(order, "{\"name\":\"张伟\",\"idNumber\":\"11010519880721451\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.idNumber"));
		place(BUYER, key(), withOrderer(order, "{\"name\":\" \",\"idNumber\":\"" + ID_NUMBER + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.name"));
		place(BUYER, key(), withOrderer(order, "{\"savedId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.savedId"));

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(count("customs_orderer_identity")).isEqualTo(stored);
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void aValidIdentityIsStoredSealedShownMaskedAndReusedByItsBuyerOnly() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String name = "张伟" + UUID.randomUUID().toString().substring(0, 4);
		String placed = place(BUYER, key(),
				withOrderer(order(line(lot, "2")), "{\"name\":\"" + name + "\",\"idNumber\":\"" + ID_NUMBER + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		OrderId first = new OrderId(UUID.fromString(JsonPath.read(placed, "$.id")));

		IdentityStore.Row row = store.ofOrder(first).orElseThrow();
		assertThat(row.masked()).isEqualTo("1101**********4114");
		assertThat(row.nameSealed()).doesNotContain(name);
		assertThat(row.idNumberSealed()).doesNotContain(ID_NUMBER).doesNotContain("4114");
		assertThat(identities.ofOrder(first)).get()
			.satisfies(saved -> assertThat(saved.maskedIdNumber()).isEqualTo("1101**********4114"));
		assertThat(store.events(row.id())).containsExactly("SAVED", "USED");

		// The buyer's order page shows it masked; never whole.
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/orders/" + first.value()).session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1101**********4114")))
			.andExpect(content().string(not(containsString(ID_NUMBER))));

		// The buyer's saved identities, masked, over the API.
		call(BUYER, get("/api/v1/customs/identities")).andExpect(status().isOk())
			.andExpect(content().string(containsString(row.id().toString())))
			.andExpect(content().string(containsString("1101**********4114")))
			.andExpect(content().string(not(containsString(ID_NUMBER))));
		// Reused on the next order, by its id; another buyer cannot use it.
		String second = place(BUYER, key(), withOrderer(order(line(lot, "1")), "{\"savedId\":\"" + row.id() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(store.ofOrder(new OrderId(UUID.fromString(JsonPath.read(second, "$.id"))))).get()
			.satisfies(r -> assertThat(r.id()).isEqualTo(row.id()));
		// (importer.cn is a business, so its orders are not cross-border retail: asked
		// of the service directly.)
		UserId other = new UserId(userId(OTHER_BUYER));
		assertThat(identities.problems(other, Orderer.reused(row.id()))).isEqualTo(Map.of("saved", "unknown"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> identities.keep(new OrderId(UUID.randomUUID()), other, Orderer.reused(row.id()),
					true, clock.instant()))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field())
			.isEqualTo("orderer.savedId");
		// Typed again, the same identity is not saved twice.
		assertThat(identities.saved(new UserId(userId(BUYER))).stream().filter(s -> s.id().equals(row.id())))
			.hasSize(1);
		assertThat(identities.save(new UserId(userId(BUYER)), name, ID_NUMBER, "CHECKOUT", Instant.now()))
			.isEqualTo(row.id());
	}

	@Test
	void theCheckoutPageShowsTheIdentityFieldsAndRefusesAnInvalidNumberByTheFieldChangingNothing() throws Exception {
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		emptyCart(BUYER);
		LotFixtures.Lot lot = coffee(10);
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", "2"));
		mvc.perform(get("/checkout").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"orderer-name\"")))
			.andExpect(content().string(containsString("id=\"orderer-idNumber\"")));
		long orders = count("ordering_order");

		mvc.perform(post("/checkout").session(buyer)
			.with(csrf())
			.header("Accept-Language", "zh")
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang")
			.param("orderer_saved", "new")
			.param("orderer_name", "张伟")
			.param("orderer_idNumber", "110105198807214115"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"orderer-idNumber-error\"")))
			.andExpect(content().string(not(containsString("110105198807214115"))));

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(10);

		mvc.perform(post("/checkout").session(buyer)
			.with(csrf())
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang")
			.param("orderer_saved", "new")
			.param("orderer_name", "张伟")
			.param("orderer_idNumber", ID_NUMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"placed\"")));
		assertThat(count("ordering_order")).isEqualTo(orders + 1);
	}

	@Test
	void anIdentityIsErasedOnceTheRetentionAfterItsOrdersEndedHasPassedAndTheErasureIsRecorded() {
		Duration retention = settings.identityRetention();
		Instant now = clock.instant();
		UserId buyer = new UserId(userId(OTHER_BUYER));
		OrderId old = new OrderId(UUID.randomUUID());
		OrderId recent = new OrderId(UUID.randomUUID());
		OrderId reusedOld = new OrderId(UUID.randomUUID());
		OrderId reusedOpen = new OrderId(UUID.randomUUID());
		identities.keep(old, buyer, Orderer.typed("王芳", "110105198807214114"), true, now.minus(Duration.ofDays(90)));
		identities.keep(recent, buyer, Orderer.typed("王芳二", ID_NUMBER), true, now.minus(Duration.ofDays(90)));
		identities.keep(reusedOld, buyer, Orderer.typed("王芳三", ID_NUMBER), true, now.minus(Duration.ofDays(90)));
		UUID reused = store.ofOrder(reusedOld).orElseThrow().id();
		identities.keep(reusedOpen, buyer, Orderer.reused(reused), true, now.minus(Duration.ofDays(1)));
		store.ended(old, now.minus(retention).minusSeconds(1));
		store.ended(recent, now.minus(retention).plusSeconds(60));
		store.ended(reusedOld, now.minus(retention).minusSeconds(1));
		UUID oldId = store.ofOrder(old).orElseThrow().id();
		UUID recentId = store.ofOrder(recent).orElseThrow().id();

		erasure.eraseDue(now);

		IdentityStore.Row erased = store.find(oldId).orElseThrow();
		assertThat(erased.erasedAt()).isCloseTo(now, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
		assertThat(erased.nameSealed()).isNull();
		assertThat(erased.idNumberSealed()).isNull();
		assertThat(erased.masked()).isEqualTo("1101**********4114");
		assertThat(store.events(oldId)).containsExactly("SAVED", "USED", "ERASED");
		assertThat(identities.ofOrder(old)).isEmpty();
		assertThat(identities.saved(buyer).stream().map(s -> s.id()).toList()).doesNotContain(oldId)
			.contains(recentId, reused);
		assertThat(store.find(recentId).orElseThrow().erasedAt()).isNull();
		assertThat(store.find(reused).orElseThrow().erasedAt()).as("reused by an order still open").isNull();
		assertThat(erasure.eraseDue(now)).isZero();
	}

	@Test
	void keepingRefusesWithTheFieldsNamed() {
		UserId buyer = new UserId(userId(OTHER_BUYER));
		OrderId order = new OrderId(UUID.randomUUID());
		assertThat(identities.problems(buyer, Orderer.typed("", "123")))
			.isEqualTo(Map.of("name", "required", "idNumber", "invalid"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> identities.keep(order, buyer, null, true, clock.instant()))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field())
			.isEqualTo("orderer");
		assertThat(store.ofOrder(order)).isEmpty();
		assertThat(List.of(identities.requiredAtCheckout())).containsExactly(true);
	}

	/**
	 * Removes every line of the buyer's cart through ordering's cart API, as the buyer
	 * would.
	 */
	private void emptyCart(String email) throws Exception {
		String token = token(email);
		String cart = mvc.perform(SignIn.bearer(get("/api/v1/cart"), token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = new ArrayList<>(JsonPath.<List<String>>read(cart, "$.groups[*].lines[*].id"));
		lines.addAll(JsonPath.<List<String>>read(cart, "$.unavailable[*].id"));
		for (String line : lines) {
			mvc.perform(SignIn.bearer(delete("/api/v1/cart/lines/" + line), token)).andExpect(status().isNoContent());
		}
	}

}

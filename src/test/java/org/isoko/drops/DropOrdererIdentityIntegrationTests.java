package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * A drop order of a consumer in China (cross-border retail) carries the orderer's name
 * and resident ID number as a cart order does, checked the same way before anything is
 * claimed (refusals name the field, on the API and on the drop's page, and change
 * nothing), kept encrypted with the order and declared with it; on the page, a saved
 * identity is chosen from the checkout page's fragment.
 */
@TestPropertySource(properties = "isoko.customs.identity-at-checkout=true")
class DropOrdererIdentityIntegrationTests extends DropTestSupport {

	static final String ID_NUMBER = "110105198807214114";

	static final String CHINESE_BUYER = "buyer.cn@isoko.demo";

	LotFixtures.Lot bags() {
		return lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
	}

	@Test
	void aDropOrderUnderCrossBorderRetailNeedsTheOrderersIdentityAndKeepsItWithTheOrder() throws Exception {
		BuyerFixtures.Buyer buyer = BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0);
		String drop = drop(bags(), 10, 2, Duration.ZERO);

		order(buyer, drop, key(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer"));
		order(buyer, drop, key(), "{\"name\":\"张伟\",\"idNumber\":\"110105198807214115\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.idNumber"));
		order(buyer, drop, key(), "{\"name\":\"\",\"idNumber\":\"" + ID_NUMBER + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.name"));
		order(buyer, drop, key(), "{\"savedId\":\"" + UUID.randomUUID() + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderer.savedId"));
		assertThat(remaining(drop)).isEqualTo(10);
		assertThat(ordersOf(buyer)).isZero();

		String key = key();
		String body = order(buyer, drop, key, "{\"name\":\"张伟\",\"idNumber\":\"" + ID_NUMBER + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID order = UUID.fromString(JsonPath.read(body, "$.id"));
		assertThat(remaining(drop)).isEqualTo(9);
		// Kept sealed, linked to the order, masked in the clear.
		assertThat(jdbc.sql("""
				SELECT i.id_number_masked FROM customs_order_orderer o
				JOIN customs_orderer_identity i ON i.id = o.identity_id WHERE o.order_id = :o""")
			.param("o", order)
			.query(String.class)
			.single()).isEqualTo("1101**********4114");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM customs_orderer_identity
				WHERE user_id = :u AND (id_number_sealed LIKE '%4114%' OR name_sealed LIKE '%张伟%')""")
			.param("u", buyer.userId())
			.query(Long.class)
			.single()).isZero();
		// The same request again is the same order; the same key with another identity
		// is refused.
		order(buyer, drop, key, "{\"name\":\"张伟\",\"idNumber\":\"" + ID_NUMBER + "\"}")
			.andExpect(jsonPath("$.id").value(order.toString()));
		order(buyer, drop, key, "{\"name\":\"李娜\",\"idNumber\":\"" + ID_NUMBER + "\"}")
			.andExpect(status().is4xxClientError());
		assertThat(ordersOf(buyer)).isEqualTo(1);
		// A saved identity is chosen by its id.
		UUID saved = jdbc.sql("SELECT identity_id FROM customs_order_orderer WHERE order_id = :o")
			.param("o", order)
			.query(UUID.class)
			.single();
		String second = JsonPath
			.read(order(buyer, drop, key(), "{\"savedId\":\"" + saved + "\"}").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		assertThat(jdbc.sql("SELECT identity_id FROM customs_order_orderer WHERE order_id = :o")
			.param("o", UUID.fromString(second))
			.query(UUID.class)
			.single()).isEqualTo(saved);
	}

	@Test
	void theDropPageAsksForTheIdentityAndRefusesByTheFieldInTheBuyersLanguage() throws Exception {
		String drop = drop(bags(), 10, 2, Duration.ZERO);
		MockHttpSession buyer = SignIn.session(mvc, CHINESE_BUYER);
		String page = mvc.perform(get("/drops/" + drop + "?lang=zh").session(buyer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"orderer\"", "id=\"orderer-idNumber\"");

		String refused = place(buyer, drop, "").andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"orderer-name-error\"").doesNotContain("ordering.orderer.");
		String invalid = place(buyer, drop, "&orderer_name=%E5%BC%A0%E4%BC%9F&orderer_idNumber=110105198807214115")
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("id=\"orderer-idNumber-error\"").doesNotContain("id=\"orderer-name-error\"");
		assertThat(remaining(drop)).isEqualTo(10);

		MvcResult placed = place(buyer, drop, "&orderer_name=%E5%BC%A0%E4%BC%9F&orderer_idNumber=" + ID_NUMBER)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(placed.getResponse().getRedirectedUrl()).startsWith("/orders/");
		assertThat(remaining(drop)).isEqualTo(9);
	}

	@Test
	void onTheDropPageTheBuyerChoosesASavedIdentityShownMaskedInEachLanguage() throws Exception {
		String drop = drop(bags(), 10, 2, Duration.ZERO);
		MockHttpSession buyer = SignIn.session(mvc, CHINESE_BUYER);
		// The first order types the identity, which is saved (sealed) with it.
		MvcResult first = place(buyer, drop,
				"&orderer_saved=new&orderer_name=%E5%BC%A0%E4%BC%9F&orderer_idNumber=" + ID_NUMBER)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID saved = identityOf(first);

		for (String lang : List.of("en", "fr", "rw", "zh")) {
			String page = mvc.perform(get("/drops/" + drop + "?lang=" + lang).session(buyer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(lang)
				.contains("id=\"orderer-saved-" + saved + "\"", "张伟 · 1101**********4114", "id=\"orderer-saved-new\"")
				.doesNotContain(ID_NUMBER, "ordering.orderer.", "??");
		}
		// Choosing an identity the buyer does not have is refused by that choice, in
		// Chinese, and claims nothing.
		String unknown = place(buyer, drop, "&orderer_saved=" + UUID.randomUUID()).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("id=\"orderer-saved-error\"", "请选择一个已保存的身份")
			.doesNotContain("id=\"orderer-name-error\"");
		// Another identity, mistyped: refused by the number; the choice "new" stays
		// checked.
		String mistyped = place(buyer, drop,
				"&orderer_saved=new&orderer_name=%E6%9D%8E%E5%A8%9C&orderer_idNumber=110105198807214115")
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mistyped).contains("id=\"orderer-idNumber-error\"")
			.containsPattern("value=\"new\" id=\"orderer-saved-new\"\\s+checked")
			.doesNotContain("id=\"orderer-saved-error\"");
		assertThat(remaining(drop)).isEqualTo(9);

		MvcResult second = place(buyer, drop, "&orderer_saved=" + saved).andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(identityOf(second)).isEqualTo(saved);
		assertThat(remaining(drop)).isEqualTo(8);
	}

	/** The identity the order placed from the page was kept with. */
	private UUID identityOf(MvcResult placed) {
		String url = placed.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/orders/");
		UUID order = UUID.fromString(url.substring("/orders/".length(), url.indexOf('?')));
		return jdbc.sql("SELECT identity_id FROM customs_order_orderer WHERE order_id = :o")
			.param("o", order)
			.query(UUID.class)
			.single();
	}

	private ResultActions order(BuyerFixtures.Buyer buyer, String drop, String key, String orderer) throws Exception {
		String body = "{\"quantity\":1,\"deliveryAddress\":" + ADDRESS
				+ (orderer == null ? "" : ",\"orderer\":" + orderer) + "}";
		ResultActions sent = mvc
			.perform(SignIn.bearer(post("/api/v1/drops/" + drop + "/orders").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", key)
				.content(body), buyer.token()));
		MvcResult started = sent.andReturn();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !started.getRequest().isAsyncStarted());
		return sent;
	}

	private ResultActions place(MockHttpSession buyer, String drop, String orderer) throws Exception {
		return mvc.perform(post("/drops/" + drop + "/orders?lang=zh").session(buyer)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("key=" + UUID.randomUUID() + "&quantity=1&name=Li+Wei&phone=%2B86+138+0013+8000"
					+ "&line=88+Wensan+Road&city=Hangzhou&region=Zhejiang" + orderer));
	}

	private long ordersOf(BuyerFixtures.Buyer buyer) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_order WHERE buyer_id = :u")
			.param("u", buyer.userId())
			.query(Long.class)
			.single();
	}

}

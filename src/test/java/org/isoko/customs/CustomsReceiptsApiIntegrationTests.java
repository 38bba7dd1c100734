package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Customs' receipts over HTTP, as a real customs' data exchange delivers them: signed,
 * once or again, late, out of order or not at all. The simulated customs takes the four
 * messages but its answers are held back (its outage without answers); the test then
 * delivers them itself through {@code POST /api/v1/customs/china/receipts}.
 */
class CustomsReceiptsApiIntegrationTests extends CustomsTestSupport {

	static final String RECEIPTS = "/api/v1/customs/china/receipts";

	@AfterEach
	void customsBack() {
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
	}

	@Test
	void receiptsInReverseOrderReleaseOnceAndTheRestAreDuplicates() throws Exception {
		List<Receipt> receipts = heldBackReceiptsOfANewDeclaration();
		assertThat(receipts).extracting(Receipt::type)
			.containsExactlyInAnyOrder(MessageType.CEB312, MessageType.CEB412, MessageType.CEB512, MessageType.CEB622);
		String order = orderOf(receipts);

		// The release first, then the entry receipts it would normally follow.
		List<String> reversed = bodies(receipts, Comparator.comparing((Receipt r) -> r.type()).reversed());
		deliver(reversed.get(0)).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(declarationStatus(order)).isEqualTo("RELEASED");
		assertThat(orderStatus(order)).isEqualTo("CLEARED");
		for (String late : reversed.subList(1, reversed.size())) {
			deliver(late).andExpect(jsonPath("$.outcome").value("APPLIED"));
		}
		// Each again (customs resends what it thinks was lost): nothing changes.
		for (String again : reversed) {
			deliver(again).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		}
		// The simulator's own deliveries, once it answers again, are duplicates too.
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
		assertThat(declarationStatus(order)).isEqualTo("RELEASED");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
				WHERE d.order_id = :o AND e.status = 'RELEASED'""")
			.param("o", java.util.UUID.fromString(order))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theReleaseAloneIsEnoughWhenTheEntryReceiptsAreLost() throws Exception {
		List<Receipt> receipts = heldBackReceiptsOfANewDeclaration();
		String order = orderOf(receipts);
		Receipt release = receipts.stream().filter(r -> r.type() == MessageType.CEB622).findFirst().orElseThrow();
		deliver(bodyOf(release)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(declarationStatus(order)).isEqualTo("RELEASED");
		assertThat(orderStatus(order)).isEqualTo("CLEARED");
	}

	@Test
	void anUnsignedOrTamperedReceiptIsRefusedAndChangesNothing() throws Exception {
		List<Receipt> receipts = heldBackReceiptsOfANewDeclaration();
		String order = orderOf(receipts);
		String release = bodyOf(
				receipts.stream().filter(r -> r.type() == MessageType.CEB622).findFirst().orElseThrow());
		// A release turned into a refusal on the way: the signature no longer verifies.
		String tampered = release.replace("<ceb:returnStatus>800<", "<ceb:returnStatus>100<");
		assertThat(tampered).isNotEqualTo(release);
		deliver(tampered).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Receipt refused"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail")
				.value("The receipt cannot be read or its signature does not verify with customs' key"))
			.andExpect(jsonPath("$.instance").value(RECEIPTS));
		deliver("<not-a-receipt/>").andExpect(status().isBadRequest());
		assertThat(declarationStatus(order)).isEqualTo("DECLARED");
		// A receipt is XML: anything else is refused before it is read.
		mvc.perform(post(RECEIPTS).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnsupportedMediaType());
	}

	/**
	 * A new cross-border parcel declared to a customs that takes the messages but holds
	 * its answers back; returns the receipts it made for them, parsed, with their signed
	 * bodies kept by {@link #bodyOf}.
	 */
	private List<Receipt> heldBackReceiptsOfANewDeclaration() throws Exception {
		List<String> before = simulator.sentReceipts();
		simulator.outage(ChinaCustomsSimulator.Outage.NO_ANSWER);
		String order = arrivedOrder();
		List<String> made = new ArrayList<>();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			made.clear();
			made.addAll(simulator.sentReceipts());
			made.removeAll(before);
			return made.size() == 4;
		});
		assertThat(declarationStatus(order)).isEqualTo("DECLARED");
		bodies.clear();
		List<Receipt> receipts = new ArrayList<>();
		for (String body : made) {
			Receipt receipt = Receipt.from(CebXml.read(body));
			bodies.put(receipt.guid(), body);
			receipts.add(receipt);
		}
		orders.put(receipts.get(0).guid(), order);
		return receipts;
	}

	private final java.util.Map<String, String> bodies = new java.util.HashMap<>();

	private final java.util.Map<String, String> orders = new java.util.HashMap<>();

	private String orderOf(List<Receipt> receipts) {
		return orders.get(receipts.get(0).guid());
	}

	private String bodyOf(Receipt receipt) {
		return bodies.get(receipt.guid());
	}

	private List<String> bodies(List<Receipt> receipts, Comparator<Receipt> order) {
		return receipts.stream().sorted(order).map(this::bodyOf).toList();
	}

	private ResultActions deliver(String signedXml) throws Exception {
		return mvc.perform(post(RECEIPTS).contentType(MediaType.APPLICATION_XML).content(signedXml));
	}

}

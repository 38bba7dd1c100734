package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.OrderMessage;
import org.isoko.customs.ceb.TaxBill;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * China's electronic tax bill (CEB816): after the CEB622 release the simulated customs
 * issues the inventory list's bill, signed; Isoko checks its taxes against the duty and
 * taxes withheld from the buyer (what it declared as taxTotal), keeps it once and records
 * its number on the order (the buyer's page shows it, in Chinese). A bill asking another
 * amount is recorded too and shown to the hub operators (their API, the declaration's
 * history); a bill for nothing declared, or not signed by customs, changes nothing.
 */
@TestPropertySource(properties = "isoko.customs.simulator.tax-bills=true")
class TaxBillIntegrationTests extends CustomsTestSupport {

	static final String OPERATOR = "operator.hangzhou@isoko.demo";

	static final String KIGALI_OPERATOR = "operator.kigali@isoko.demo";

	static final String ADMIN = "admin@isoko.demo";

	@Autowired
	CustomsReceipts receipts;

	@Test
	void theReleasedParcelsTaxBillAgreesWithTheQuoteAndItsNumberIsRecordedOnTheOrderOnce() throws Exception {
		String order = releasedOrder();
		String taxNo = awaitTaxBill(order);
		String invtNo = jdbc.sql("SELECT tax_bill_ref FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		java.util.Map<String, Object> bill = jdbc.sql("""
				SELECT t.invt_no, t.agrees, t.customs_tax_fen + t.vat_fen + t.consumption_tax_fen AS assessed,
				  t.withheld_fen FROM customs_tax_bill t JOIN customs_declaration d ON d.id = t.declaration_id
				WHERE d.order_id = :o""").param("o", UUID.fromString(order)).query().singleRow();
		assertThat(bill.get("invt_no")).isEqualTo(invtNo);
		assertThat(bill.get("agrees")).isEqualTo(Boolean.TRUE);
		assertThat(((Number) bill.get("assessed")).longValue()).isEqualTo(declaredTaxFen(order));
		assertThat(((Number) bill.get("withheld_fen")).longValue()).isEqualTo(declaredTaxFen(order));
		assertThat(declaredTaxFen(order)).isPositive();
		// On the order's timeline, its status unchanged; on the buyer's page in Chinese.
		assertThat(taxBillLines(order)).containsExactly("CLEARED CLEARED tax-bill:" + taxNo);
		String page = mvc.perform(get("/orders/" + order + "?lang=zh").session(SignIn.session(mvc, BUYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("电子税单", taxNo, "海关编号", invtNo, "海关已签发电子税单 " + taxNo)
			.doesNotContain("tax-bill:", "ordering.order.");
		assertThat(declarationReasons(order)).contains(TaxBills.ISSUED_KEY);

		// Delivered again (or again under another guid): recorded once.
		List<String> sent = simulator.sentTaxBills();
		assertThat(sent).isNotEmpty();
		for (String message : sent) {
			assertThat(receipts.receive(message)).isIn(CustomsReceipts.Outcome.DUPLICATE,
					CustomsReceipts.Outcome.UNKNOWN_DECLARATION);
		}
		TaxBill again = withGuid(simulatorsBill(order), guid());
		assertThat(receipts.receive(signedByCustoms(again))).isEqualTo(CustomsReceipts.Outcome.APPLIED);
		assertThat(taxBillLines(order)).hasSize(1);
		assertThat(declarationReasons(order)).containsOnlyOnce(TaxBills.ISSUED_KEY);

		assertThat(taxNos(OPERATOR, "")).contains(taxNo);
		assertThat(taxNos(OPERATOR, "agrees=false")).doesNotContain(taxNo);
		call(BUYER, get("/api/v1/customs-tax-bills")).andExpect(status().isForbidden());
		call(OFFICER, get("/api/v1/customs-tax-bills")).andExpect(status().isForbidden());
	}

	@Test
	void aTaxBillAskingAnotherAmountIsRecordedAndShownToTheOperator() throws Exception {
		String order = releasedOrder();
		awaitTaxBill(order);
		TaxBill issued = simulatorsBill(order);
		// Customs assessed one yuan more VAT than the quote withheld; over HTTP, as a
		// real customs delivers it.
		TaxBill more = new TaxBill(guid(), issued.returnTime(), issued.invtNo(), "TX-MORE-" + issued.invtNo(),
				issued.customsTax(), issued.valueAddedTax().add(BigDecimal.ONE), issued.consumptionTax(),
				TaxBill.GENERATED, null, null, null, issued.ebcCode(), issued.logisticsCode(), null,
				issued.customsCode(), issued.orderNo(), issued.logisticsNo(), issued.lines());
		mvc.perform(post("/api/v1/customs/china/receipts").contentType(MediaType.APPLICATION_XML)
			.content(signedByCustoms(more)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("APPLIED"))
			.andExpect(jsonPath("$.lines[0].type").value("CEB816"))
			.andExpect(jsonPath("$.lines[0].reference").value(issued.invtNo()));
		assertThat(declarationReasons(order)).contains(TaxBills.MISMATCH_KEY);
		assertThat(taxBillLines(order)).hasSize(2).last().asString().endsWith("tax-bill:" + more.taxNo());
		call(OPERATOR, get("/api/v1/customs-tax-bills?agrees=false")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].taxNo").value(more.taxNo()))
			.andExpect(jsonPath("$.items[0].orderNo").value(issued.orderNo()))
			.andExpect(jsonPath("$.items[0].agrees").value(false))
			.andExpect(jsonPath("$.items[0].difference.minorUnits").value(100))
			.andExpect(jsonPath("$.items[0].withheld.minorUnits").value(declaredTaxFen(order)));
		// The hub's operator reads it in the declaration's history, in Chinese.
		String page = mvc.perform(get("/orders/" + order + "/customs?lang=zh").session(SignIn.session(mvc, OPERATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("税额与向买家代扣的税款不一致");

		// A bill for nothing Isoko declared, and one not signed by customs.
		TaxBill nobody = new TaxBill(guid(), issued.returnTime(), "29912026I999999999", "TX-NOBODY-" + guid(),
				issued.customsTax(), issued.valueAddedTax(), issued.consumptionTax(), TaxBill.GENERATED, null, null,
				null, null, null, null, null, null, null, issued.lines());
		assertThat(receipts.receive(signedByCustoms(nobody))).isEqualTo(CustomsReceipts.Outcome.UNKNOWN_DECLARATION);
		String forged = signedByCustoms(withGuid(more, guid())).replace(">TX-MORE-", ">TX-FORGED-");
		assertThat(receipts.receive(forged)).isEqualTo(CustomsReceipts.Outcome.BAD_SIGNATURE);
		assertThat(taxBillLines(order)).hasSize(2);
	}

	@Test
	void aHubOperatorSeesTheirHubsTaxBillsAnotherHubsOperatorNoneAndAnAdminAllOnePageAtATime() throws Exception {
		String hangzhouOrder = releasedOrder();
		String hangzhouBill = awaitTaxBill(hangzhouOrder);
		// Another hub's bill: a declaration for Nairobi's hub (as if declared there).
		String nairobiOrder = releasedOrder();
		String nairobiBill = awaitTaxBill(nairobiOrder);
		jdbc.sql("UPDATE customs_declaration SET destination_hub = 'NBO' WHERE order_id = :o")
			.param("o", UUID.fromString(nairobiOrder))
			.update();
		long hangzhou = billsOf("HGH");
		long all = jdbc.sql("SELECT COUNT(*) FROM customs_tax_bill").query(Long.class).single();
		assertThat(hangzhou).isPositive().isLessThan(all);

		assertThat(taxNos(OPERATOR, "")).hasSize((int) hangzhou).contains(hangzhouBill).doesNotContain(nairobiBill);
		call(OPERATOR, get("/api/v1/customs-tax-bills")).andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalItems").value(hangzhou));
		call(KIGALI_OPERATOR, get("/api/v1/customs-tax-bills")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.totalPages").value(0));
		assertThat(taxNos(ADMIN, "")).hasSize((int) all).contains(hangzhouBill, nairobiBill);

		// One bill a page: as many pages as bills, each its own; the agrees filter kept.
		call(ADMIN, get("/api/v1/customs-tax-bills?size=1&page=1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").value(all))
			.andExpect(jsonPath("$.totalPages").value(all));
		assertThat(everyPage(ADMIN, "/api/v1/customs-tax-bills", 1, "$.items[*].taxNo")).doesNotHaveDuplicates()
			.hasSize((int) all);
		assertThat(taxNos(ADMIN, "agrees=true")).contains(hangzhouBill, nairobiBill);
		assertThat(taxNos(ADMIN, "agrees=false")).doesNotContain(hangzhouBill, nairobiBill);
		call(OPERATOR, get("/api/v1/customs-tax-bills?size=101")).andExpect(status().isBadRequest());
		call(OPERATOR, get("/api/v1/customs-tax-bills?page=-1")).andExpect(status().isBadRequest());
	}

	/** Every tax bill number the user's list shows, page after page of 100. */
	private List<String> taxNos(String user, String query) throws Exception {
		return everyPage(user, "/api/v1/customs-tax-bills?" + query, 100, "$.items[*].taxNo");
	}

	private long billsOf(String hub) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_tax_bill t JOIN customs_declaration d ON d.id = t.declaration_id
				WHERE d.destination_hub = :hub""").param("hub", hub).query(Long.class).single();
	}

	/** The number of the order's first tax bill, once it came. */
	private String awaitTaxBill(String order) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !taxBillLines(order).isEmpty());
		return jdbc.sql("""
				SELECT t.tax_no FROM customs_tax_bill t JOIN customs_declaration d ON d.id = t.declaration_id
				WHERE d.order_id = :o ORDER BY t.received_at LIMIT 1""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

	/** The tax bill the simulator issued for the order, read from what it sent. */
	private TaxBill simulatorsBill(String order) {
		String orderNo = jdbc.sql("SELECT order_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		return simulator.sentTaxBills()
			.stream()
			.flatMap(body -> CebXml.readBatch(CebXml.parse(body)).documents().stream())
			.map(TaxBill::from)
			.filter(b -> orderNo.equals(b.orderNo()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The duty and taxes Isoko declared (taxTotal of the CEB311): those withheld per the
	 * quote.
	 */
	private long declaredTaxFen(String order) {
		String body = jdbc.sql("""
				SELECT o.body FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB311'""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		return OrderMessage.from(CebXml.read(body)).taxTotal().movePointRight(2).longValueExact();
	}

	private List<String> taxBillLines(String order) {
		return jdbc.sql("""
				SELECT from_status || ' ' || to_status || ' ' || reason FROM ordering_order_history
				WHERE order_id = :o AND reason LIKE 'tax-bill:%' ORDER BY seq""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

	private String signedByCustoms(TaxBill bill) {
		return signedByCustoms(new CebBatch(MessageType.CEB816, bill.guid(), List.of(bill.toCeb())));
	}

	private static TaxBill withGuid(TaxBill b, String guid) {
		return new TaxBill(guid, b.returnTime(), b.invtNo(), b.taxNo(), b.customsTax(), b.valueAddedTax(),
				b.consumptionTax(), b.status(), b.entDutyNo(), b.note(), b.assureCode(), b.ebcCode(), b.logisticsCode(),
				b.agentCode(), b.customsCode(), b.orderNo(), b.logisticsNo(), b.lines());
	}

	private static String guid() {
		return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
	}

}

package org.isoko.customs;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.InventoryMessage;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.OrderMessage;
import org.isoko.customs.ceb.PaymentMessage;
import org.isoko.customs.ceb.Receipt;
import org.isoko.customs.ceb.TaxBill;
import org.isoko.customs.ceb.WaybillMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.isoko.shared.SqlTimes;

/**
 * A simulator of China's customs for cross-border retail import (9610), speaking the CEB
 * messages: it takes a signed message (refusing, with a CEB900, one whose signature does
 * not verify with Isoko's key or that it cannot read), keeps it once by guid,
 * acknowledges each with its receipt (CEB312/412/512, status 120), and when the order,
 * payment, waybill and inventory list of an order are all in, runs the
 * {@link MatchRules}: release (CEB622, 800) or hold for manual review (300) naming every
 * failed check. It keeps its own count of each buyer's year (by ID number), as customs
 * does. After a release it issues the inventory list's electronic tax bill (CEB816).
 * Receipts are signed with the simulator's own key pair (drawn at each start) and
 * delivered to {@link CustomsReceipts} after the configured delay, asynchronously.
 */
@Service
@Conditional(CustomsSimulatorEnabled.class)
public class ChinaCustomsSimulator implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(ChinaCustomsSimulator.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final CebXml.Transfer CUSTOMS = new CebXml.Transfer("GACC", "China Customs (simulator)",
			"DXPGACC000000001");

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batchJdbc;

	private final CustomsKeys platform;

	private final ObjectProvider<CustomsReceipts> receipts;

	private final CustomsSettings settings;

	private final Clock clock;

	private final KeyPair keys = CustomsKeys.draw();

	private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "china-customs-simulator");
		thread.setDaemon(true);
		return thread;
	});

	ChinaCustomsSimulator(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, CustomsKeys platform,
			ObjectProvider<CustomsReceipts> receipts, CustomsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.batchJdbc = batchJdbc;
		this.platform = platform;
		this.receipts = receipts;
		this.settings = settings;
		this.clock = clock;
		this.outage = settings.simulator().outage();
	}

	/** The key the simulated customs signs its receipts with. */
	PublicKey publicKey() {
		return keys.getPublic();
	}

	/**
	 * An outage of the simulated customs: {@link #DOWN} takes nothing and answers 503;
	 * {@link #NO_ANSWER} takes the message but the sender hears nothing back (no answer,
	 * its receipts held back until the outage ends), so it sends the message again
	 * (customs must take it once).
	 */
	public enum Outage {

		NONE, DOWN, NO_ANSWER

	}

	private volatile Outage outage;

	/** The outage the simulator is in now ({@code isoko.customs.simulator.outage}). */
	public Outage outage() {
		return outage;
	}

	/** Starts or ends an outage (tests, the simulator's control endpoint). */
	public void outage(Outage mode) {
		LOG.info("China customs (simulator): outage {}", mode);
		this.outage = mode;
		if (mode == Outage.NONE) {
			// Back: the receipts held back during the outage go out now.
			List<Runnable> due = new ArrayList<>(heldBack);
			heldBack.removeAll(due);
			due.forEach(Runnable::run);
		}
	}

	/** Receipts of messages taken while customs did not answer, sent when it is back. */
	private final List<Runnable> heldBack = new CopyOnWriteArrayList<>();

	/** What the simulator answered at once (the receipts follow). */
	public record Acceptance(boolean accepted, String detail) {
	}

	/**
	 * Takes one signed CEB message, as its HTTP endpoint does: one document or several of
	 * one type under one signature. The signature is checked once for the whole message
	 * (a message that does not verify is refused whole: one CEB900 naming its guid); then
	 * each document is taken on its own, by its own guid (one sent again, alone or in
	 * another message, is taken once), and answered by its own receipt line: a document
	 * that cannot be read by a CEB900 line naming its guid, the others acknowledged
	 * (120), and each order whose four documents are in matched. The lines of one kind go
	 * back together in one signed receipt message.
	 */
	@Transactional
	public Acceptance receive(String signedXml) {
		Instant now = clock.instant();
		org.w3c.dom.Document document;
		CebBatch batch;
		try {
			document = CebXml.parse(signedXml);
			batch = CebXml.readBatch(document);
		}
		catch (CebFormatException ex) {
			answer(List
				.of(new Receipt(MessageType.CEB900, guid(), "unknown", Receipt.FORMAT_ERROR, now, ex.getMessage())));
			return new Acceptance(false, ex.getMessage());
		}
		if (!CebSignature.verify(document, platform.signing().getPublic())) {
			answer(List.of(new Receipt(MessageType.CEB900, guid(), batch.guid(), Receipt.FORMAT_ERROR, now,
					"签名验证失败 (the signature does not verify)")));
			return new Acceptance(false, "The signature does not verify");
		}
		if (batch.type().sentByCustoms()) {
			return new Acceptance(false, batch.type() + " is customs' own message, not a declaration");
		}
		boolean alone = batch.documents().size() == 1;
		List<Receipt> refused = new ArrayList<>();
		List<CebMessage> readable = new ArrayList<>();
		List<SqlParameterSource> rows = new ArrayList<>();
		for (CebMessage message : batch.documents()) {
			String orderNo;
			try {
				orderNo = parse(message);
			}
			catch (CebFormatException ex) {
				refused.add(new Receipt(MessageType.CEB900, guid(), message.guid(), Receipt.FORMAT_ERROR, now,
						ex.getMessage()));
				continue;
			}
			// Kept as customs received it: the signed message itself, or a document of a
			// batch as a message of its own (its signature was the batch's).
			String body = alone ? signedXml : CebXml.toText(CebXml.write(message, transferOf(batch)));
			readable.add(message);
			rows.add(new MapSqlParameterSource().addValue("guid", message.guid())
				.addValue("type", message.type().name())
				.addValue("orderNo", orderNo)
				.addValue("body", body)
				.addValue("at", SqlTimes.utc(now)));
		}
		// Each kept once by its guid, in one JDBC batch.
		int[] added = rows.isEmpty() ? new int[0] : batchJdbc.batchUpdate("""
				INSERT INTO customs_sim_message (guid, message_type, order_no, body, received_at)
				SELECT :guid, :type, :orderNo, :body, :at
				WHERE NOT EXISTS (SELECT 1 FROM customs_sim_message WHERE guid = :guid)""",
				rows.toArray(SqlParameterSource[]::new));
		List<Receipt> entered = new ArrayList<>();
		Set<String> orders = new LinkedHashSet<>();
		Map<String, CebMessage> kept = new java.util.HashMap<>();
		int taken = readable.size();
		for (int i = 0; i < added.length; i++) {
			if (added[i] == 0) {
				continue;
			}
			CebMessage message = readable.get(i);
			kept.put(message.guid(), message);
			if (message.type() != MessageType.CEB621) {
				entered.add(new Receipt(Receipt.answering(message.type()), guid(), reference(message), Receipt.ENTERED,
						now, "海关入库成功"));
			}
			orders.add((String) rows.get(i).getValue("orderNo"));
		}
		answer(refused);
		answer(entered);
		remember(kept);
		if (!orders.isEmpty()) {
			matchingUntilCommitted();
		}
		List<Receipt> decided = new ArrayList<>();
		List<TaxBill> bills = new ArrayList<>();
		for (String orderNo : complete(orders)) {
			decide(orderNo, now, kept).ifPresent(d -> {
				decided.add(d.receipt());
				TaxBill bill = d.taxBill();
				if (bill != null) {
					bills.add(bill);
				}
			});
		}
		answer(decided);
		// The tax bills of the inventory lists released, after the releases.
		issue(bills);
		if (taken == 0) {
			String detail = refused.isEmpty() ? "nothing taken" : refused.get(0).returnInfo();
			return new Acceptance(false, detail);
		}
		return new Acceptance(true, alone ? batch.type() + " " + batch.guid() + " received" : batch.type() + " "
				+ batch.guid() + ": " + taken + " of " + batch.documents().size() + " documents received");
	}

	/**
	 * One message matched at a time, from its first count of an order's documents until
	 * its transaction ends: messages taken at once by several senders (or requests) each
	 * see the documents the others committed, so the last of an order's four to come in
	 * is matched with the other three even when two come in at the same moment (each
	 * would otherwise count three, its own and those committed before it, and neither
	 * match). Reading, verifying and keeping the documents go on side by side.
	 */
	private final ReentrantLock matching = new ReentrantLock();

	private void matchingUntilCommitted() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Customs takes a message in a transaction");
		}
		matching.lock();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				matching.unlock();
			}

		});
	}

	/** The sender named in a batch, kept with each of its documents. */
	private static CebXml.Transfer transferOf(CebBatch batch) {
		return new CebXml.Transfer("-", "(in " + batch.type() + " " + batch.guid() + ")", "-");
	}

	/**
	 * Runs the match once all four documents of the order are in, on the latest of each
	 * (an amendment replaces the document it amends). An order released stays released;
	 * one held is matched again when an amended document comes in.
	 */
	/**
	 * The orders of a message whose four kinds of document are all in, in the message's
	 * order: counted for the whole message in one query (by a hundred orders at most),
	 * before anything is read and parsed. Three messages in four wait for the rest of
	 * their orders; a count per order was a tenth of taking a message.
	 */
	private List<String> complete(Set<String> orders) {
		List<String> all = new ArrayList<>(orders);
		Set<String> complete = new java.util.HashSet<>();
		for (int from = 0; from < all.size(); from += CebBatch.MAX_DOCUMENTS) {
			complete.addAll(jdbc.sql("""
					SELECT order_no FROM customs_sim_message WHERE order_no IN (:orders)
					GROUP BY order_no HAVING COUNT(DISTINCT message_type) >= 4""")
				.param("orders", all.subList(from, Math.min(all.size(), from + CebBatch.MAX_DOCUMENTS)))
				.query(String.class)
				.list());
		}
		return all.stream().filter(complete::contains).toList();
	}

	private java.util.Optional<Decision> decide(String orderNo, Instant now, Map<String, CebMessage> kept) {
		Map<MessageType, CebMessage> documents = jdbc
			.sql("SELECT guid FROM customs_sim_message WHERE order_no = :o ORDER BY received_at, received_seq")
			.param("o", orderNo)
			.query(String.class)
			.list()
			.stream()
			.map(guid -> document(guid, kept))
			.collect(Collectors.toMap(CebMessage::type, m -> m, (earlier, amended) -> amended));
		if (documents.size() < 4) {
			return java.util.Optional.empty();
		}
		String decided = jdbc.sql("SELECT return_status FROM customs_sim_decision WHERE order_no = :o")
			.param("o", orderNo)
			.query(String.class)
			.optional()
			.orElse(null);
		if (Receipt.RELEASED.equals(decided)) {
			return java.util.Optional.empty();
		}
		if (decided != null) {
			jdbc.sql("DELETE FROM customs_sim_decision WHERE order_no = :o").param("o", orderNo).update();
		}
		OrderMessage order = OrderMessage.from(documents.get(MessageType.CEB311));
		PaymentMessage payment = PaymentMessage.from(documents.get(MessageType.CEB411));
		WaybillMessage waybill = WaybillMessage.from(documents.get(MessageType.CEB511));
		InventoryMessage inventory = InventoryMessage.from(documents.get(MessageType.CEB621));
		int year = now.atZone(CHINA).getYear();
		BigDecimal yearBefore = BigDecimal.valueOf(jdbc.sql(
				"SELECT COALESCE(SUM(total_fen), 0) FROM customs_sim_buyer_year WHERE id_number = :id AND purchase_year = :y")
			.param("id", order.buyerIdNumber())
			.param("y", year)
			.query(Long.class)
			.single(), 2);
		List<MatchRules.Failure> failures = rules()
			.check(new MatchRules.Documents(order, payment, waybill, inventory, yearBefore, null));
		String status = failures.isEmpty() ? Receipt.RELEASED : Receipt.MANUAL_REVIEW;
		String info = failures.isEmpty() ? "放行 (released)"
				: "人工审核 (held): " + failures.stream().map(Object::toString).collect(Collectors.joining("; "));
		jdbc.sql("""
				INSERT INTO customs_sim_decision (order_no, return_status, return_info, decided_at)
				VALUES (:o, :s, :i, :at)""")
			.param("o", orderNo)
			.param("s", status)
			.param("i", info.length() > 2000 ? info.substring(0, 2000) : info)
			.param("at", SqlTimes.utc(now))
			.update();
		if (failures.isEmpty()) {
			long fen = order.goodsValue()
				.add(order.freight())
				.add(waybill.insuredFee())
				.movePointRight(2)
				.longValueExact();
			int updated = jdbc.sql(
					"UPDATE customs_sim_buyer_year SET total_fen = total_fen + :f WHERE id_number = :id AND purchase_year = :y")
				.param("f", fen)
				.param("id", order.buyerIdNumber())
				.param("y", year)
				.update();
			if (updated == 0) {
				jdbc.sql(
						"INSERT INTO customs_sim_buyer_year (id_number, purchase_year, total_fen) VALUES (:id, :y, :f)")
					.param("id", order.buyerIdNumber())
					.param("y", year)
					.param("f", fen)
					.update();
			}
		}
		LOG.info("China customs (simulator) {} order {}: {}", failures.isEmpty() ? "released" : "held", orderNo, info);
		String invtNo = failures.isEmpty() ? inventoryNumber(now) : null;
		return java.util.Optional
			.of(new Decision(new Receipt(MessageType.CEB622, guid(), inventory.copNo(), status, now, info, invtNo),
					invtNo != null && settings.simulator().taxBills() ? taxBill(order, inventory, invtNo, now) : null));
	}

	/** A decision on an order's documents: the CEB622, and the tax bill of a release. */
	private record Decision(Receipt receipt, @Nullable TaxBill taxBill) {
	}

	/**
	 * The electronic tax bill of a released inventory list. The simulated customs has no
	 * tariff of its own: it assesses the taxes declared on the order (taxTotal) as import
	 * VAT, with no duty and no consumption tax (cross-border retail within the limits, on
	 * goods without consumption tax, such as coffee), spread over the lines by their
	 * value (the last line takes the rest of the fen). A real customs assesses on its
	 * tariff, which is what Isoko's check of the bill against the quote is for. Its
	 * number is the simulator's own ({@code TX} and 20 characters; the real format is not
	 * public).
	 */
	static TaxBill taxBill(OrderMessage order, InventoryMessage inventory, String invtNo, Instant now) {
		BigDecimal vat = order.taxTotal();
		BigDecimal goods = inventory.lines()
			.stream()
			.map(InventoryMessage.Line::totalPrice)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<TaxBill.Line> lines = new ArrayList<>();
		BigDecimal left = vat;
		List<InventoryMessage.Line> goodsLines = inventory.lines();
		for (int i = 0; i < goodsLines.size(); i++) {
			InventoryMessage.Line l = goodsLines.get(i);
			BigDecimal share = i == goodsLines.size() - 1 || goods.signum() == 0 ? left
					: vat.multiply(l.totalPrice()).divide(goods, 2, java.math.RoundingMode.DOWN);
			left = left.subtract(share);
			lines.add(new TaxBill.Line(l.gnum(), l.gcode(), l.totalPrice(), BigDecimal.ZERO.setScale(2), share,
					BigDecimal.ZERO.setScale(2)));
		}
		String taxNo = "TX" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
		return new TaxBill(guid(), now, invtNo, taxNo, BigDecimal.ZERO.setScale(2), vat, BigDecimal.ZERO.setScale(2),
				TaxBill.GENERATED, null, null, null, inventory.ebcCode(), inventory.logisticsCode(), null, "2991",
				order.orderNo(), inventory.logisticsNo(), lines);
	}

	/**
	 * The documents taken lately, as read when they came in, by guid: an order's four
	 * come in four messages (one per type) and are matched when the last is in; reading
	 * the other three back from their text was part of the XML parsing that took a tenth
	 * of the clearance benchmark's profile. Only documents of committed messages (a guid
	 * is taken once, so its document never changes); the oldest are forgotten, and read
	 * back if needed.
	 */
	private final Map<String, CebMessage> recent = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<String, CebMessage>(4096, 0.75f, false) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CebMessage> eldest) {
				return size() > REMEMBERED;
			}

		});

	/**
	 * How many documents {@link #recent} keeps: five times what one outbox read sends
	 * with two senders (an order's four are sent in one read).
	 */
	static final int REMEMBERED = 4_000;

	/** Keeps the documents of this message once its transaction has committed. */
	private void remember(Map<String, CebMessage> kept) {
		if (kept.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				recent.putAll(kept);
			}

		});
	}

	/** A document kept by guid: taken in this message, lately, or read back. */
	private CebMessage document(String guid, Map<String, CebMessage> kept) {
		CebMessage known = kept.get(guid);
		if (known == null) {
			known = recent.get(guid);
		}
		if (known != null) {
			return known;
		}
		return CebXml.read(jdbc.sql("SELECT body FROM customs_sim_message WHERE guid = :g")
			.param("g", guid)
			.query(String.class)
			.single());
	}

	/**
	 * Customs' number of a released inventory list, under which the tax bill is issued:
	 * the customs code (2991, Hangzhou), the year, I and nine digits.
	 */
	private static String inventoryNumber(Instant now) {
		return "2991" + now.atZone(java.time.ZoneOffset.ofHours(8)).getYear() + "I"
				+ String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
	}

	private MatchRules rules() {
		CustomsSettings.Simulator s = settings.simulator();
		return new MatchRules(
				new MatchRules.Limits(s.perOrder(), s.perYear(), s.amountTolerance(), s.weightTolerance()));
	}

	/** The receipts the simulator has sent, oldest first (signed, as sent). */
	List<String> sentReceipts() {
		return jdbc.sql("SELECT body FROM customs_sim_receipt ORDER BY sent_at, guid").query(String.class).list();
	}

	/**
	 * The tax bill messages (CEB816) the simulator has sent, oldest first (signed, as
	 * sent).
	 */
	List<String> sentTaxBills() {
		return jdbc.sql("SELECT body FROM customs_sim_tax_bill ORDER BY sent_at, guid").query(String.class).list();
	}

	/**
	 * Signs, records and sends receipt lines of one kind after the configured delay: up
	 * to {@link CebBatch#MAX_DOCUMENTS} in one message (one signature); a message of one
	 * line takes that line's guid.
	 */
	private void answer(List<Receipt> lines) {
		send(lines.stream().map(Receipt::toCeb).toList(), "customs_sim_receipt");
	}

	/** Signs, records and sends tax bills as {@link #answer} does receipts. */
	private void issue(List<TaxBill> bills) {
		send(bills.stream().map(TaxBill::toCeb).toList(), "customs_sim_tax_bill");
	}

	private void send(List<CebMessage> lines, String keptIn) {
		for (int from = 0; from < lines.size(); from += CebBatch.MAX_DOCUMENTS) {
			List<CebMessage> chunk = lines.subList(from, Math.min(lines.size(), from + CebBatch.MAX_DOCUMENTS));
			MessageType type = chunk.get(0).type();
			String envelope = chunk.size() == 1 ? chunk.get(0).guid() : guid();
			String xml = CebSignature.sign(CebXml.write(new CebBatch(type, envelope, chunk), CUSTOMS), keys);
			jdbc.sql("INSERT INTO " + keptIn + " (guid, body, sent_at) VALUES (:g, :b, :at)")
				.param("g", envelope)
				.param("b", xml)
				.param("at", SqlTimes.utc(clock.instant()))
				.update();
			long delay = settings.simulator().delay().toMillis();
			String what = type + " " + envelope;
			Runnable send = () -> answers.schedule(() -> deliver(xml, what), delay, TimeUnit.MILLISECONDS);
			if (outage == Outage.NO_ANSWER) {
				heldBack.add(send);
			}
			else {
				send.run();
			}
		}
	}

	private void deliver(String xml, String what) {
		try {
			CustomsReceipts inbox = receipts.getIfAvailable();
			if (inbox != null) {
				inbox.receive(xml);
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("Receipt {} could not be delivered: {}", what, ex.getMessage());
		}
	}

	private static String parse(CebMessage message) {
		return switch (message.type()) {
			case CEB311 -> OrderMessage.from(message).orderNo();
			case CEB411 -> PaymentMessage.from(message).orderNo();
			case CEB511 -> WaybillMessage.from(message).orderNo();
			case CEB621 -> InventoryMessage.from(message).orderNo();
			default -> throw new CebFormatException(message.type() + " is not a declaration");
		};
	}

	private static String reference(CebMessage message) {
		return switch (message.type()) {
			case CEB311 -> message.required("orderNo");
			case CEB411 -> message.required("payTransactionId");
			case CEB511 -> message.required("logisticsNo");
			default -> message.required("copNo");
		};
	}

	private static String guid() {
		return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
	}

	@Override
	public void destroy() {
		answers.shutdownNow();
	}

}

package org.isoko.ordering;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.FxPath;
import org.isoko.ordering.placement.OrderBatches;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.isoko.trade.Quote;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders, their lines and history in the ordering_* tables. The trade quote an order was
 * placed with is kept whole, as JSON (a {@link Quote} round-trips through JSON
 * unchanged), next to the charges taken from it.
 */
@Repository
class OrderStore implements OrderBatches {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final QuoteJson quotes;

	OrderStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, QuoteJson quotes) {
		this.quotes = quotes;
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(Order order) {
		insertAll(List.of(order));
	}

	/**
	 * Inserts new orders with their lines and history as three JDBC batches: one order at
	 * checkout, a whole batch of winners in a drop rush (see
	 * {@code DropReservationWriter}). One place for the column lists, so both stay in
	 * step.
	 */
	@Override
	public void insertAll(List<Order> orders) {
		if (orders.isEmpty()) {
			return;
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		List<SqlParameterSource> history = new ArrayList<>();
		// The orders of a drop batch share one quote object, and so do the batches of a
		// drop for a second: its JSON is written once (QuoteJson remembers it).
		for (Order order : orders) {
			rows.add(orderRow(order, quotes.writeNullable(order.quote())));
			order.lines().forEach(line -> lines.add(lineValues(order, line)));
			history.addAll(historyRows(order.id(), order.newHistory(), 0));
		}
		batch.batchUpdate(
				"""
						INSERT INTO ordering_order (id, number, buyer_id, buyer_organisation_id, buyer_name, seller_id, seller_name, corridor_id,
						  origin_hub, destination_hub, status, currency, goods_total_minor, freight_minor, insurance_minor, duty_minor, taxes_minor,
						  fees_minor, total_minor, seller_currency, seller_total_minor, pricing, regime, quote_json, delivery_name, delivery_phone,
						  delivery_line, delivery_city, delivery_region, delivery_postcode, delivery_country, placed_at, expires_at, updated_at, version)
						VALUES (:id, :number, :buyer, :buyerOrg, :buyerName, :seller, :sellerName, :corridor, :origin, :destination, :status,
						  :currency, :goods, :freight, :insurance, :duty, :taxes, :fees, :total, :sellerCurrency, :sellerTotal, :pricing, :regime,
						  :quote, :name, :phone, :line, :city, :region, :postcode, :country, :placedAt, :expiresAt, :placedAt, 0)""",
				rows.toArray(SqlParameterSource[]::new));
		insertLines(lines);
		insertHistory(history);
	}

	/**
	 * The line columns, in the order {@link #lineValues} gives their values: positional
	 * parameters, bound without parsing the statement.
	 */
	private static final String LINE_COLUMNS = """
			INSERT INTO ordering_order_line (order_id, line_no, lot_id, lot_reference, product_name, hs_code, unit_of_sale, quantity,
			  seller_currency, unit_price_seller_minor, line_total_seller_minor, currency, unit_price_minor, line_total_minor,
			  fx_rate, fx_date, fx_source, fx_path, freight_minor, insurance_minor, duty_minor, taxes_minor, fees_minor, landed_total_minor)
			VALUES """;

	static final int LINE_COLUMN_COUNT = 24;

	/**
	 * The multi-row INSERT for 1 to {@link OrderPlacement#MAX_LINES} lines, made once
	 * (index: lines - 1): built per order, it was 9 % of a checkout's allocations.
	 */
	private static final List<String> LINE_INSERTS = IntStream.rangeClosed(1, OrderPlacement.MAX_LINES)
		.mapToObj(rows -> LINE_COLUMNS + String.join(", ",
				Collections.nCopies(rows, "(" + String.join(", ", Collections.nCopies(LINE_COLUMN_COUNT, "?")) + ")")))
		.toList();

	static String lineInsert(int rows) {
		return LINE_INSERTS.get(rows - 1);
	}

	/**
	 * The lines of one order (up to {@link OrderPlacement#MAX_LINES}) as one multi-row
	 * INSERT, one statement however many lines; more (a drop's batch of orders) as a JDBC
	 * batch.
	 */
	private void insertLines(List<Object[]> lines) {
		if (lines.size() > OrderPlacement.MAX_LINES) {
			batch.getJdbcTemplate().batchUpdate(lineInsert(1), lines);
			return;
		}
		Object[] values = new Object[lines.size() * LINE_COLUMN_COUNT];
		for (int i = 0; i < lines.size(); i++) {
			System.arraycopy(lines.get(i), 0, values, i * LINE_COLUMN_COUNT, LINE_COLUMN_COUNT);
		}
		batch.getJdbcTemplate().update(lineInsert(lines.size()), values);
	}

	/**
	 * Removes orders inserted by {@link #insertAll} earlier in the current transaction
	 * that turned out not to be placed (a drop batch writes its orders before it knows
	 * whether the last units go to all of them).
	 */
	@Override
	public void deleteUnplaced(List<OrderId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, Object> params = Map.of("ids", ids.stream().map(OrderId::value).toList());
		batch.update("DELETE FROM ordering_order_history WHERE order_id IN (:ids)", params);
		batch.update("DELETE FROM ordering_order_line WHERE order_id IN (:ids)", params);
		batch.update("DELETE FROM ordering_order WHERE id IN (:ids) AND status = 'PLACED'", params);
	}

	private static SqlParameterSource orderRow(Order order, @Nullable String quoteJson) {
		DeliveryAddress a = order.address();
		return new MapSqlParameterSource().addValue("id", order.id().value())
			.addValue("number", order.number())
			.addValue("buyer", order.buyer().value())
			.addValue("buyerOrg", order.buyerOrganisation().value())
			.addValue("buyerName", order.buyerName())
			.addValue("seller", order.seller().value())
			.addValue("sellerName", order.sellerName())
			.addValue("corridor", order.corridor().value())
			.addValue("origin", order.origin().value())
			.addValue("destination", order.destination().value())
			.addValue("status", order.status().name())
			.addValue("currency", order.total().currency().value())
			.addValue("goods", order.charges().goods().minorUnits())
			.addValue("freight", order.charges().freight().minorUnits())
			.addValue("insurance", order.charges().insurance().minorUnits())
			.addValue("duty", order.charges().duty().minorUnits())
			.addValue("taxes", order.charges().taxes().minorUnits())
			.addValue("fees", order.charges().fees().minorUnits())
			.addValue("total", order.total().minorUnits())
			.addValue("sellerCurrency", order.sellerTotal().currency().value())
			.addValue("sellerTotal", order.sellerTotal().minorUnits())
			.addValue("pricing", order.pricing().name())
			.addValue("regime", order.regime() == null ? null : order.regime().name())
			.addValue("quote", quoteJson)
			.addValue("name", a.name())
			.addValue("phone", a.phone().value())
			.addValue("line", a.line())
			.addValue("city", a.city())
			.addValue("region", a.region())
			.addValue("postcode", a.postcode())
			.addValue("country", a.country().value())
			.addValue("placedAt", SqlTimes.utc(order.placedAt()))
			.addValue("expiresAt", SqlTimes.utc(order.expiresAt()));
	}

	/** The values of {@link #LINE_COLUMNS}, in their order. */
	private static Object[] lineValues(Order order, OrderLine line) {
		return new Object[] { order.id().value(), line.lineNo(), line.lot().value(), line.lotReference(),
				line.productName(), line.hsCode().value(), line.unitOfSale(), line.quantity(),
				line.unitPriceSeller().currency().value(), line.unitPriceSeller().minorUnits(),
				line.lineTotalSeller().minorUnits(), line.lineTotal().currency().value(), line.unitPrice().minorUnits(),
				line.lineTotal().minorUnits(), line.fx().rate(), line.fx().date(), truncate(line.fx().source(), 700),
				line.fx().path().name(), line.charges().freight().minorUnits(), line.charges().insurance().minorUnits(),
				line.charges().duty().minorUnits(), line.charges().taxes().minorUnits(),
				line.charges().fees().minorUnits(), line.charges().total().minorUnits() };
	}

	/**
	 * Saves a status change. The {@code version} and the previous status in the WHERE
	 * clause make this a conditional update: of two concurrent changes (two sellers'
	 * clicks, a payment racing the expiry job on another instance), exactly one matches a
	 * row; the other gets a 409 and changes nothing.
	 */
	/**
	 * Keeps a PLACED order reserved at least until {@code until} while its payment is
	 * being approved. The version bump also makes a concurrent change of the same order
	 * fail instead of silently passing.
	 */
	void holdReservation(OrderId id, Instant until) {
		jdbc.sql(
				"""
						UPDATE ordering_order SET expires_at = CASE WHEN expires_at < :until THEN :until ELSE expires_at END, version = version + 1
						WHERE id = :id AND status = 'PLACED'""")
			.param("until", SqlTimes.utc(until))
			.param("id", id.value())
			.update();
	}

	void update(Order order, OrderStatus previous) {
		int updated = jdbc
			.sql("""
					UPDATE ordering_order SET status = :status, paid_at = :paidAt, payment_provider = :provider, carrier = :carrier,
					  tracking_number = :tracking, updated_at = :updatedAt, version = version + 1
					WHERE id = :id AND version = :version AND status = :previous""")
			.param("status", order.status().name())
			.param("paidAt", SqlTimes.utc(order.paidAt()))
			.param("provider", order.paymentProvider())
			.param("carrier", order.carrier())
			.param("tracking", order.trackingNumber())
			.param("updatedAt", SqlTimes.utc(order.updatedAt()))
			.param("id", order.id().value())
			.param("version", order.version())
			.param("previous", previous.name())
			.update();
		if (updated == 0) {
			throw new Conflict("Order " + order.number()
					+ " was changed by someone else at the same time; reload it and try again");
		}
		int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM ordering_order_history WHERE order_id = :id")
			.param("id", order.id().value())
			.query(Integer.class)
			.single();
		appendHistory(order.id(), order.newHistory(), seq);
	}

	/**
	 * Saves the status changes of several orders that were all in {@code previous}, as
	 * {@link #update} does for one (version and previous status checked, history
	 * appended), in three statements: one batch of updates, one read of the histories'
	 * last numbers, one batch of history rows.
	 */
	void updateAll(List<Order> orders, OrderStatus previous) {
		if (orders.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = orders.stream()
			.map(order -> new MapSqlParameterSource().addValue("status", order.status().name())
				.addValue("paidAt", SqlTimes.utc(order.paidAt()))
				.addValue("provider", order.paymentProvider())
				.addValue("carrier", order.carrier())
				.addValue("tracking", order.trackingNumber())
				.addValue("updatedAt", SqlTimes.utc(order.updatedAt()))
				.addValue("id", order.id().value())
				.addValue("version", order.version())
				.addValue("previous", previous.name()))
			.toArray(SqlParameterSource[]::new);
		int[] updated = batch.batchUpdate(
				"""
						UPDATE ordering_order SET status = :status, paid_at = :paidAt, payment_provider = :provider, carrier = :carrier,
						  tracking_number = :tracking, updated_at = :updatedAt, version = version + 1
						WHERE id = :id AND version = :version AND status = :previous""",
				rows);
		for (int i = 0; i < updated.length; i++) {
			// SUCCESS_NO_INFO (-2): a driver that does not count; the row was written.
			if (updated[i] == 0) {
				throw new Conflict("Order " + orders.get(i).number()
						+ " was changed by someone else at the same time; reload it and try again");
			}
		}
		Map<UUID, Integer> lastSeq = new java.util.HashMap<>();
		jdbc.sql("SELECT order_id, MAX(seq) FROM ordering_order_history WHERE order_id IN (:ids) GROUP BY order_id")
			.param("ids", orders.stream().map(o -> o.id().value()).toList())
			.query((rs, n) -> lastSeq.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		List<SqlParameterSource> history = new ArrayList<>();
		for (Order order : orders) {
			history.addAll(historyRows(order.id(), order.newHistory(), lastSeq.getOrDefault(order.id().value(), 0)));
		}
		insertHistory(history);
	}

	private void appendHistory(OrderId order, List<HistoryEntry> entries, int lastSeq) {
		insertHistory(historyRows(order, entries, lastSeq));
	}

	private void insertHistory(List<SqlParameterSource> rows) {
		if (!rows.isEmpty()) {
			batch.batchUpdate(
					"""
							INSERT INTO ordering_order_history (id, order_id, seq, from_status, to_status, occurred_at, actor_user_id, actor_name, reason)
							VALUES (:id, :order, :seq, :from, :to, :at, :actor, :actorName, :reason)""",
					rows.toArray(SqlParameterSource[]::new));
		}
	}

	private static List<SqlParameterSource> historyRows(OrderId order, List<HistoryEntry> entries, int lastSeq) {
		List<SqlParameterSource> rows = new ArrayList<>();
		int seq = lastSeq;
		for (HistoryEntry entry : entries) {
			rows.add(new MapSqlParameterSource().addValue("id", UUID.randomUUID())
				.addValue("order", order.value())
				.addValue("seq", ++seq)
				.addValue("from", entry.from() == null ? null : entry.from().name())
				.addValue("to", entry.to().name())
				.addValue("at", SqlTimes.utc(entry.at()))
				.addValue("actor", entry.actorId() == null ? null : entry.actorId().value())
				.addValue("actorName", truncate(entry.actorName(), 200))
				.addValue("reason", entry.reason()));
		}
		return rows;
	}

	/**
	 * Lines first, then the order row: no query runs inside another's row mapping, so a
	 * call outside a transaction needs one connection.
	 */
	@Override
	public Optional<Order> find(OrderId id) {
		List<OrderLine> lines = lines(id);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM ordering_order WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> mapOrder(rs, lines))
			.optional();
	}

	/**
	 * Several orders by id, each as {@link #find} reads it, in two statements (lines,
	 * then orders); the ids not found are left out.
	 */
	Map<OrderId, Order> findAll(java.util.Collection<OrderId> ids) {
		Map<OrderId, Order> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		List<UUID> values = ids.stream().map(OrderId::value).distinct().toList();
		Map<UUID, List<OrderLine>> lines = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM ordering_order_line WHERE order_id IN (:ids) ORDER BY order_id, line_no")
			.param("ids", values)
			.query((rs, row) -> lines.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>())
				.add(line(rs)))
			.list();
		if (lines.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT * FROM ordering_order WHERE id IN (:ids)")
			.param("ids", List.copyOf(lines.keySet()))
			.query((rs, row) -> mapOrder(rs, lines.get(rs.getObject("id", UUID.class))))
			.list()
			.forEach(order -> found.put(order.id(), order));
		return found;
	}

	List<HistoryEntry> history(OrderId id) {
		return jdbc.sql("SELECT * FROM ordering_order_history WHERE order_id = :id ORDER BY seq")
			.param("id", id.value())
			.query((rs, row) -> {
				String from = rs.getString("from_status");
				UUID actor = rs.getObject("actor_user_id", UUID.class);
				return new HistoryEntry(from == null ? null : OrderStatus.valueOf(from),
						OrderStatus.valueOf(rs.getString("to_status")), SqlTimes.instant(rs, "occurred_at"),
						actor == null ? null : new UserId(actor), rs.getString("actor_name"), rs.getString("reason"));
			})
			.list();
	}

	/**
	 * Unpaid orders whose reservation is due, oldest first; the expiry job claims each
	 * one with a conditional update.
	 */
	List<OrderId> dueForExpiry(Instant now, int limit) {
		return jdbc.sql(
				"SELECT id FROM ordering_order WHERE status = 'PLACED' AND expires_at <= :now ORDER BY expires_at LIMIT :limit")
			.param("now", SqlTimes.utc(now))
			.param("limit", limit)
			.query((rs, row) -> new OrderId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * The sellers with orders from or to the hub (every hub when null), by name: what an
	 * operator's order filter offers.
	 */
	List<SellerName> sellersOf(@Nullable HubCode hub) {
		return jdbc
			.sql("SELECT DISTINCT seller_id, seller_name FROM ordering_order"
					+ (hub == null ? "" : " WHERE origin_hub = :hub OR destination_hub = :hub")
					+ " ORDER BY seller_name, seller_id LIMIT 1000")
			.params(hub == null ? Map.of() : Map.of("hub", hub.value()))
			.query((rs, row) -> new SellerName(new OrganisationId(rs.getObject("seller_id", UUID.class)),
					rs.getString("seller_name")))
			.list();
	}

	PageOf<OrderSummary> search(OrderFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.buyer() != null) {
			where.append(" AND o.buyer_id = :buyer");
			params.put("buyer", filter.buyer().value());
		}
		if (filter.sellerScope() != null) {
			where.append(" AND o.seller_id = :sellerScope");
			params.put("sellerScope", filter.sellerScope().value());
		}
		if (filter.hub() != null) {
			where.append(" AND (o.origin_hub = :hub OR o.destination_hub = :hub)");
			params.put("hub", filter.hub().value());
		}
		if (filter.status() != null) {
			where.append(" AND o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.seller() != null) {
			where.append(" AND o.seller_id = :seller");
			params.put("seller", filter.seller().value());
		}
		if (filter.corridor() != null) {
			where.append(" AND o.corridor_id = :corridor");
			params.put("corridor", filter.corridor().value());
		}
		if (filter.from() != null) {
			where.append(" AND o.placed_at >= :from");
			params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" AND o.placed_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM ordering_order o" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<OrderSummary> items = jdbc.sql("""
				SELECT o.*, (SELECT COUNT(*) FROM ordering_order_line l WHERE l.order_id = o.id) AS line_count
				FROM ordering_order o""" + where + " ORDER BY o.placed_at DESC, o.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new OrderSummary(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
					OrderStatus.valueOf(rs.getString("status")), rs.getString("buyer_name"),
					new OrganisationId(rs.getObject("seller_id", UUID.class)), rs.getString("seller_name"),
					new CorridorId(rs.getObject("corridor_id", UUID.class)), new HubCode(rs.getString("origin_hub")),
					new HubCode(rs.getString("destination_hub")), money(rs, "total_minor", "currency"),
					rs.getInt("line_count"), SqlTimes.instant(rs, "placed_at"), SqlTimes.instant(rs, "expires_at"),
					money(rs, "seller_total_minor", "seller_currency")))
			.list();
		return PageOf.of(items, page, total);
	}

	private Order mapOrder(ResultSet rs, List<OrderLine> lines) throws SQLException {
		OrderId id = new OrderId(rs.getObject("id", UUID.class));
		DeliveryAddress address = new DeliveryAddress(rs.getString("delivery_name"),
				new Msisdn(rs.getString("delivery_phone")), rs.getString("delivery_line"),
				rs.getString("delivery_city"), rs.getString("delivery_region"), rs.getString("delivery_postcode"),
				new CountryCode(rs.getString("delivery_country")));
		Order.Parties parties = new Order.Parties(new UserId(rs.getObject("buyer_id", UUID.class)),
				new OrganisationId(rs.getObject("buyer_organisation_id", UUID.class)), rs.getString("buyer_name"),
				new OrganisationId(rs.getObject("seller_id", UUID.class)), rs.getString("seller_name"));
		Order.Route route = new Order.Route(new CorridorId(rs.getObject("corridor_id", UUID.class)),
				new HubCode(rs.getString("origin_hub")), new HubCode(rs.getString("destination_hub")));
		Order.Priced priced = new Order.Priced(lines, charges(rs, "goods_total_minor", "total_minor"),
				money(rs, "seller_total_minor", "seller_currency"), Pricing.valueOf(rs.getString("pricing")),
				regime(rs.getString("regime")), QuoteJson.read(rs.getString("quote_json")));
		Order.Lifecycle lifecycle = new Order.Lifecycle(OrderStatus.valueOf(rs.getString("status")),
				SqlTimes.instant(rs, "placed_at"), SqlTimes.instant(rs, "expires_at"), SqlTimes.instant(rs, "paid_at"),
				rs.getString("payment_provider"), rs.getString("carrier"), rs.getString("tracking_number"),
				SqlTimes.instant(rs, "updated_at"), rs.getInt("version"));
		return new Order(id, rs.getString("number"), parties, route, priced, address, lifecycle);
	}

	private List<OrderLine> lines(OrderId order) {
		return new ArrayList<>(jdbc.sql("SELECT * FROM ordering_order_line WHERE order_id = :id ORDER BY line_no")
			.param("id", order.value())
			.query((rs, row) -> line(rs))
			.list());
	}

	private static OrderLine line(ResultSet rs) throws SQLException {
		CurrencyCode sellerCurrency = CurrencyCode.of(rs.getString("seller_currency"));
		CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
		BigDecimal rate = rs.getBigDecimal("fx_rate").stripTrailingZeros();
		return new OrderLine(rs.getInt("line_no"), new LotId(rs.getObject("lot_id", UUID.class)),
				rs.getString("lot_reference"), rs.getString("product_name"), new HsCode(rs.getString("hs_code")),
				rs.getString("unit_of_sale"), rs.getInt("quantity"),
				new Money(rs.getLong("unit_price_seller_minor"), sellerCurrency),
				new Money(rs.getLong("line_total_seller_minor"), sellerCurrency),
				new Money(rs.getLong("unit_price_minor"), currency),
				new Money(rs.getLong("line_total_minor"), currency),
				new FxSnapshot(sellerCurrency, currency, rate.scale() < 0 ? rate.setScale(0) : rate,
						SqlTimes.date(rs, "fx_date"), rs.getString("fx_source"),
						FxPath.valueOf(rs.getString("fx_path"))),
				charges(rs, "line_total_minor", "landed_total_minor"));
	}

	/**
	 * The charges of an order or line row: the goods and total columns are named per
	 * table, the others alike.
	 */
	private static OrderCharges charges(ResultSet rs, String goods, String total) throws SQLException {
		CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
		return new OrderCharges(new Money(rs.getLong(goods), currency),
				new Money(rs.getLong("freight_minor"), currency), new Money(rs.getLong("insurance_minor"), currency),
				new Money(rs.getLong("duty_minor"), currency), new Money(rs.getLong("taxes_minor"), currency),
				new Money(rs.getLong("fees_minor"), currency), new Money(rs.getLong(total), currency));
	}

	private static @Nullable CustomsRegime regime(@Nullable String regime) {
		return regime == null ? null : CustomsRegime.valueOf(regime);
	}

	private static Money money(ResultSet rs, String amount, String currency) throws SQLException {
		return new Money(rs.getLong(amount), CurrencyCode.of(rs.getString(currency)));
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}

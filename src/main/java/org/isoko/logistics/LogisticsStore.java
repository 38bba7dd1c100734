package org.isoko.logistics;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The logistics tables, through JdbcClient. */
@Repository
class LogisticsStore {

	private final JdbcClient jdbc;

	/** For batches, which JdbcClient does not do. */
	private final NamedParameterJdbcTemplate batches;

	LogisticsStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	// ---- parcels

	void insert(Parcel p) {
		jdbc.sql("""
				INSERT INTO logistics_parcel (id, waybill, order_id, order_number, seller_id, seller_name, buyer_id,
				  corridor_id, origin_hub, destination_hub, declared_grams, declared_pieces, freight_per_kg,
				  freight_currency, handover, status, created_at, updated_at)
				VALUES (:id, :waybill, :order, :number, :seller, :sellerName, :buyer, :corridor, :origin, :destination,
				  :grams, :pieces, :perKg, :currency, :handover, :status, :at, :at)""")
			.param("id", p.id().value())
			.param("waybill", p.waybill().value())
			.param("order", p.order().value())
			.param("number", p.orderNumber())
			.param("seller", p.seller().value())
			.param("sellerName", p.sellerName())
			.param("buyer", p.buyer().value())
			.param("corridor", p.corridor().value())
			.param("origin", p.origin().value())
			.param("destination", p.destination().value())
			.param("grams", p.declaredGrams())
			.param("pieces", p.declaredPieces())
			.param("perKg", p.freightPerKg())
			.param("currency", p.freightCurrency() == null ? null : p.freightCurrency().value())
			.param("handover", p.handover().name())
			.param("status", p.status().name())
			.param("at", SqlTimes.utc(p.createdAt()))
			.update();
	}

	Optional<Parcel> parcel(ParcelId id) {
		return jdbc.sql("SELECT * FROM logistics_parcel WHERE id = :id")
			.param("id", id.value())
			.query(LogisticsStore::parcel)
			.optional();
	}

	Optional<Parcel> parcel(Waybill waybill) {
		return jdbc.sql("SELECT * FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill.value())
			.query(LogisticsStore::parcel)
			.optional();
	}

	Optional<Parcel> parcelOf(OrderId order) {
		return jdbc.sql("SELECT * FROM logistics_parcel WHERE order_id = :o")
			.param("o", order.value())
			.query(LogisticsStore::parcel)
			.optional();
	}

	/**
	 * The next house waybill serial: one sequence for all hubs, so numbers never repeat
	 * (8 digits: wraps after 100 million parcels, when the first are long delivered).
	 */
	long nextWaybillSerial() {
		return jdbc.sql("SELECT nextval('logistics_waybill_seq')").query(Long.class).single() % 100_000_000L;
	}

	/**
	 * Parcels leaving from, or arriving at, a hub; optionally of one status; newest
	 * first.
	 */
	PageOf<Parcel> parcelsAt(HubCode hub, boolean arriving, @Nullable Milestone status, PageRequest page) {
		String where = (arriving ? " WHERE destination_hub = :hub" : " WHERE origin_hub = :hub")
				+ (status == null ? "" : " AND status = :status");
		long total = jdbc.sql("SELECT COUNT(*) FROM logistics_parcel" + where)
			.param("hub", hub.value())
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
		List<Parcel> items = jdbc
			.sql("SELECT * FROM logistics_parcel" + where + " ORDER BY updated_at DESC, id LIMIT :size OFFSET :offset")
			.param("hub", hub.value())
			.param("status", status == null ? null : status.name())
			.param("size", page.size())
			.param("offset", page.offset())
			.query(LogisticsStore::parcel)
			.list();
		return PageOf.of(items, page, total);
	}

	/** A parcel with the time of its latest tracking event. */
	record ParcelSince(Parcel parcel, Instant since) {
	}

	/**
	 * Parcels of the hub whose status is one of {@code cutoffs}' milestones and whose
	 * latest event happened before that milestone's cut-off, longest waiting first.
	 */
	PageOf<ParcelSince> stuckAt(HubCode hub, Map<Milestone, Instant> cutoffs, PageRequest page) {
		StringBuilder where = new StringBuilder(
				" FROM logistics_parcel p WHERE (p.origin_hub = :hub OR " + "p.destination_hub = :hub) AND (");
		Map<String, Object> params = new HashMap<>();
		params.put("hub", hub.value());
		int i = 0;
		for (var cutoff : cutoffs.entrySet()) {
			if (i > 0) {
				where.append(" OR ");
			}
			// milestone names are enum constants, never user input
			where.append("(p.status = '")
				.append(cutoff.getKey().name())
				.append("' AND NOT EXISTS (SELECT 1 FROM logistics_tracking_event e WHERE e.parcel_id = p.id ")
				.append("AND e.occurred_at >= :cutoff")
				.append(i)
				.append("))");
			params.put("cutoff" + i, SqlTimes.utc(cutoff.getValue()));
			i++;
		}
		where.append(")");
		long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<ParcelSince> items = jdbc
			.sql("SELECT p.*, (SELECT MAX(e.occurred_at) FROM logistics_tracking_event e WHERE e.parcel_id = p.id) "
					+ "AS last_event_at" + where + " ORDER BY last_event_at, p.id LIMIT :size OFFSET :offset")
			.params(params)
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new ParcelSince(parcel(rs, row), SqlTimes.instant(rs, "last_event_at")))
			.list();
		return PageOf.of(items, page, total);
	}

	PageOf<Parcel> parcelsOfSeller(OrganisationId seller, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM logistics_parcel WHERE seller_id = :s")
			.param("s", seller.value())
			.query(Long.class)
			.single();
		List<Parcel> items = jdbc.sql(
				"SELECT * FROM logistics_parcel WHERE seller_id = :s ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
			.param("s", seller.value())
			.param("size", page.size())
			.param("offset", page.offset())
			.query(LogisticsStore::parcel)
			.list();
		return PageOf.of(items, page, total);
	}

	/**
	 * The seller's parcels not yet received at their hub (their labels still to print and
	 * stick on), oldest first, at most {@code limit}.
	 */
	List<Parcel> awaitingHandover(OrganisationId seller, int limit) {
		return jdbc.sql("""
				SELECT * FROM logistics_parcel WHERE seller_id = :s AND received_at IS NULL
				ORDER BY created_at, id LIMIT :limit""")
			.param("s", seller.value())
			.param("limit", limit)
			.query(LogisticsStore::parcel)
			.list();
	}

	/** One page of the seller's parcels not yet received at their hub, oldest first. */
	PageOf<Parcel> awaitingHandover(OrganisationId seller, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM logistics_parcel WHERE seller_id = :s AND received_at IS NULL")
			.param("s", seller.value())
			.query(Long.class)
			.single();
		List<Parcel> items = jdbc.sql("""
				SELECT * FROM logistics_parcel WHERE seller_id = :s AND received_at IS NULL
				ORDER BY created_at, id LIMIT :size OFFSET :offset""")
			.param("s", seller.value())
			.param("size", page.size())
			.param("offset", page.offset())
			.query(LogisticsStore::parcel)
			.list();
		return PageOf.of(items, page, total);
	}

	/** Received parcels of a corridor not yet in a consignment, oldest first. */
	List<Parcel> waitingOn(CorridorId corridor) {
		return jdbc.sql("""
				SELECT * FROM logistics_parcel WHERE corridor_id = :c AND status = 'RECEIVED_AT_ORIGIN'
				  AND consignment_id IS NULL ORDER BY received_at, id""")
			.param("c", corridor.value())
			.query(LogisticsStore::parcel)
			.list();
	}

	List<Parcel> parcelsIn(ConsignmentId consignment) {
		return jdbc.sql("SELECT * FROM logistics_parcel WHERE consignment_id = :c ORDER BY waybill")
			.param("c", consignment.value())
			.query(LogisticsStore::parcel)
			.list();
	}

	/**
	 * Records the intake once: only a parcel not yet received matches, so a second scan
	 * (or a scan racing the first) changes nothing.
	 */
	boolean receive(ParcelId id, long measuredGrams, Parcel.@Nullable Dimensions d, @Nullable Money overweight,
			String by, Instant at) {
		return jdbc.sql("""
				UPDATE logistics_parcel SET measured_grams = :grams, length_mm = :l, width_mm = :w, height_mm = :h,
				  overweight_minor = :over, received_at = :at, received_by = :by, updated_at = :at,
				  version = version + 1
				WHERE id = :id AND received_at IS NULL""")
			.param("grams", measuredGrams)
			.param("l", d == null ? null : d.lengthMm())
			.param("w", d == null ? null : d.widthMm())
			.param("h", d == null ? null : d.heightMm())
			.param("over", overweight == null ? null : overweight.minorUnits())
			.param("at", SqlTimes.utc(at))
			.param("by", by)
			.param("id", id.value())
			.update() == 1;
	}

	void handover(ParcelId id, Handover handover, Parcel.@Nullable PickupRequest pickup, Instant at) {
		jdbc.sql("""
				UPDATE logistics_parcel SET handover = :h, pickup_address = :address, pickup_from = :from,
				  pickup_to = :to, updated_at = :at, version = version + 1 WHERE id = :id""")
			.param("h", handover.name())
			.param("address", pickup == null ? null : pickup.address())
			.param("from", pickup == null ? null : SqlTimes.utc(pickup.from()))
			.param("to", pickup == null ? null : SqlTimes.utc(pickup.to()))
			.param("at", SqlTimes.utc(at))
			.param("id", id.value())
			.update();
	}

	/**
	 * The parcel's status becomes the milestone of its latest event, by when it happened.
	 */
	Milestone refreshStatus(ParcelId id, Instant at) {
		Milestone latest = jdbc.sql("""
				SELECT milestone FROM logistics_tracking_event WHERE parcel_id = :id
				ORDER BY occurred_at DESC, seq DESC LIMIT 1""")
			.param("id", id.value())
			.query((rs, row) -> Milestone.valueOf(rs.getString(1)))
			.single();
		jdbc.sql("UPDATE logistics_parcel SET status = :s, updated_at = :at, version = version + 1 WHERE id = :id")
			.param("s", latest.name())
			.param("at", SqlTimes.utc(at))
			.param("id", id.value())
			.update();
		return latest;
	}

	void assign(ParcelId id, @Nullable ConsignmentId consignment, Instant at) {
		jdbc.sql(
				"UPDATE logistics_parcel SET consignment_id = :c, updated_at = :at, version = version + 1 WHERE id = :id")
			.param("c", consignment == null ? null : consignment.value())
			.param("at", SqlTimes.utc(at))
			.param("id", id.value())
			.update();
	}

	// ---- tracking events

	private static final String APPEND = """
			INSERT INTO logistics_tracking_event (id, parcel_id, milestone, occurred_at, recorded_at, seq, hub,
			  source, actor_name, reason, carrier_event_id, carrier_code)
			VALUES (:id, :parcel, :milestone, :occurred, :recorded, nextval('logistics_tracking_event_seq'),
			  :hub, :source, :actor, :reason, :carrierId, :carrierCode)
			ON CONFLICT DO NOTHING""";

	/**
	 * Appends an event; false (and nothing written) when its carrier event id was seen
	 * before.
	 */
	boolean append(TrackingEvent e) {
		// 0: the carrier event id was seen before (even by a call racing this one)
		return batches.update(APPEND, appendParameters(e)) == 1;
	}

	/** {@link #APPEND} with positional parameters, for batches. */
	private static final String APPEND_POSITIONAL = """
			INSERT INTO logistics_tracking_event (id, parcel_id, milestone, occurred_at, recorded_at, seq, hub,
			  source, actor_name, reason, carrier_event_id, carrier_code)
			VALUES (?, ?, ?, ?, ?, nextval('logistics_tracking_event_seq'), ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING""";

	/**
	 * Appends events in one JDBC batch, in the list's order (their sequence numbers
	 * follow it); for each, whether it was written (false: its carrier event id was seen
	 * before, e.g. by a call racing this one). A driver that answers a batch without
	 * counts ({@code SUCCESS_NO_INFO}) has every row counted as written. Parameters are
	 * set by position and type: named ones went through a map and a type look-up per
	 * value.
	 */
	boolean[] appendAll(List<TrackingEvent> events) {
		if (events.isEmpty()) {
			return new boolean[0];
		}
		int[] counts = batches.getJdbcTemplate().batchUpdate(APPEND_POSITIONAL, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				TrackingEvent e = events.get(i);
				ps.setObject(1, e.id());
				ps.setObject(2, e.parcel().value());
				ps.setString(3, e.milestone().name());
				ps.setObject(4, SqlTimes.utc(e.occurredAt()));
				ps.setObject(5, SqlTimes.utc(e.recordedAt()));
				ps.setString(6, e.hub() == null ? null : e.hub().value());
				ps.setString(7, e.source().name());
				ps.setString(8, e.actorName());
				ps.setString(9, e.reason());
				ps.setString(10, e.carrierEventId());
				ps.setString(11, e.carrierCode());
			}

			@Override
			public int getBatchSize() {
				return events.size();
			}

		});
		boolean[] written = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			written[i] = counts[i] != 0;
		}
		return written;
	}

	private static MapSqlParameterSource appendParameters(TrackingEvent e) {
		return new MapSqlParameterSource().addValue("id", e.id())
			.addValue("parcel", e.parcel().value())
			.addValue("milestone", e.milestone().name())
			.addValue("occurred", SqlTimes.utc(e.occurredAt()))
			.addValue("recorded", SqlTimes.utc(e.recordedAt()))
			.addValue("hub", e.hub() == null ? null : e.hub().value())
			.addValue("source", e.source().name())
			.addValue("actor", e.actorName())
			.addValue("reason", e.reason())
			.addValue("carrierId", e.carrierEventId())
			.addValue("carrierCode", e.carrierCode());
	}

	/**
	 * The parcels of these waybills (those that exist), by waybill number, in one query,
	 * locked until the transaction ends, in id order (see {@link #lockInIdOrder}).
	 */
	Map<String, Parcel> lockParcelsByWaybill(Collection<String> waybills) {
		Map<String, Parcel> found = new HashMap<>();
		if (!waybills.isEmpty()) {
			lockInIdOrder("waybill IN (:w)", Map.of("w", List.copyOf(waybills)))
				.forEach(p -> found.put(p.waybill().value(), p));
		}
		return found;
	}

	/** The parcels of a consignment, locked until the transaction ends, in id order. */
	List<Parcel> lockParcelsIn(ConsignmentId consignment) {
		return lockInIdOrder("consignment_id = :c", Map.of("c", consignment.value()));
	}

	/**
	 * These parcels (those that exist), locked until the transaction ends, in id order.
	 */
	List<Parcel> lockParcels(Collection<ParcelId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return lockInIdOrder("id IN (:ids)", Map.of("ids", ids.stream().map(ParcelId::value).distinct().toList()));
	}

	/**
	 * The one way every writer of several parcels locks them: in one query, in the order
	 * of their ids, the same for every caller, so two writers locking overlapping sets (a
	 * carrier's delivery, an agent departing or receiving a consignment, a plan loaded)
	 * wait for each other instead of each holding what the other needs. A writer that
	 * locks consignments too locks them first (a departure moves its consignment, then
	 * locks its parcels; see {@link #lockConsignments}).
	 */
	private List<Parcel> lockInIdOrder(String condition, Map<String, ?> params) {
		return jdbc.sql("SELECT * FROM logistics_parcel WHERE " + condition + " ORDER BY id FOR UPDATE")
			.params(params)
			.query(LogisticsStore::parcel)
			.list();
	}

	/**
	 * Which of these parcels have an ARRIVED_AT_DESTINATION event in their timeline. Read
	 * under the parcels' locks, in a statement after the one that took them: under READ
	 * COMMITTED a statement sees what was committed when it started, so an arrival
	 * recorded by the writer that held a lock before is seen (a subquery of the locking
	 * statement itself would not see it on PostgreSQL).
	 */
	Set<ParcelId> arrived(Collection<ParcelId> parcels) {
		return parcelsWith(parcels, Milestone.ARRIVED_AT_DESTINATION);
	}

	/** Which of these parcels have an event of the milestone on their timeline. */
	Set<ParcelId> parcelsWith(Collection<ParcelId> ids, Milestone milestone) {
		if (ids.isEmpty()) {
			return new HashSet<>();
		}
		return new HashSet<>(jdbc
			.sql("SELECT DISTINCT parcel_id FROM logistics_tracking_event WHERE parcel_id IN (:ids) AND milestone = :m")
			.param("ids", ids.stream().map(ParcelId::value).distinct().toList())
			.param("m", milestone.name())
			.query((rs, row) -> new ParcelId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** Which of these carrier event ids were recorded before. */
	Set<String> seenCarrierEvents(Collection<String> ids) {
		if (ids.isEmpty()) {
			return new HashSet<>();
		}
		return new HashSet<>(
				jdbc.sql("SELECT carrier_event_id FROM logistics_tracking_event WHERE carrier_event_id IN (:ids)")
					.param("ids", List.copyOf(ids))
					.query(String.class)
					.list());
	}

	/**
	 * Moves each event's parcel to the event's milestone unless the parcel has an event
	 * later in time: one batch of updates, each probing the timeline's index (parcel,
	 * time, sequence) for a later event. For that to give the latest event in time, the
	 * caller holds the parcels' locks and gives, per parcel, its newest event (so every
	 * other event of the parcel at the same time has a lower sequence number: it was
	 * written before, or its writer waits for the lock to refresh the status itself). It
	 * replaced a batch of {@code SET status = (SELECT … ORDER BY occurred_at DESC, seq
	 * DESC LIMIT 1)}, which rewrote every parcel's row even when its status stayed, and
	 * which two racing deliveries could leave at the earlier event (each read the
	 * timeline without the other's event).
	 */
	void moveStatuses(Collection<TrackingEvent> newest, Instant at) {
		if (newest.isEmpty()) {
			return;
		}
		List<TrackingEvent> byParcel = List.copyOf(newest);
		OffsetDateTime now = SqlTimes.utc(at);
		batches.getJdbcTemplate()
			.batchUpdate("""
					UPDATE logistics_parcel p SET status = ?, updated_at = ?, version = version + 1
					WHERE p.id = ? AND NOT EXISTS (
					    SELECT 1 FROM logistics_tracking_event e WHERE e.parcel_id = ? AND e.occurred_at > ?)""",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							TrackingEvent e = byParcel.get(i);
							ps.setString(1, e.milestone().name());
							ps.setObject(2, now);
							ps.setObject(3, e.parcel().value());
							ps.setObject(4, e.parcel().value());
							ps.setObject(5, SqlTimes.utc(e.occurredAt()));
						}

						@Override
						public int getBatchSize() {
							return byParcel.size();
						}

					});
	}

	List<TrackingEvent> timeline(ParcelId id) {
		return jdbc.sql("SELECT * FROM logistics_tracking_event WHERE parcel_id = :id ORDER BY occurred_at, seq")
			.param("id", id.value())
			.query((rs, row) -> new TrackingEvent(rs.getObject("id", UUID.class),
					new ParcelId(rs.getObject("parcel_id", UUID.class)), Milestone.valueOf(rs.getString("milestone")),
					SqlTimes.instant(rs, "occurred_at"), SqlTimes.instant(rs, "recorded_at"), hub(rs.getString("hub")),
					EventSource.valueOf(rs.getString("source")), rs.getString("actor_name"), rs.getString("reason"),
					rs.getString("carrier_event_id"), rs.getString("carrier_code")))
			.list();
	}

	// ---- consignments

	void insert(Consignment c) {
		jdbc.sql(
				"""
						INSERT INTO logistics_consignment (id, corridor_id, origin_hub, destination_hub, mode, cutoff_at,
						  capacity_grams, capacity_pieces, master_waybill, status, created_at, created_by)
						VALUES (:id, :corridor, :origin, :destination, :mode, :cutoff, :grams, :pieces, :mawb, 'OPEN', :at, :by)""")
			.param("id", c.id().value())
			.param("corridor", c.corridor().value())
			.param("origin", c.origin().value())
			.param("destination", c.destination().value())
			.param("mode", c.mode().name())
			.param("cutoff", SqlTimes.utc(c.cutoffAt()))
			.param("grams", c.capacityGrams())
			.param("pieces", c.capacityPieces())
			.param("mawb", c.masterWaybill())
			.param("at", SqlTimes.utc(c.createdAt()))
			.param("by", c.createdBy())
			.update();
	}

	Optional<Consignment> consignment(ConsignmentId id) {
		return jdbc.sql("SELECT * FROM logistics_consignment WHERE id = :id")
			.param("id", id.value())
			.query(LogisticsStore::consignment)
			.optional();
	}

	boolean masterWaybillTaken(String mawb) {
		return jdbc.sql("SELECT COUNT(*) FROM logistics_consignment WHERE master_waybill = :m")
			.param("m", mawb)
			.query(Long.class)
			.single() > 0;
	}

	PageOf<Consignment> consignmentsAt(HubCode hub, PageRequest page) {
		long total = jdbc
			.sql("SELECT COUNT(*) FROM logistics_consignment WHERE origin_hub = :hub OR destination_hub = :hub")
			.param("hub", hub.value())
			.query(Long.class)
			.single();
		List<Consignment> items = jdbc.sql("""
				SELECT * FROM logistics_consignment WHERE origin_hub = :hub OR destination_hub = :hub
				ORDER BY cutoff_at DESC, id LIMIT :size OFFSET :offset""")
			.param("hub", hub.value())
			.param("size", page.size())
			.param("offset", page.offset())
			.query(LogisticsStore::consignment)
			.list();
		return PageOf.of(items, page, total);
	}

	List<Consignment> consignmentsTo(HubCode hub, ConsignmentStatus status, int limit) {
		return jdbc.sql("""
				SELECT * FROM logistics_consignment WHERE destination_hub = :hub AND status = :status
				ORDER BY departed_at DESC, id LIMIT :limit""")
			.param("hub", hub.value())
			.param("status", status.name())
			.param("limit", limit)
			.query(LogisticsStore::consignment)
			.list();
	}

	/** The consignments that left the hub, latest first. */
	List<Consignment> departedFrom(HubCode hub) {
		return jdbc.sql("""
				SELECT * FROM logistics_consignment WHERE origin_hub = :hub AND departed_at IS NOT NULL
				ORDER BY departed_at DESC, id""").param("hub", hub.value()).query(LogisticsStore::consignment).list();
	}

	List<Consignment> openOn(CorridorId corridor, Instant now) {
		return jdbc.sql("""
				SELECT * FROM logistics_consignment WHERE corridor_id = :c AND status = 'OPEN' AND cutoff_at > :now
				ORDER BY cutoff_at, id""")
			.param("c", corridor.value())
			.param("now", SqlTimes.utc(now))
			.query(LogisticsStore::consignment)
			.list();
	}

	/**
	 * Locks these consignments until the transaction ends, in id order: a writer of
	 * consignments and parcels locks its consignments first, then its parcels (see
	 * {@link #lockParcelsIn}).
	 */
	void lockConsignments(Collection<ConsignmentId> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id FROM logistics_consignment WHERE id IN (:ids) ORDER BY id FOR UPDATE")
				.param("ids", ids.stream().map(ConsignmentId::value).distinct().toList())
				.query(UUID.class)
				.list();
		}
	}

	/**
	 * Loads a parcel in one conditional update: only an open consignment before its
	 * cut-off with the room for it matches, whatever else is being loaded at the same
	 * time.
	 */
	boolean load(ConsignmentId id, long grams, int pieces, Instant now) {
		return jdbc.sql("""
				UPDATE logistics_consignment SET loaded_grams = loaded_grams + :g, loaded_pieces = loaded_pieces + :p
				WHERE id = :id AND status = 'OPEN' AND cutoff_at > :now
				  AND loaded_grams + :g <= capacity_grams AND loaded_pieces + :p <= capacity_pieces""")
			.param("g", grams)
			.param("p", pieces)
			.param("id", id.value())
			.param("now", SqlTimes.utc(now))
			.update() == 1;
	}

	boolean unload(ConsignmentId id, long grams, int pieces, Instant now) {
		return jdbc.sql("""
				UPDATE logistics_consignment SET loaded_grams = loaded_grams - :g, loaded_pieces = loaded_pieces - :p
				WHERE id = :id AND status = 'OPEN' AND cutoff_at > :now""")
			.param("g", grams)
			.param("p", pieces)
			.param("id", id.value())
			.param("now", SqlTimes.utc(now))
			.update() == 1;
	}

	/** Moves a consignment on, once: only a consignment in {@code from} matches. */
	boolean move(ConsignmentId id, ConsignmentStatus from, ConsignmentStatus to, String by, Instant at) {
		String column = switch (to) {
			case CLOSED -> "closed";
			case DEPARTED -> "departed";
			case ARRIVED -> "arrived";
			case OPEN -> throw new IllegalArgumentException("A consignment does not reopen");
		};
		return jdbc
			.sql("UPDATE logistics_consignment SET status = :to, " + column + "_at = :at, " + column
					+ "_by = :by WHERE id = :id AND status = :from")
			.param("to", to.name())
			.param("at", SqlTimes.utc(at))
			.param("by", by)
			.param("id", id.value())
			.param("from", from.name())
			.update() == 1;
	}

	void carrierCost(ConsignmentId id, String carrier, Money cost) {
		jdbc.sql("""
				UPDATE logistics_consignment SET carrier_name = :name, carrier_cost_minor = :minor,
				  carrier_currency = :currency WHERE id = :id""")
			.param("name", carrier)
			.param("minor", cost.minorUnits())
			.param("currency", cost.currency().value())
			.param("id", id.value())
			.update();
	}

	// ---- mapping

	private static @Nullable HubCode hub(@Nullable String code) {
		return code == null ? null : HubCode.of(code);
	}

	static Parcel parcel(ResultSet rs, int row) throws SQLException {
		Long measured = rs.getObject("measured_grams", Long.class);
		Integer length = rs.getObject("length_mm", Integer.class);
		String currency = rs.getString("freight_currency");
		Long over = rs.getObject("overweight_minor", Long.class);
		String pickup = rs.getString("pickup_address");
		UUID consignment = rs.getObject("consignment_id", UUID.class);
		BigDecimal perKg = rs.getBigDecimal("freight_per_kg");
		CurrencyCode freightCurrency = currency == null ? null : CurrencyCode.of(currency);
		return new Parcel(new ParcelId(rs.getObject("id", UUID.class)), new Waybill(rs.getString("waybill")),
				new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("order_number"),
				new OrganisationId(rs.getObject("seller_id", UUID.class)), rs.getString("seller_name"),
				new UserId(rs.getObject("buyer_id", UUID.class)),
				new CorridorId(rs.getObject("corridor_id", UUID.class)), HubCode.of(rs.getString("origin_hub")),
				HubCode.of(rs.getString("destination_hub")), rs.getLong("declared_grams"), rs.getInt("declared_pieces"),
				measured,
				length == null ? null : new Parcel.Dimensions(length, rs.getInt("width_mm"), rs.getInt("height_mm")),
				perKg, freightCurrency,
				over == null || freightCurrency == null ? null : Money.ofMinor(over, freightCurrency),
				Handover.valueOf(rs.getString("handover")),
				pickup == null ? null
						: new Parcel.PickupRequest(pickup, SqlTimes.instant(rs, "pickup_from"),
								SqlTimes.instant(rs, "pickup_to")),
				Milestone.valueOf(rs.getString("status")), consignment == null ? null : new ConsignmentId(consignment),
				SqlTimes.instant(rs, "created_at"), SqlTimes.instant(rs, "received_at"), rs.getString("received_by"),
				SqlTimes.instant(rs, "updated_at"));
	}

	static Consignment consignment(ResultSet rs, int row) throws SQLException {
		Long cost = rs.getObject("carrier_cost_minor", Long.class);
		String currency = rs.getString("carrier_currency");
		return new Consignment(new ConsignmentId(rs.getObject("id", UUID.class)),
				new CorridorId(rs.getObject("corridor_id", UUID.class)), HubCode.of(rs.getString("origin_hub")),
				HubCode.of(rs.getString("destination_hub")), DepartureMode.valueOf(rs.getString("mode")),
				SqlTimes.instant(rs, "cutoff_at"), rs.getLong("capacity_grams"), rs.getInt("capacity_pieces"),
				rs.getLong("loaded_grams"), rs.getInt("loaded_pieces"), rs.getString("master_waybill"),
				ConsignmentStatus.valueOf(rs.getString("status")), rs.getString("carrier_name"),
				cost == null ? null : Money.ofMinor(cost, CurrencyCode.of(currency)),
				SqlTimes.instant(rs, "created_at"), rs.getString("created_by"), SqlTimes.instant(rs, "closed_at"),
				SqlTimes.instant(rs, "departed_at"), SqlTimes.instant(rs, "arrived_at"));
	}

}

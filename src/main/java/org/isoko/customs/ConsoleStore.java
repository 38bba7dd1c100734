package org.isoko.customs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.isoko.customs.ceb.MessageType;
import org.isoko.identity.UserId;
import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officer console's tables (what the queue filters on, the officers' decisions) and
 * its reads of the declarations. Kept apart from {@link DeclarationStore}, which
 * declaring and receipts use.
 */
@Repository
class ConsoleStore {

	private final JdbcClient jdbc;

	private final DeclarationStore declarations;

	ConsoleStore(JdbcClient jdbc, DeclarationStore declarations) {
		this.jdbc = jdbc;
		this.declarations = declarations;
	}

	/** What the queue knows of a declaration besides the declaration itself. */
	record Facts(UUID declaration, HubCode originHub, @Nullable ConsignmentId consignment, Set<DeclarationRisk> risks,
			@Nullable String findings, Instant assessedAt) {
	}

	/**
	 * The documents declared (as stored: unsigned, see {@link CustomsOutbox}), by type:
	 * the latest revision of each (amendments).
	 */
	Map<MessageType, String> messages(UUID declaration) {
		Map<MessageType, String> bodies = new EnumMap<>(MessageType.class);
		jdbc.sql("SELECT message_type, body FROM customs_outbox WHERE declaration_id = :d ORDER BY revision")
			.param("d", declaration)
			.query((rs, n) -> bodies.put(MessageType.valueOf(rs.getString("message_type")), rs.getString("body")))
			.list();
		return bodies;
	}

	/** Declarations of a country not assessed yet, oldest first. */
	List<Declaration> unassessed(CountryCode country, int limit) {
		return jdbc
			.sql("""
					SELECT d.id FROM customs_declaration d
					WHERE d.country = :c AND NOT EXISTS (SELECT 1 FROM customs_declaration_facts f WHERE f.declaration_id = d.id)
					ORDER BY d.declared_at LIMIT :limit""")
			.param("c", country.value())
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(declarations::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/** True when an earlier declaration names the same buyer (name and masked ID). */
	boolean declaredBefore(Declaration d) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_declaration
				WHERE buyer_name = :name AND buyer_id_masked = :masked AND id <> :id
				  AND (declared_at < :at OR declared_at = :at AND id < :id)""")
			.param("name", d.buyerName())
			.param("masked", d.buyerIdMasked())
			.param("id", d.id())
			.param("at", SqlTimes.utc(d.declaredAt()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records an assessment once (a second one, from a concurrent request, is dropped).
	 */
	void insert(Facts f) {
		jdbc.sql("""
				INSERT INTO customs_declaration_facts (declaration_id, origin_hub, consignment_id, mismatch,
				  first_time_buyer, near_limit, findings, assessed_at)
				SELECT :d, :origin, :consignment, :mismatch, :first, :near, :findings, :at
				WHERE NOT EXISTS (SELECT 1 FROM customs_declaration_facts WHERE declaration_id = :d)""")
			.param("d", f.declaration())
			.param("origin", f.originHub().value())
			.param("consignment", f.consignment() == null ? null : f.consignment().value())
			.param("mismatch", f.risks().contains(DeclarationRisk.MISMATCH))
			.param("first", f.risks().contains(DeclarationRisk.FIRST_TIME_BUYER))
			.param("near", f.risks().contains(DeclarationRisk.NEAR_LIMIT))
			.param("findings",
					f.findings() == null || f.findings().length() <= 4000 ? f.findings()
							: f.findings().substring(0, 4000))
			.param("at", SqlTimes.utc(f.assessedAt()))
			.update();
	}

	/** Replaces a declaration's assessment (its documents changed: an amendment). */
	void reassessed(Facts f) {
		jdbc.sql("DELETE FROM customs_declaration_facts WHERE declaration_id = :d")
			.param("d", f.declaration())
			.update();
		insert(f);
	}

	Optional<Facts> facts(UUID declaration) {
		return jdbc.sql("SELECT * FROM customs_declaration_facts WHERE declaration_id = :d")
			.param("d", declaration)
			.query((rs, n) -> facts(rs))
			.optional();
	}

	// ---- the queue

	/** One line of the queue. */
	record Entry(Declaration declaration, Facts facts) {
	}

	PageOf<Entry> queue(CountryCode country, DeclarationQueue.Filter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE d.country = :c");
		Map<String, Object> params = new HashMap<>();
		params.put("c", country.value());
		if (filter.status() != null) {
			where.append(" AND d.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.origin() != null) {
			where.append(" AND f.origin_hub = :origin");
			params.put("origin", filter.origin().value());
		}
		if (filter.destination() != null) {
			where.append(" AND d.destination_hub = :destination");
			params.put("destination", filter.destination().value());
		}
		if (filter.consignment() != null) {
			where.append(" AND f.consignment_id = :consignment");
			params.put("consignment", filter.consignment().value());
		}
		if (filter.risk() != null) {
			where.append(switch (filter.risk()) {
				case MISMATCH -> " AND f.mismatch";
				case FIRST_TIME_BUYER -> " AND f.first_time_buyer";
				case NEAR_LIMIT -> " AND f.near_limit";
			});
		}
		String from = " FROM customs_declaration d JOIN customs_declaration_facts f ON f.declaration_id = d.id";
		long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Entry> items = jdbc
			.sql("SELECT d.*, f.*" + from + where + " ORDER BY d.declared_at DESC, d.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new Entry(DeclarationStore.declaration(rs, n), facts(rs)))
			.list();
		return PageOf.of(items, page, total);
	}

	/** How many declarations a country has, whatever their state. */
	long count(CountryCode country) {
		return jdbc.sql("SELECT COUNT(*) FROM customs_declaration WHERE country = :c")
			.param("c", country.value())
			.query(Long.class)
			.single();
	}

	/** The corridors (origin, destination) a country's declarations came by. */
	List<List<HubCode>> corridors(CountryCode country) {
		return jdbc.sql("""
				SELECT DISTINCT f.origin_hub, d.destination_hub FROM customs_declaration d
				JOIN customs_declaration_facts f ON f.declaration_id = d.id WHERE d.country = :c
				ORDER BY f.origin_hub, d.destination_hub""")
			.param("c", country.value())
			.query((rs, n) -> List.of(HubCode.of(rs.getString(1)), HubCode.of(rs.getString(2))))
			.list();
	}

	/** The consignments a country's declared parcels flew in. */
	List<ConsignmentId> consignments(CountryCode country) {
		return jdbc.sql("""
				SELECT DISTINCT f.consignment_id FROM customs_declaration d
				JOIN customs_declaration_facts f ON f.declaration_id = d.id
				WHERE d.country = :c AND f.consignment_id IS NOT NULL ORDER BY f.consignment_id""")
			.param("c", country.value())
			.query((rs, n) -> new ConsignmentId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Time from declared to released, per corridor (origin, destination). */
	Map<List<HubCode>, List<Duration>> clearanceTimes(CountryCode country) {
		Map<List<HubCode>, List<Duration>> times = new java.util.TreeMap<>(
				(a, b) -> (a.get(0).value() + a.get(1).value()).compareTo(b.get(0).value() + b.get(1).value()));
		jdbc.sql("""
				SELECT f.origin_hub, d.destination_hub, d.declared_at, d.decided_at FROM customs_declaration d
				JOIN customs_declaration_facts f ON f.declaration_id = d.id
				WHERE d.country = :c AND d.status = 'RELEASED' AND d.decided_at IS NOT NULL""")
			.param("c", country.value())
			.query((rs, n) -> times
				.computeIfAbsent(List.of(HubCode.of(rs.getString(1)), HubCode.of(rs.getString(2))),
						k -> new ArrayList<>())
				.add(Duration.between(SqlTimes.instant(rs, "declared_at"), SqlTimes.instant(rs, "decided_at"))))
			.list();
		return times;
	}

	// ---- officers' decisions

	record Decision(UUID id, UUID declaration, OfficerAction action, @Nullable HoldReason reason, @Nullable String note,
			UserId officer, String officerName, Instant at) {
	}

	void insert(Decision d) {
		jdbc.sql("""
				INSERT INTO customs_officer_decision (id, declaration_id, action, hold_reason, note, officer_id,
				  officer_name, decided_at)
				VALUES (:id, :d, :action, :reason, :note, :officer, :name, :at)""")
			.param("id", d.id())
			.param("d", d.declaration())
			.param("action", d.action().name())
			.param("reason", d.reason() == null ? null : d.reason().name())
			.param("note", d.note())
			.param("officer", d.officer().value())
			.param("name", d.officerName())
			.param("at", SqlTimes.utc(d.at()))
			.update();
	}

	/** A declaration's decisions, oldest first. */
	List<Decision> decisions(UUID declaration) {
		return jdbc.sql("SELECT * FROM customs_officer_decision WHERE declaration_id = :d ORDER BY seq")
			.param("d", declaration)
			.query((rs, n) -> new Decision(rs.getObject("id", UUID.class), rs.getObject("declaration_id", UUID.class),
					OfficerAction.valueOf(rs.getString("action")),
					rs.getString("hold_reason") == null ? null : HoldReason.valueOf(rs.getString("hold_reason")),
					rs.getString("note"), new UserId(rs.getObject("officer_id", UUID.class)),
					rs.getString("officer_name"), SqlTimes.instant(rs, "decided_at")))
			.list();
	}

	private static Facts facts(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<DeclarationRisk> risks = EnumSet.noneOf(DeclarationRisk.class);
		if (rs.getBoolean("mismatch")) {
			risks.add(DeclarationRisk.MISMATCH);
		}
		if (rs.getBoolean("first_time_buyer")) {
			risks.add(DeclarationRisk.FIRST_TIME_BUYER);
		}
		if (rs.getBoolean("near_limit")) {
			risks.add(DeclarationRisk.NEAR_LIMIT);
		}
		UUID consignment = rs.getObject("consignment_id", UUID.class);
		return new Facts(rs.getObject("declaration_id", UUID.class), HubCode.of(rs.getString("origin_hub")),
				consignment == null ? null : new ConsignmentId(consignment), risks, rs.getString("findings"),
				SqlTimes.instant(rs, "assessed_at"));
	}

}

package org.isoko.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.isoko.shared.NotFound;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's saved delivery addresses: listed on the account, one of them the default that
 * checkout starts from. Checked with the same rules as checkout's address
 * ({@link DeliveryAddress#problems}); a buyer sees and changes only their own. The first
 * address saved becomes the default; deleting the default makes the oldest left the
 * default.
 */
@Service
public class AddressBook {

	/** Enough for home, work, a relative and the cooperative's shop. */
	public static final int MAX_ADDRESSES = 10;

	static final String SAVED = "ADDRESS_SAVED";

	static final String CHANGED = "ADDRESS_CHANGED";

	static final String DEFAULT_CHOSEN = "ADDRESS_DEFAULT_CHOSEN";

	static final String DELETED = "ADDRESS_DELETED";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	AddressBook(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** One saved address, as typed (trimmed). */
	public record SavedAddress(UUID id, String name, String phone, String line, String city, String region,
			@Nullable String postcode, boolean isDefault, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public List<SavedAddress> of(CurrentUser buyer) {
		return jdbc.sql("SELECT * FROM ordering_saved_address WHERE buyer_id = :buyer ORDER BY created_at, id")
			.param("buyer", buyer.id().value())
			.query((rs, row) -> new SavedAddress(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("phone"), rs.getString("line"), rs.getString("city"), rs.getString("region"),
					rs.getString("postcode"), rs.getBoolean("is_default"), SqlTimes.instant(rs, "updated_at")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<SavedAddress> find(CurrentUser buyer, UUID id) {
		return of(buyer).stream().filter(a -> a.id().equals(id)).findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<SavedAddress> defaultOf(CurrentUser buyer) {
		return of(buyer).stream().filter(SavedAddress::isDefault).findFirst();
	}

	/**
	 * @return the problems by field (nothing saved) or an empty map
	 */
	@Transactional
	public Map<String, String> add(CurrentUser buyer, Fields fields) {
		Map<String, String> problems = fields.problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		List<SavedAddress> existing = of(buyer);
		if (existing.size() >= MAX_ADDRESSES) {
			throw new InvalidInput("address", "You can save up to " + MAX_ADDRESSES + " addresses; delete one first");
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO ordering_saved_address (id, buyer_id, name, phone, line, city, region, postcode, is_default,
				  created_at, updated_at)
				VALUES (:id, :buyer, :name, :phone, :line, :city, :region, :postcode, :isDefault, :now, :now)""")
			.param("id", id)
			.param("buyer", buyer.id().value())
			.params(fields.columns())
			.param("isDefault", existing.isEmpty() || fields.makeDefault())
			.param("now", SqlTimes.utc(now))
			.update();
		audit.record(SAVED, target(id), existing.isEmpty() ? "the first, default" : null);
		if (fields.makeDefault() && !existing.isEmpty()) {
			makeDefault(buyer, id);
		}
		return Map.of();
	}

	@Transactional
	public Map<String, String> update(CurrentUser buyer, UUID id, Fields fields) {
		SavedAddress before = require(buyer, id);
		Map<String, String> problems = fields.problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		jdbc.sql("""
				UPDATE ordering_saved_address SET name = :name, phone = :phone, line = :line, city = :city,
				  region = :region, postcode = :postcode, updated_at = :now WHERE id = :id AND buyer_id = :buyer""")
			.params(fields.columns())
			.param("now", SqlTimes.utc(clock.instant()))
			.param("id", id)
			.param("buyer", buyer.id().value())
			.update();
		List<String> changed = fields.changedFrom(Fields.of(before));
		if (!changed.isEmpty()) {
			audit.record(CHANGED, target(id), String.join(", ", changed));
		}
		if (fields.makeDefault() && !before.isDefault()) {
			makeDefault(buyer, id);
		}
		return Map.of();
	}

	@Transactional
	public void makeDefault(CurrentUser buyer, UUID id) {
		require(buyer, id);
		jdbc.sql("UPDATE ordering_saved_address SET is_default = (id = :id) WHERE buyer_id = :buyer")
			.param("id", id)
			.param("buyer", buyer.id().value())
			.update();
		audit.record(DEFAULT_CHOSEN, target(id), null);
	}

	@Transactional
	public void delete(CurrentUser buyer, UUID id) {
		SavedAddress gone = require(buyer, id);
		jdbc.sql("DELETE FROM ordering_saved_address WHERE id = :id AND buyer_id = :buyer")
			.param("id", id)
			.param("buyer", buyer.id().value())
			.update();
		audit.record(DELETED, target(id), gone.isDefault() ? "was the default" : null);
		if (gone.isDefault()) {
			of(buyer).stream().findFirst().ifPresent(next -> makeDefault(buyer, next.id()));
		}
	}

	private static String target(UUID id) {
		return "saved address " + id;
	}

	private SavedAddress require(CurrentUser buyer, UUID id) {
		return find(buyer, id).orElseThrow(() -> new NotFound("No saved address " + id));
	}

	/** An address as submitted by the form (strings as typed, shown back with errors). */
	public record Fields(String name, String phone, String line, String city, String region, String postcode,
			boolean makeDefault) {

		public static Fields of(SavedAddress a) {
			return new Fields(a.name(), a.phone(), a.line(), a.city(), a.region(),
					a.postcode() == null ? "" : a.postcode(), a.isDefault());
		}

		Map<String, String> problems() {
			return DeliveryAddress.problems(name, phone, line, city, region, postcode);
		}

		/**
		 * The names of the fields whose stored value this form changes, in form order.
		 */
		List<String> changedFrom(Fields stored) {
			Map<String, Object> mine = columns();
			Map<String, Object> theirs = stored.columns();
			return List.of("name", "phone", "line", "city", "region", "postcode")
				.stream()
				.filter(field -> !java.util.Objects.equals(mine.get(field), theirs.get(field)))
				.toList();
		}

		Map<String, Object> columns() {
			Map<String, Object> columns = new java.util.HashMap<>();
			columns.put("name", name.trim());
			// Kept in international form, as checkout stores a delivery phone.
			columns.put("phone", Msisdn.of(phone).international());
			columns.put("line", line.trim());
			columns.put("city", city.trim());
			columns.put("region", region.trim());
			columns.put("postcode", postcode.isBlank() ? null : postcode.trim());
			return columns;
		}
	}

}

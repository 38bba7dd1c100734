package org.isoko.customs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.customs.ceb.Ceb;
import org.isoko.customs.ceb.ResidentId;
import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.Orderer;
import org.isoko.ordering.OrdererIdentities;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orderer's identity of cross-border retail orders: checked at checkout (a real name,
 * an 18-character resident ID number with its GB 11643 check character), kept encrypted
 * ({@link IdentityCipher}), shown masked, reused by the same buyer, and opened whole only
 * to build the declaration. The orderer is the account holder, who pays: the payment
 * (CEB411) declares the same person as its payer.
 */
@Service
class BuyerIdentities implements OrdererIdentities {

	private static final Logger LOG = LoggerFactory.getLogger(BuyerIdentities.class);

	static final int MAX_NAME = 60;

	static final String CHECKOUT = "CHECKOUT";

	private final IdentityStore store;

	private final IdentityCipher cipher;

	private final IdentitySettings settings;

	BuyerIdentities(IdentityStore store, IdentityCipher cipher, IdentitySettings settings) {
		this.store = store;
		this.cipher = cipher;
		this.settings = settings;
	}

	/** The whole identity, opened for a declaration. */
	record Opened(UUID id, String name, String idType, String idNumber) {

		@Override
		public String toString() {
			return "Opened[" + id + "]";
		}
	}

	@Override
	public boolean requiredAtCheckout() {
		return settings.identityAtCheckout();
	}

	@Override
	public Map<String, String> problems(UserId buyer, Orderer orderer) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (orderer.saved() != null) {
			if (usable(buyer, orderer.saved()).isEmpty()) {
				problems.put("saved", "unknown");
			}
			return problems;
		}
		String name = orderer.name() == null ? "" : orderer.name().strip();
		if (name.isEmpty()) {
			problems.put("name", "required");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", "tooLong");
		}
		String number = normalized(orderer.idNumber());
		if (number.isEmpty()) {
			problems.put("idNumber", "required");
		}
		else if (!ResidentId.isValid(number)) {
			problems.put("idNumber", "invalid");
		}
		return problems;
	}

	@Override
	@Transactional
	public void keep(OrderId order, UserId buyer, @Nullable Orderer orderer, boolean required, Instant at) {
		check(buyer, orderer, required);
		if (!given(orderer)) {
			latest(buyer).ifPresent(identity -> use(order, identity.id(), at));
			return;
		}
		UUID identity = orderer.saved() != null ? orderer.saved()
				: save(buyer, orderer.name().strip(), normalized(orderer.idNumber()), CHECKOUT, at);
		use(order, identity, at);
	}

	@Override
	@Transactional(readOnly = true)
	public void check(UserId buyer, @Nullable Orderer orderer, boolean required) {
		if (!given(orderer)) {
			if (required) {
				throw new InvalidInput("orderer",
						"orderer is required for a cross-border retail order: the real "
								+ "name and resident ID number of the account holder, who pays (orderer.name, "
								+ "orderer.idNumber), or orderer.savedId of a saved identity");
			}
			return;
		}
		Map<String, String> problems = problems(buyer, orderer);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new InvalidInput("orderer." + (first.getKey().equals("saved") ? "savedId" : first.getKey()),
					explanation(first.getKey(), first.getValue()));
		}
	}

	private static boolean given(@Nullable Orderer orderer) {
		return orderer != null && (orderer.saved() != null || !blank(orderer.name()) || !blank(orderer.idNumber()));
	}

	private static String explanation(String field, String problem) {
		return switch (field + "." + problem) {
			case "saved.unknown" -> "orderer.savedId is not one of your saved identities";
			case "name.required" -> "orderer.name is required: the account holder's real name";
			case "name.tooLong" -> "orderer.name must be at most " + MAX_NAME + " characters";
			case "idNumber.required" -> "orderer.idNumber is required: the 18-character resident ID number";
			default -> "orderer.idNumber is not a valid resident ID number (18 characters, a real date of "
					+ "birth and the right check character)";
		};
	}

	/**
	 * Saves an identity of the buyer, or finds the same one saved before (so that the
	 * buyer's choice lists it once).
	 */
	@Transactional
	UUID save(UserId buyer, String name, String idNumber, String source, Instant at) {
		for (IdentityStore.Row row : store.ofUser(buyer)) {
			Optional<Opened> opened = open(row);
			if (opened.isPresent() && opened.get().name().equals(name) && opened.get().idNumber().equals(idNumber)) {
				return row.id();
			}
		}
		UUID id = UUID.randomUUID();
		store.insert(new IdentityStore.Row(id, buyer, Ceb.ID_TYPE_RESIDENT, cipher.seal(name, context(id, "name")),
				cipher.seal(idNumber, context(id, "idNumber")), ResidentId.masked(idNumber), at, null), source);
		store.event(id, "SAVED", null, source, at);
		return id;
	}

	private void use(OrderId order, UUID identity, Instant at) {
		if (store.link(order, identity, at)) {
			store.event(identity, "USED", order, "Isoko (system)", at);
		}
	}

	@Override
	public List<Saved> saved(UserId buyer) {
		return store.ofUser(buyer)
			.stream()
			.flatMap(row -> open(row).map(o -> new Saved(row.id(), o.name(), row.masked())).stream())
			.toList();
	}

	@Override
	public Optional<Saved> ofOrder(OrderId order) {
		return store.ofOrder(order).flatMap(row -> open(row).map(o -> new Saved(row.id(), o.name(), row.masked())));
	}

	/**
	 * The identity to declare an order with: the one given at checkout; for an order
	 * placed without one (demo data, drops), the buyer's latest saved identity, then
	 * linked to the order so that its erasure follows the order's clearance.
	 */
	@Transactional
	Optional<Opened> forDeclaration(OrderId order, UserId buyer, Instant at) {
		Optional<IdentityStore.Row> linked = store.ofOrder(order);
		if (linked.isPresent()) {
			return open(linked.get());
		}
		Optional<Opened> latest = latest(buyer);
		latest.ifPresent(identity -> use(order, identity.id(), at));
		return latest;
	}

	private Optional<Opened> latest(UserId buyer) {
		return store.ofUser(buyer).stream().flatMap(row -> open(row).stream()).findFirst();
	}

	private Optional<Opened> usable(UserId buyer, UUID id) {
		return store.find(id).filter(row -> row.user().equals(buyer) && row.erasedAt() == null).flatMap(this::open);
	}

	/** Empty when erased, or sealed with another key (a drawn key of an earlier run). */
	Optional<Opened> open(IdentityStore.Row row) {
		if (row.nameSealed() == null || row.idNumberSealed() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Opened(row.id(), cipher.open(row.nameSealed(), context(row.id(), "name")),
					row.idType(), cipher.open(row.idNumberSealed(), context(row.id(), "idNumber"))));
		}
		catch (IdentityCipher.Unreadable ex) {
			LOG.warn("Orderer identity {} does not open ({}): not used", row.id(), ex.getMessage());
			return Optional.empty();
		}
	}

	static String context(UUID id, String field) {
		return "customs_orderer_identity:" + id + ":" + field;
	}

	/** The name with all but its first character starred (张**, J*******). */
	static String maskedName(String name) {
		int first = name.isEmpty() ? 0 : name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	private static String normalized(@Nullable String idNumber) {
		return idNumber == null ? "" : idNumber.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

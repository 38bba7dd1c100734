package org.isoko.customs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotDocument;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.eac.EntryMessage;
import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.customs.eac.EntryXml;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.ConsignmentId;
import org.isoko.logistics.ConsignmentStatus;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.DepartureMode;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.Parcels;
import org.isoko.logistics.WrongHub;
import org.isoko.network.Network;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderClearance;
import org.isoko.ordering.OrderLine;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares consignments on the EAC corridors: the export entry at a Rwandan origin hub
 * (its agent submits it; the consignment may not depart before it is released, see
 * {@link ExportClearance}) and the import entry when a consignment arrives at a Kenyan or
 * Rwandan destination hub (declared on arrival, with the duty, VAT and other charges each
 * order's quote stored on the order). Each revision is one signed message in the entry
 * outbox; a queried entry is submitted again as a new revision. The goods are declared
 * per house waybill, one item per order line.
 */
@Service
public class ConsignmentEntries {

	private static final Logger LOG = LoggerFactory.getLogger(ConsignmentEntries.class);

	static final String SYSTEM = "Isoko (system)";

	private final EntryStore store;

	private final Consignments consignments;

	private final Parcels parcels;

	private final OrderClearance orders;

	private final Catalog catalog;

	private final Network network;

	private final CustomsSettings settings;

	private final CustomsKeys keys;

	private final Clock clock;

	ConsignmentEntries(EntryStore store, Consignments consignments, Parcels parcels, OrderClearance orders,
			Catalog catalog, Network network, CustomsSettings settings, CustomsKeys keys, Clock clock) {
		this.store = store;
		this.consignments = consignments;
		this.parcels = parcels;
		this.orders = orders;
		this.catalog = catalog;
		this.network = network;
		this.settings = settings;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * An entry with its goods, its documents (and among them those missing), and its
	 * history.
	 */
	public record EntryView(ConsignmentEntry entry, List<ConsignmentEntry.Line> lines,
			List<ConsignmentEntry.Document> documents, List<ConsignmentEntry.Document> missing,
			List<ConsignmentEntry.Change> history) {

		static EntryView of(ConsignmentEntry entry, List<ConsignmentEntry.Line> lines,
				List<ConsignmentEntry.Document> documents, List<ConsignmentEntry.Change> history) {
			return new EntryView(entry, lines, documents, documents.stream().filter(d -> !d.present()).toList(),
					history);
		}

	}

	// ---- export at origin

	/**
	 * The origin hub's agent declares the consignment for export, or submits it again
	 * after a query (or after its parcels changed). Submitting an entry the authority is
	 * still examining is refused (409); one released for exactly these parcels is
	 * returned as it is.
	 */
	@Transactional
	public ConsignmentEntry declareExport(CurrentUser user, ConsignmentId id) {
		Consignment c = consignments.visibleTo(user, id);
		requireAgentAt(user, c.origin(), "declares its exports");
		CountryCode country = countryOf(c.origin());
		if (!settings.eac().exportCountries().contains(country.value())) {
			throw new Conflict("Hub " + c.origin() + " is in " + country + ": no export entry is declared there");
		}
		if (c.status() != ConsignmentStatus.OPEN && c.status() != ConsignmentStatus.CLOSED) {
			throw new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ": it has left");
		}
		List<Parcel> on = consignments.parcelsOf(id);
		if (on.isEmpty()) {
			throw new Conflict("Consignment " + c.masterWaybill() + " has no parcels: nothing to declare");
		}
		Optional<ConsignmentEntry> existing = store.lockOf(id, EntryDirection.EXPORT);
		if (existing.isPresent()) {
			ConsignmentEntry e = existing.get();
			if (e.status().isOpen()) {
				throw new Conflict(
						"Export entry " + e.reference() + " is " + e.status() + ": the authority has not answered yet");
			}
			if (e.status() == EntryStatus.RELEASED && store.waybills(e.id()).equals(waybills(on))) {
				return e;
			}
		}
		return submit(c, EntryDirection.EXPORT, country, c.origin(), existing.orElse(null), on, actor(user));
	}

	// ---- import at destination

	/**
	 * Declares the consignment of a parcel that arrived at a Kenyan or Rwandan hub for
	 * import (once per consignment: every parcel that arrived with it), hands its parcels
	 * to customs and their orders go IN_CUSTOMS. Empty when nothing is declared.
	 */
	@Transactional
	public Optional<ConsignmentEntry> declareImport(ParcelId arrived) {
		if (!settings.eac().declareImports()) {
			return Optional.empty();
		}
		Parcel parcel = parcels.parcel(arrived).orElse(null);
		if (parcel == null || parcel.consignment() == null) {
			return Optional.empty();
		}
		Optional<ConsignmentEntry> existing = store.of(parcel.consignment(), EntryDirection.IMPORT);
		if (existing.isPresent()) {
			return existing;
		}
		Consignment c = consignments.consignment(parcel.consignment()).orElse(null);
		if (c == null || c.status() != ConsignmentStatus.ARRIVED) {
			return Optional.empty();
		}
		CountryCode country = countryOf(c.destination());
		if (!settings.eac().importCountries().contains(country.value())) {
			return Optional.empty();
		}
		List<Parcel> arrivedWith = consignments.parcelsOf(c.id())
			.stream()
			.filter(p -> p.status() == Milestone.ARRIVED_AT_DESTINATION)
			.toList();
		if (arrivedWith.isEmpty()) {
			return Optional.empty();
		}
		ConsignmentEntry entry = submit(c, EntryDirection.IMPORT, country, c.destination(), null, arrivedWith, SYSTEM);
		Instant now = clock.instant();
		for (Parcel p : arrivedWith) {
			parcels.postCustoms(p.id(), Milestone.HANDED_TO_CUSTOMS, entry.authority(), null, now);
			orders.handedToCustoms(p.order(), entry.authority(), now);
		}
		return Optional.of(entry);
	}

	/**
	 * The destination hub's agent submits a queried import entry again (the goods still
	 * with customs).
	 */
	@Transactional
	public ConsignmentEntry resubmitImport(CurrentUser user, ConsignmentId id) {
		Consignment c = consignments.visibleTo(user, id);
		requireAgentAt(user, c.destination(), "declares its imports");
		ConsignmentEntry e = store.lockOf(id, EntryDirection.IMPORT)
			.orElseThrow(() -> new NotFound("Consignment " + c.masterWaybill() + " has no import entry"));
		if (e.status() != EntryStatus.QUERIED) {
			throw new Conflict("Import entry " + e.reference() + " is " + e.status() + ", not QUERIED");
		}
		List<Parcel> declared = consignments.parcelsOf(id)
			.stream()
			.filter(p -> store.waybills(e.id()).contains(p.waybill().value()))
			.toList();
		return submit(c, EntryDirection.IMPORT, e.country(), e.hub(), e, declared, actor(user));
	}

	// ---- reading

	/**
	 * A consignment's entry, for the hub staff of its origin or destination (404 for
	 * anybody else, as for the consignment).
	 */
	@Transactional(readOnly = true)
	public Optional<EntryView> ofConsignment(CurrentUser user, ConsignmentId id, EntryDirection direction) {
		consignments.visibleTo(user, id);
		return store.of(id, direction).map(this::view);
	}

	EntryView view(ConsignmentEntry e) {
		return EntryView.of(e, store.lines(e.id()), store.documents(e.id()), store.history(e.id()));
	}

	// ---- building and sending a revision

	private ConsignmentEntry submit(Consignment c, EntryDirection direction, CountryCode country, HubCode office,
			@Nullable ConsignmentEntry previous, List<Parcel> on, String actor) {
		Instant now = clock.instant();
		ConsignmentEntry entry;
		if (previous == null) {
			entry = new ConsignmentEntry(UUID.randomUUID(), c.id(), direction, country, office, c.origin(),
					c.destination(), c.masterWaybill(), reference(direction, office, now), 0, EntryStatus.SUBMITTED,
					null, null, null, now, null);
			store.insert(entry);
		}
		else {
			if (!store.resubmit(previous.id(), previous.revision() + 1, now)) {
				throw new Conflict("Entry " + previous.reference() + " changed meanwhile: try again");
			}
			entry = store.find(previous.id()).orElseThrow();
		}
		Contents contents = contents(c, direction, on);
		store.replaceContents(entry.id(), contents.lines(), contents.documents());
		EntryMessage message = message(entry, c, contents, now);
		store.enqueue(entry.id(), entry.revision(), message.guid(),
				CebSignature.sign(EntryXml.write(message), keys.signing()), now);
		store.history(entry.id(), EntryStatus.SUBMITTED, actor,
				entry.revision() == 0 ? null : "Revision " + entry.revision(), now);
		LOG.info("{} entry {} (revision {}) of consignment {} submitted to {}", direction, entry.reference(),
				entry.revision(), c.masterWaybill(), entry.authority());
		return entry;
	}

	record Contents(List<ConsignmentEntry.Line> lines, List<ConsignmentEntry.Document> documents) {
	}

	/**
	 * The goods: one item per order line of each house waybill, valued for export in the
	 * seller's currency (the invoice), for import in the buyer's with the duty, taxes
	 * (VAT) and fees the order's quote charged for that line (kept on the order).
	 */
	Contents contents(Consignment c, EntryDirection direction, List<Parcel> on) {
		CountryCode consigneeCountry = countryOf(c.destination());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<ConsignmentEntry.Line> lines = new ArrayList<>();
		List<ConsignmentEntry.Document> documents = new ArrayList<>();
		int itemNo = 1;
		for (Parcel p : on.stream().sorted(java.util.Comparator.comparing(x -> x.waybill().value())).toList()) {
			Order order = orders.declarable(p.order())
				.orElseThrow(() -> new Conflict("Order " + p.orderNumber() + " of parcel " + p.waybill()
						+ " cannot be read: it cannot be declared"));
			long gross = p.measuredGrams() != null ? p.measuredGrams() : p.declaredGrams();
			boolean coffee = false;
			List<LotDocument> lotDocuments = new ArrayList<>();
			for (OrderLine line : order.lines()) {
				coffee |= line.hsCode().value().startsWith("09");
				catalog.lot(line.lot())
					.ifPresent(
							lot -> lot.documents().stream().filter(d -> d.isValidOn(today)).forEach(lotDocuments::add));
				boolean imported = direction == EntryDirection.IMPORT;
				lines.add(new ConsignmentEntry.Line(itemNo++, p.waybill().value(), order.id().value(), order.number(),
						order.sellerName(), consigneeCountry.value(), line.hsCode().value(), line.productName(),
						line.quantity(), imported ? line.lineTotal() : line.lineTotalSeller(), p.declaredGrams(), gross,
						imported ? line.charges().duty() : null, imported ? line.charges().taxes() : null,
						imported ? line.charges().fees() : null));
			}
			String w = p.waybill().value();
			// Isoko issues the invoice and packing list of every parcel (logistics'
			// documents); the certificates are the lots' own, valid today.
			documents.add(new ConsignmentEntry.Document(w, DocumentCode.COMMERCIAL_INVOICE, true, "CI-" + w));
			documents.add(new ConsignmentEntry.Document(w, DocumentCode.PACKING_LIST, true, "PL-" + w));
			if (coffee) {
				documents.add(certificate(w, DocumentCode.CERTIFICATE_OF_ORIGIN, DocumentKind.CERTIFICATE_OF_ORIGIN,
						lotDocuments));
				documents.add(certificate(w, DocumentCode.QUALITY_CERTIFICATE, DocumentKind.QUALITY_CERTIFICATE,
						lotDocuments));
			}
		}
		return new Contents(lines, documents);
	}

	private static ConsignmentEntry.Document certificate(String waybill, DocumentCode code, DocumentKind kind,
			List<LotDocument> documents) {
		return documents.stream()
			.filter(d -> d.kind() == kind)
			.findFirst()
			.map(d -> new ConsignmentEntry.Document(waybill, code, true, d.number() + " (" + d.issuer() + ")"))
			.orElseGet(() -> new ConsignmentEntry.Document(waybill, code, false, null));
	}

	private EntryMessage message(ConsignmentEntry entry, Consignment c, Contents contents, Instant now) {
		List<EntryMessage.HouseWaybill> waybills = new ArrayList<>();
		for (String w : contents.lines().stream().map(ConsignmentEntry.Line::waybill).distinct().toList()) {
			List<ConsignmentEntry.Line> of = contents.lines().stream().filter(l -> l.waybill().equals(w)).toList();
			ConsignmentEntry.Line first = of.get(0);
			EntryMessage.Charges charges = null;
			if (entry.direction() == EntryDirection.IMPORT && first.duty() != null) {
				long duty = 0;
				long vat = 0;
				long other = 0;
				for (ConsignmentEntry.Line l : of) {
					duty += l.duty() == null ? 0 : l.duty().minorUnits();
					vat += l.vat() == null ? 0 : l.vat().minorUnits();
					other += l.other() == null ? 0 : l.other().minorUnits();
				}
				charges = new EntryMessage.Charges(first.duty().currency().value(), duty, vat, other);
			}
			waybills.add(new EntryMessage.HouseWaybill(w, first.orderNo(), first.exporter(), first.consigneeCountry(),
					first.netGrams(), first.grossGrams(),
					of.stream()
						.map(l -> new EntryMessage.Item(l.itemNo(), l.hsCode(), l.description(), l.quantity(),
								l.value().minorUnits(), l.value().currency().value()))
						.toList(),
					contents.documents()
						.stream()
						.filter(d -> d.waybill().equals(w))
						.map(d -> new EntryMessage.Document(d.kind(), d.present(), d.reference()))
						.toList(),
					charges));
		}
		return new EntryMessage(UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
				entry.direction() == EntryDirection.EXPORT ? EntryMessage.Procedure.EX1 : EntryMessage.Procedure.IM4,
				entry.reference(), entry.revision(), entry.country().value() + "-" + entry.hub().value(),
				settings.eac().declarant(), c.masterWaybill(), transportMode(c.mode()), countryOf(c.origin()).value(),
				countryOf(c.destination()).value(), now, waybills);
	}

	/** The C17 mode of transport: 4 air, 3 road, 1 sea. */
	static String transportMode(DepartureMode mode) {
		return switch (mode) {
			case FLIGHT -> "4";
			case SEA -> "1";
			case TRUCK -> "3";
		};
	}

	private static String reference(EntryDirection direction, HubCode office, Instant now) {
		return (direction == EntryDirection.EXPORT ? "EX-" : "IM-") + office.value() + "-"
				+ Long.toString(now.toEpochMilli(), 36).toUpperCase(Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
	}

	static List<String> waybills(List<Parcel> parcels) {
		return parcels.stream().map(p -> p.waybill().value()).sorted().distinct().toList();
	}

	CountryCode countryOf(HubCode hub) {
		return network.hub(hub)
			.map(h -> h.country())
			.orElseThrow(() -> new IllegalStateException("Unknown hub " + hub));
	}

	static String actor(CurrentUser user) {
		return user.displayName() + " (" + user.organisationName() + ")";
	}

	private static void requireAgentAt(CurrentUser user, HubCode hub, String what) {
		if (!user.isAdmin() && !user.has(Role.LOGISTICS_AGENT)) {
			throw new AccessDeniedException("Only logistics agents declare consignments");
		}
		if (!user.isAdmin() && !user.hub().equals(hub)) {
			throw new WrongHub("Only agents of hub " + hub + " " + what + "; you work at " + user.hub());
		}
	}

}

package org.isoko.customs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customs officer reads: the queue of their country's declarations (the officer's
 * organisation's country; another country's declarations do not exist for them: 404),
 * filtered by status, corridor, consignment and risk; one declaration with its documents
 * side by side, the failed checks, its history and the decisions taken; and the clearance
 * times per corridor.
 */
@Service
public class DeclarationQueue {

	/** The queue's filters; null: any. */
	public record Filter(@Nullable DeclarationStatus status, @Nullable HubCode origin, @Nullable HubCode destination,
			@Nullable ConsignmentId consignment, @Nullable DeclarationRisk risk) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	/** One line of the queue. */
	public record Item(Declaration declaration, HubCode origin, @Nullable ConsignmentId consignment,
			Set<DeclarationRisk> risks) {
	}

	/**
	 * What the filters can choose from, and how many declarations the country has at all
	 * (0: the empty state).
	 */
	public record Choices(List<List<HubCode>> corridors, List<ConsignmentId> consignments, long declarations) {
	}

	/** One recorded change of a declaration. */
	public record HistoryItem(DeclarationStatus status, String actor, @Nullable String reason, Instant at) {
	}

	/** One officer's decision. */
	public record Decision(OfficerAction action, @Nullable HoldReason reason, @Nullable String note, String officer,
			Instant at) {
	}

	/**
	 * @param documents the four documents side by side; null when they cannot be read
	 * back (a message customs could not read either)
	 * @param allowed what the officer may do now
	 */
	public record Detail(Item item, @Nullable DocumentComparison documents, List<HistoryItem> history,
			List<Decision> decisions, Set<OfficerAction> allowed) {
	}

	/** Declared → released, per corridor, over the released declarations. */
	public record ClearanceTimes(HubCode origin, HubCode destination, int released, Duration p50, Duration p95) {
	}

	private final ConsoleStore store;

	private final DeclarationStore declarations;

	private final DeclarationAssessor assessor;

	DeclarationQueue(ConsoleStore store, DeclarationStore declarations, DeclarationAssessor assessor) {
		this.store = store;
		this.declarations = declarations;
		this.assessor = assessor;
	}

	@Transactional
	public PageOf<Item> queue(CurrentUser officer, Filter filter, PageRequest page) {
		CountryCode country = countryOf(officer);
		assessor.assessNew(country);
		return store.queue(country, filter, page).map(e -> item(e.declaration(), e.facts()));
	}

	@Transactional(readOnly = true)
	public Choices choices(CurrentUser officer) {
		CountryCode country = countryOf(officer);
		return new Choices(store.corridors(country), store.consignments(country), store.count(country));
	}

	@Transactional
	public Detail detail(CurrentUser officer, UUID id) {
		Declaration d = visible(officer, id);
		ConsoleStore.Facts facts = store.facts(d.id()).orElseGet(() -> {
			ConsoleStore.Facts assessed = assessor.assess(d);
			store.insert(assessed);
			return assessed;
		});
		MatchRules.Documents documents = assessor.documents(d);
		DocumentComparison comparison = documents == null ? null
				: DocumentComparison.of(cebMessages(d.id()), assessor.failures(documents));
		List<HistoryItem> history = declarations.history(d.id())
			.stream()
			.map(h -> new HistoryItem(h.status(), h.actor(), h.reason(), h.at()))
			.toList();
		List<Decision> decisions = store.decisions(d.id())
			.stream()
			.map(x -> new Decision(x.action(), x.reason(), x.note(), x.officerName(), x.at()))
			.toList();
		return new Detail(item(d, facts), comparison, history, decisions, allowed(d.status()));
	}

	@Transactional(readOnly = true)
	public List<ClearanceTimes> clearanceTimes(CurrentUser officer) {
		List<ClearanceTimes> result = new ArrayList<>();
		store.clearanceTimes(countryOf(officer)).forEach((corridor, times) -> {
			List<Duration> sorted = times.stream().sorted().toList();
			result.add(new ClearanceTimes(corridor.get(0), corridor.get(1), sorted.size(), percentile(sorted, 50),
					percentile(sorted, 95)));
		});
		return result;
	}

	/** Nearest-rank percentile of a sorted, non-empty list. */
	static Duration percentile(List<Duration> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	/** What an officer may do on a declaration in this state. */
	static Set<OfficerAction> allowed(DeclarationStatus status) {
		return switch (status) {
			case DECLARED, HELD -> EnumSet.allOf(OfficerAction.class);
			case RELEASED, REJECTED, ERROR -> EnumSet.noneOf(OfficerAction.class);
		};
	}

	/** The declaration, when it is of the officer's country; 404 otherwise. */
	Declaration visible(CurrentUser officer, UUID id) {
		CountryCode country = countryOf(officer);
		return declarations.find(id)
			.filter(d -> d.country().equals(country))
			.orElseThrow(() -> NotFound.of("Declaration", id));
	}

	static CountryCode countryOf(CurrentUser user) {
		if (!user.has(Role.CUSTOMS_OFFICER)) {
			throw new AccessDeniedException("Only customs officers see declarations");
		}
		return user.country();
	}

	private Map<MessageType, CebMessage> cebMessages(UUID declaration) {
		Map<MessageType, CebMessage> messages = new EnumMap<>(MessageType.class);
		store.messages(declaration).forEach((type, body) -> {
			try {
				messages.put(type, CebXml.read(body));
			}
			catch (CebFormatException ex) {
				// Shown as missing: customs said the same with its CEB900.
			}
		});
		return messages;
	}

	private static Item item(Declaration d, ConsoleStore.Facts f) {
		return new Item(d, f.originHub(), f.consignment(), f.risks());
	}

}

package org.isoko.logistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrderShipping;
import org.isoko.ordering.ShippableOrder;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the origin hub earns on freight: per departed consignment, the freight its buyers
 * paid (paid to the carrier's account at departure) against the carrier's actual cost,
 * and the same summed per corridor. Amounts of different currencies are never added: a
 * corridor's totals are per currency, and a consignment whose buyers paid in several
 * currencies, or whose cost is not recorded yet, has no margin and stays out of the
 * totals (counted as such).
 */
@Service
public class FreightMargins {

	private final LogisticsStore store;

	private final OrderShipping orders;

	FreightMargins(LogisticsStore store, OrderShipping orders) {
		this.store = store;
		this.orders = orders;
	}

	/** One departed consignment's freight money. */
	public record ConsignmentMargin(Consignment consignment, int parcels, @Nullable Money freightCollected,
			@Nullable Money carrierCost, @Nullable Money margin) {
	}

	/**
	 * A corridor's freight money in one currency over its departed consignments with a
	 * margin; {@code withoutMargin} counts the others.
	 */
	public record CorridorMargin(HubCode origin, HubCode destination, CurrencyCode currency, int consignments,
			Money freightCollected, Money carrierCost, Money margin, int withoutMargin) {
	}

	/** The page of consignments and the corridors' totals. */
	public record MarginReport(HubCode hub, PageOf<ConsignmentMargin> consignments, List<CorridorMargin> corridors) {
	}

	/** The margins of the consignments that left the user's hub. */
	@Transactional(readOnly = true)
	public MarginReport report(CurrentUser user, PageRequest page) {
		if (!Parcels.isHubStaff(user) || user.hub() == null) {
			throw new AccessDeniedException("Only a hub's operators and logistics agents see its freight margins");
		}
		HubCode hub = user.hub();
		List<ConsignmentMargin> all = store.departedFrom(hub).stream().map(this::margin).toList();
		int from = (int) Math.min(page.offset(), all.size());
		int to = Math.min(from + page.size(), all.size());
		return new MarginReport(hub, PageOf.of(all.subList(from, to), page, all.size()), corridors(all));
	}

	ConsignmentMargin margin(Consignment c) {
		List<Parcel> parcels = store.parcelsIn(c.id());
		Money collected = collected(parcels);
		Money cost = c.carrierCost();
		Money margin = collected != null && cost != null && collected.currency().equals(cost.currency())
				? collected.minus(cost) : null;
		return new ConsignmentMargin(c, parcels.size(), collected, cost, margin);
	}

	/**
	 * The freight the buyers paid for these parcels, or null when they paid in several
	 * currencies (no single figure) or there are none.
	 */
	@Nullable Money collected(List<Parcel> parcels) {
		Money collected = null;
		for (Parcel p : parcels) {
			Money freight = orders.shippable(p.order()).map(ShippableOrder::freight).orElse(null);
			if (freight == null || collected != null && !collected.currency().equals(freight.currency())) {
				return null;
			}
			collected = collected == null ? freight : collected.plus(freight);
		}
		return collected;
	}

	static List<CorridorMargin> corridors(List<ConsignmentMargin> consignments) {
		Map<String, List<ConsignmentMargin>> byCorridor = new LinkedHashMap<>();
		for (ConsignmentMargin m : consignments) {
			byCorridor
				.computeIfAbsent(m.consignment().origin() + ">" + m.consignment().destination(), k -> new ArrayList<>())
				.add(m);
		}
		List<CorridorMargin> result = new ArrayList<>();
		for (List<ConsignmentMargin> group : byCorridor.values()) {
			Consignment first = group.get(0).consignment();
			Map<CurrencyCode, List<ConsignmentMargin>> byCurrency = new LinkedHashMap<>();
			int without = 0;
			for (ConsignmentMargin m : group) {
				if (m.margin() == null) {
					without++;
				}
				else {
					byCurrency.computeIfAbsent(m.margin().currency(), k -> new ArrayList<>()).add(m);
				}
			}
			if (byCurrency.isEmpty()) {
				continue;
			}
			for (var entry : byCurrency.entrySet()) {
				CurrencyCode currency = entry.getKey();
				Money collected = Money.zero(currency);
				Money cost = Money.zero(currency);
				for (ConsignmentMargin m : entry.getValue()) {
					collected = collected.plus(m.freightCollected());
					cost = cost.plus(m.carrierCost());
				}
				result.add(new CorridorMargin(first.origin(), first.destination(), currency, entry.getValue().size(),
						collected, cost, collected.minus(cost), without));
			}
		}
		return result;
	}

}

package org.isoko.trade.tariff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.LandedCost.Line;
import org.isoko.trade.tariff.LandedCost.Notice;
import org.isoko.trade.tariff.LandedCost.OriginAdvice;
import org.jspecify.annotations.Nullable;

/**
 * Compares the landed cost of a shipment under each regime the buyer qualifies for on its
 * corridor. Which regime applies is the importer's (declarant's) choice among those the
 * goods and the corridor allow — the EAC Customs Union Protocol (art. 14 and 15) and the
 * AfCFTA Protocol on Trade in Goods (art. 4, 8) both leave a preference to be claimed,
 * never imposed — so the default is the cheapest, and a buyer who asks for another is
 * told what switching would save. The candidates are costed in full (duty, taxes on the
 * duty, fees) because a lower duty rate is not always a lower total.
 */
public final class RegimeChoice {

	private RegimeChoice() {
	}

	/**
	 * The landed cost under the cheapest of {@code candidates} (ties go to the earlier
	 * candidate), with a {@code REGIME_CHOSEN} notice naming the compared totals when
	 * there was more than one to compare. A candidate that cannot be quoted (no tariff
	 * line, no rule in force) is left out; when none can, the first one's refusal is
	 * thrown.
	 * @param candidates the regimes the corridor allows and the buyer qualifies for, in
	 * order of preference on a tie
	 */
	public static LandedCost cheapest(ReferenceData data, Shipment shipment, List<CustomsRegime> candidates) {
		Map<CustomsRegime, LandedCost> costs = costs(data, shipment, candidates);
		LandedCost best = null;
		for (LandedCost cost : costs.values()) {
			if (best == null || total(cost).compareTo(total(best)) < 0) {
				best = cost;
			}
		}
		if (best == null) {
			throw new IllegalArgumentException("No candidate regime");
		}
		if (costs.size() < 2) {
			return best;
		}
		List<String> args = new ArrayList<>(List.of(best.requestedRegime().name()));
		List<String> compared = new ArrayList<>();
		costs.forEach((regime, cost) -> {
			args.add(regime.name());
			args.add(total(cost).toString());
			compared.add(regime + " " + total(cost));
		});
		String comparison = String.join(", ", compared);
		// args: the chosen regime, then each compared regime and its total
		return withNotice(best,
				new Notice("REGIME_CHOSEN", args, "Quoted under " + best.requestedRegime()
						+ ", the lowest landed cost of the regimes this corridor allows and this buyer and "
						+ "these lots qualify for (" + comparison + "); another allowed regime may be chosen."));
	}

	/**
	 * The landed cost under the regime the buyer asked for ({@code shipment.regime()}),
	 * with origin advice naming each other candidate that would cost less, per line.
	 */
	public static LandedCost requested(ReferenceData data, Shipment shipment, List<CustomsRegime> candidates) {
		LandedCost asked = LandedCostCalculator.calculate(data, shipment);
		List<CustomsRegime> others = candidates.stream().filter(r -> r != shipment.regime()).toList();
		Map<CustomsRegime, LandedCost> costs = costs(data, shipment, others);
		List<OriginAdvice> advice = new ArrayList<>(asked.originAdvice());
		costs.forEach((regime, cost) -> {
			if (total(cost).compareTo(total(asked)) >= 0) {
				return;
			}
			for (int i = 0; i < asked.lines().size(); i++) {
				Line now = asked.lines().get(i);
				Line then = cost.lines().get(i);
				if (then.total().compareTo(now.total()) >= 0) {
					continue;
				}
				Money saving = now.total().minus(then.total());
				String certificate = then.duty().certificate();
				advice.add(new OriginAdvice(now.lot(), schemeOf(then), "Regime " + regime, now.duty().rate(),
						then.duty().rate(), saving, regime,
						"Switching this order to " + regime + " (allowed on this corridor) would lower the duty on lot "
								+ now.lot() + " from " + now.duty().rate() + " to " + then.duty().rate()
								+ (certificate == null ? "" : " (certificate of origin " + certificate + " is valid)")
								+ ", saving " + saving + "; the order would cost " + total(cost) + " instead of "
								+ total(asked) + "."));
			}
		});
		return new LandedCost(asked.date(), asked.corridor(), asked.origin(), asked.destination(), asked.importer(),
				asked.requestedRegime(), asked.regime(), asked.currency(), asked.lines(), asked.fxRates(),
				asked.freight(), asked.crossBorderRetail(), advice, asked.notices(), asked.rounding());
	}

	/** The sum of the rounded line totals, as the quote's total. */
	public static Money total(LandedCost cost) {
		Money total = Money.zero(cost.currency());
		for (Line line : cost.lines()) {
			total = total.plus(line.total());
		}
		return total;
	}

	private static Map<CustomsRegime, LandedCost> costs(ReferenceData data, Shipment shipment,
			List<CustomsRegime> candidates) {
		Map<CustomsRegime, LandedCost> costs = new LinkedHashMap<>();
		InvalidInput first = null;
		for (CustomsRegime regime : candidates) {
			try {
				costs.put(regime, LandedCostCalculator.calculate(data, shipment.withRegime(regime)));
			}
			catch (InvalidInput e) {
				first = first == null ? e : first;
			}
		}
		if (costs.isEmpty() && first != null) {
			throw first;
		}
		return costs;
	}

	/** The preference the line would earn after the switch, if any. */
	private static @Nullable PreferenceScheme schemeOf(Line line) {
		for (PreferenceScheme scheme : PreferenceScheme.values()) {
			if (scheme.name().equals(line.duty().scheme())) {
				return scheme;
			}
		}
		return null;
	}

	private static LandedCost withNotice(LandedCost cost, Notice notice) {
		List<Notice> notices = new ArrayList<>(cost.notices());
		notices.add(0, notice);
		return new LandedCost(cost.date(), cost.corridor(), cost.origin(), cost.destination(), cost.importer(),
				cost.requestedRegime(), cost.regime(), cost.currency(), cost.lines(), cost.fxRates(), cost.freight(),
				cost.crossBorderRetail(), cost.originAdvice(), notices, cost.rounding());
	}

}

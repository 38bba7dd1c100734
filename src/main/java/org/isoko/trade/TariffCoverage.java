package org.isoko.trade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.ListingRule;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotSummary;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.springframework.stereotype.Service;

/**
 * Every listing can be quoted: a lot is offered on a corridor only when the destination's
 * tariff has a line for its HS code in force (the MFN line: every regime but China's
 * cross-border retail falls back to it, and an importer always needs it), and hub
 * operators see the listed lots whose line is missing (rows closed or lots listed before
 * the rule), so that they add the line or ask the seller to withdraw.
 */
@Service
public class TariffCoverage implements ListingRule {

	/** Lots looked at per corridor on the operators' page. */
	static final int LOTS_PER_CORRIDOR = 2_000;

	private final TradeReferenceData reference;

	private final Network network;

	private final Catalog catalog;

	private final Clock clock;

	TariffCoverage(TradeReferenceData reference, Network network, Catalog catalog, Clock clock) {
		this.reference = reference;
		this.network = network;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * A lot, listed or paused, with units available, whose HS code has no tariff line of
	 * the destination of a corridor it is on.
	 */
	public record MissingLine(CountryCode importer, HsCode hsCode, Corridor corridor, String lotReference,
			String reason) {
	}

	@Override
	public void check(HsCode hsCode, Corridor corridor, LocalDate day) {
		missing(reference.current(), hsCode, corridor, day).ifPresent(reason -> {
			throw new InvalidInput("corridor", reason);
		});
	}

	/** The missing lines today, by importing country and HS code. */
	public List<MissingLine> missingLines() {
		ReferenceData data = reference.current();
		LocalDate day = LocalDate.now(clock);
		List<MissingLine> missing = new ArrayList<>();
		for (Corridor corridor : network.corridors()) {
			Map<LotSummary, LotDetails> lots = new LinkedHashMap<>();
			for (LotSummary summary : catalog.availableOn(List.of(corridor.id()), LOTS_PER_CORRIDOR)) {
				catalog.lot(summary.id()).ifPresent(lot -> lots.put(summary, lot));
			}
			lots.forEach((summary, lot) -> missing(data, lot.hsCode(), corridor, day)
				.ifPresent(reason -> missing.add(new MissingLine(corridor.destinationCountry(), lot.hsCode(), corridor,
						summary.reference(), reason))));
		}
		missing.sort(Comparator.comparing((MissingLine m) -> m.importer().value())
			.thenComparing(m -> m.hsCode().value())
			.thenComparing(MissingLine::lotReference));
		return missing;
	}

	private static Optional<String> missing(ReferenceData data, HsCode hsCode, Corridor corridor, LocalDate day) {
		CountryCode importer = corridor.destinationCountry();
		try {
			Optional<TariffLine> line = data.tariff(importer, TariffScheme.MFN, hsCode, day);
			if (line.isPresent()) {
				return Optional.empty();
			}
			return Optional.of("HS " + hsCode + " has no tariff line of " + importer + " in force on " + day
					+ ", so no buyer there could be quoted: a lot with this code cannot be offered on "
					+ corridor.origin() + " → " + corridor.destination() + " until a hub operator of " + importer
					+ " adds the line (operators see it under /trade/missing-lines)");
		}
		catch (InvalidInput e) {
			// the code is broader than the national lines, which differ in rate
			return Optional.of(String.valueOf(e.getMessage()));
		}
	}

}

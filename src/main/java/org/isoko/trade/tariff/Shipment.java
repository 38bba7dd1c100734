package org.isoko.trade.tariff;

import java.util.List;
import java.util.Map;
import java.util.Set;

import java.time.LocalDate;

import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Everything the calculator needs besides the reference data, resolved beforehand by the
 * service: the corridor, the regime, the buyer's currency and the FX rates into it (by
 * source currency), the preference schemes the countries qualify for (China-LDC needs an
 * LDC origin; EAC and AfCFTA need both countries in the bloc), the members of the
 * importer's customs union (the EAC for Kenya; empty when it is in none), the platform
 * fee, the buyer's cross-border retail purchases this year (null when unknown), the
 * lines, and the tax exemptions the buyer holds (empty for most buyers).
 */
public record Shipment(LocalDate day, CorridorId corridor, HubCode originHub, HubCode destinationHub,
		CountryCode origin, CountryCode importer, TransportMode mode, CustomsRegime regime, CurrencyCode currency,
		Map<CurrencyCode, ExchangeRate> fx, Set<PreferenceScheme> eligible, Set<CountryCode> customsUnion,
		Percent platformFee, @Nullable Money crossBorderUsedThisYear, List<ShipmentLine> lines,
		List<TaxExemption.Held> exemptions) {

	public Shipment {
		exemptions = List.copyOf(exemptions);
		fx = Map.copyOf(fx);
		eligible = Set.copyOf(eligible);
		customsUnion = Set.copyOf(customsUnion);
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A quote needs at least one line");
		}
	}

	/** A shipment for a buyer who holds no tax exemption. */
	public Shipment(LocalDate day, CorridorId corridor, HubCode originHub, HubCode destinationHub, CountryCode origin,
			CountryCode importer, TransportMode mode, CustomsRegime regime, CurrencyCode currency,
			Map<CurrencyCode, ExchangeRate> fx, Set<PreferenceScheme> eligible, Set<CountryCode> customsUnion,
			Percent platformFee, @Nullable Money crossBorderUsedThisYear, List<ShipmentLine> lines) {
		this(day, corridor, originHub, destinationHub, origin, importer, mode, regime, currency, fx, eligible,
				customsUnion, platformFee, crossBorderUsedThisYear, lines, List.of());
	}

	/** The same shipment for a buyer holding these exemptions. */
	public Shipment withExemptions(List<TaxExemption.Held> held) {
		return new Shipment(day, corridor, originHub, destinationHub, origin, importer, mode, regime, currency, fx,
				eligible, customsUnion, platformFee, crossBorderUsedThisYear, lines, held);
	}

	/** The same shipment under another regime. */
	public Shipment withRegime(CustomsRegime other) {
		return new Shipment(day, corridor, originHub, destinationHub, origin, importer, mode, other, currency, fx,
				eligible, customsUnion, platformFee, crossBorderUsedThisYear, lines, exemptions);
	}

	/** The same shipment with other lines (a part of it). */
	public Shipment withLines(List<ShipmentLine> others) {
		return new Shipment(day, corridor, originHub, destinationHub, origin, importer, mode, regime, currency, fx,
				eligible, customsUnion, platformFee, crossBorderUsedThisYear, others, exemptions);
	}

}

package org.isoko.trade.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotDocument;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.LandedCost.CrossBorderRetail;
import org.isoko.trade.tariff.LandedCost.Duty;
import org.isoko.trade.tariff.LandedCost.Fee;
import org.isoko.trade.tariff.LandedCost.Freight;
import org.isoko.trade.tariff.LandedCost.Line;
import org.isoko.trade.tariff.LandedCost.Notice;
import org.isoko.trade.tariff.LandedCost.OriginAdvice;
import org.isoko.trade.tariff.LandedCost.Tax;
import org.isoko.trade.tariff.LandedCost.Treatment;
import org.jspecify.annotations.Nullable;

/**
 * Computes the landed cost of a shipment from the reference data, without any I/O; its
 * input ({@link Shipment}) and output ({@link LandedCost}) are this package's own types.
 * <p>
 * Per line, in the buyer's currency, each amount is computed exactly from its stated base
 * and rounded <b>once</b>, half-up, to the currency's minor unit: goods = unit price ×
 * quantity × FX; freight = the line's share (by gross weight) of max(minimum, rate per kg
 * × gross kg) × FX; insurance = rate × (goods + freight); customs value (CIF) = goods +
 * freight + insurance; duty = rate × CIF; consumption tax = (CIF + duty) × rate / (1 −
 * rate); VAT = rate × (CIF + duty + consumption tax); under China's cross-border retail
 * import within the limits the tariff is 0 % and each tax rate is multiplied by the
 * rule's factor (0.70) before rounding. Totals (summed where the result is mapped to a
 * quote) are sums of the rounded line amounts, never rounded again.
 */
public final class LandedCostCalculator {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

	private static final int AFCFTA_CERTIFICATE_MONTHS = 12;

	private LandedCostCalculator() {
	}

	public static LandedCost calculate(ReferenceData data, Shipment shipment) {
		return new Calculation(data, shipment).run();
	}

	public static String roundingRule(CurrencyCode currency) {
		int digits = currency.minorUnitDigits();
		return "Each amount on each line is computed exactly from its base and rounded once, half-up, to the minor unit of "
				+ currency + " (" + digits + (digits == 1 ? " decimal" : " decimals")
				+ "); totals are the sums of the rounded line " + "amounts and are not rounded again.";
	}

	/**
	 * The certificate that proves origin for {@code scheme} on {@code day}; AfCFTA ones
	 * also need an origin criterion and are valid 12 months.
	 */
	public static @Nullable LotDocument provingCertificate(List<LotDocument> documents, PreferenceScheme scheme,
			LocalDate day) {
		for (LotDocument document : documents) {
			if (!document.provesOriginFor(scheme, day)) {
				continue;
			}
			if (scheme == PreferenceScheme.AFCFTA
					&& (document.originCriterion() == null || document.originCriterion().isBlank()
							|| !day.isBefore(document.issuedOn().plusMonths(AFCFTA_CERTIFICATE_MONTHS)))) {
				continue;
			}
			return document;
		}
		return null;
	}

	private static final class Calculation {

		private final ReferenceData data;

		private final Shipment shipment;

		private final CurrencyCode currency;

		private final LocalDate day;

		private final List<Notice> notices = new ArrayList<>();

		private final List<OriginAdvice> advice = new ArrayList<>();

		private final Map<String, ExchangeRate> fxUsed = new LinkedHashMap<>();

		/** Lines (by index) whose VAT a held exemption waived, each cited once. */
		private final Map<Integer, TaxExemption.Held> exempted = new TreeMap<>();

		Calculation(ReferenceData data, Shipment shipment) {
			this.data = data;
			this.shipment = shipment;
			this.currency = shipment.currency();
			this.day = shipment.day();
		}

		LandedCost run() {
			FreightRate rate = data.freight(shipment.originHub(), shipment.destinationHub(), shipment.mode(), day)
				.orElseThrow(() -> new InvalidInput("mode",
						"No freight rate from " + shipment.originHub() + " to " + shipment.destinationHub() + " by "
								+ shipment.mode() + " is in force on " + day + "; a hub operator must add one"));
			ExchangeRate freightFx = fx(rate.currency());
			List<ShipmentLine> lines = shipment.lines();
			long[] grams = new long[lines.size()];
			long totalGrams = 0;
			for (int i = 0; i < lines.size(); i++) {
				grams[i] = Math.multiplyExact(lines.get(i).grossWeightGrams(), (long) lines.get(i).quantity());
				totalGrams = Math.addExact(totalGrams, grams[i]);
			}
			BigDecimal grossKg = BigDecimal.valueOf(totalGrams).divide(GRAMS_PER_KG);
			BigDecimal consignmentFreight = rate.perKg().multiply(grossKg).max(rate.minimum().toDecimal());
			Freight freight = new Freight(shipment.mode(), rate.perKg(), rate.minimum(), grossKg, consignmentFreight,
					rate.insurance(), rate.source(), rate.validity());

			List<Cif> cifs = new ArrayList<>();
			Money orderValue = Money.zero(currency);
			for (int i = 0; i < lines.size(); i++) {
				ShipmentLine line = lines.get(i);
				ExchangeRate goodsFx = fx(line.unitPrice().currency());
				Money goods = round(line.unitPrice()
					.toDecimal()
					.multiply(BigDecimal.valueOf(line.quantity()))
					.multiply(goodsFx.rate()));
				BigDecimal share = consignmentFreight.multiply(BigDecimal.valueOf(grams[i]))
					.divide(BigDecimal.valueOf(totalGrams), EXACT);
				Money lineFreight = round(share.multiply(freightFx.rate()));
				Money insurance = round(goods.plus(lineFreight).toDecimal().multiply(rate.insurance().fraction()));
				Cif cif = new Cif(i, line, BigDecimal.valueOf(grams[i]).divide(GRAMS_PER_KG), goods, lineFreight,
						insurance);
				cifs.add(cif);
				orderValue = orderValue.plus(cif.value());
			}

			CustomsRegime regime = shipment.regime();
			CrossBorderRetail retail = null;
			CbecRule rule = null;
			if (regime == CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL) {
				rule = data.crossBorderRetail(shipment.importer(), day)
					.orElseThrow(() -> new InvalidInput("regime",
							"No cross-border retail import rule of " + shipment.importer() + " is in force on " + day));
				retail = crossBorderRetail(rule, orderValue);
			}
			// A consumer's quote keeps its regime: above a limit it is refused (see the
			// notices), never re-priced as general trade, which a private person usually
			// cannot clear under. Its figures stay at the retail rates, what orders
			// within
			// the limits would be charged.
			boolean retailRates = retail != null && retail.treatment() != Treatment.SINGLE_ITEM_FULL_TAX;
			CustomsRegime computedUnder = regime;

			List<Line> quoteLines = new ArrayList<>();
			for (Cif cif : cifs) {
				quoteLines.add(retailRates ? retailLine(cif, rule) : dutiableLine(cif, computedUnder));
			}
			exempted.forEach((index, held) -> {
				ShipmentLine line = lines.get(index);
				notice("VAT_EXEMPT",
						List.of(line.hsCode().formatted(), held.certificate(), held.exemption().legalBasis()),
						"VAT exempt on HS " + line.hsCode().formatted() + " (lot " + line.lot() + "): certificate "
								+ held.certificate() + " held by the buyer; " + held.exemption().legalBasis() + ".");
			});
			if (quoteLines.stream()
				.anyMatch(l -> l.duty().source().contains("[U]")
						|| l.taxes().stream().anyMatch(t -> t.source().contains("[U]")))) {
				notice("UNVERIFIED_RATE", List.of(),
						"A rate in this quote is marked unverified ([U]) in its source; check it before "
								+ "relying on the figure.");
			}
			return new LandedCost(day, shipment.corridor(), shipment.originHub(), shipment.destinationHub(),
					shipment.importer(), regime, computedUnder, currency, quoteLines, List.copyOf(fxUsed.values()),
					freight, retail, advice, notices, roundingRule(currency));
		}

		private record Cif(int index, ShipmentLine line, BigDecimal grossKg, Money goods, Money freight,
				Money insurance) {

			Money value() {
				return goods.plus(freight).plus(insurance);
			}
		}

		private CrossBorderRetail crossBorderRetail(CbecRule rule, Money orderValue) {
			if (!orderValue.currency().equals(rule.perOrderLimit().currency())) {
				throw new InvalidInput("destination", "Cross-border retail limits are in "
						+ rule.perOrderLimit().currency() + " but the quote is in " + orderValue.currency());
			}
			boolean singleItem = shipment.lines().size() == 1 && shipment.lines().get(0).quantity() == 1;
			Money used = shipment.crossBorderUsedThisYear();
			Money remainingAfter = used == null ? null : rule.annualLimit().minus(used).minus(orderValue);
			Treatment treatment;
			if (remainingAfter != null && remainingAfter.isNegative()) {
				treatment = Treatment.OVER_ANNUAL_LIMIT;
				Money remaining = rule.annualLimit().minus(used).isNegative() ? Money.zero(orderValue.currency())
						: rule.annualLimit().minus(used);
				notice("CBEC_OVER_ANNUAL_LIMIT",
						List.of(orderValue.toString(), rule.annualLimit().toString(), remaining.toString()),
						"This order (" + orderValue
								+ ") would take the buyer's cross-border retail purchases this year over the annual "
								+ "limit of " + rule.annualLimit() + " (remaining " + remaining
								+ "), so it cannot be placed as cross-border retail: order at most the remaining "
								+ "amount, or buy as an importer (general trade, duty and taxes in full). The figures "
								+ "are the cross-border retail rates.");
			}
			else if (orderValue.compareTo(rule.perOrderLimit()) <= 0) {
				treatment = Treatment.WITHIN_LIMITS;
				notice("CBEC_WITHIN_LIMITS", List.of(rule.perOrderLimit().toString(), rule.taxFactor().toPlainString()),
						"Cross-border retail import within the per-order limit of " + rule.perOrderLimit() + ": tariff "
								+ rule.tariffWithinLimits() + ", VAT and consumption tax at "
								+ rule.taxFactor().toPlainString() + " of the normal amount.");
			}
			else if (singleItem) {
				treatment = Treatment.SINGLE_ITEM_FULL_TAX;
				notice("CBEC_SINGLE_ITEM", List.of(orderValue.toString(), rule.perOrderLimit()
					.toString()), "A single indivisible item of " + orderValue + " above the per-order limit of "
							+ rule.perOrderLimit()
							+ " may clear as cross-border retail, with duty and taxes in full; it counts against the annual limit.");
			}
			else {
				treatment = Treatment.OVER_ORDER_LIMIT;
				notice("CBEC_OVER_ORDER_LIMIT", List.of(orderValue.toString(), rule.perOrderLimit()
					.toString()), "This order (" + orderValue + ") is above the cross-border retail per-order limit of "
							+ rule.perOrderLimit()
							+ " and has more than one item, so it cannot be placed as it is: split it into orders "
							+ "within the limit (POST /api/v1/quotes/split proposes a split), or buy as an importer "
							+ "(general trade, duty and taxes in full). The figures are the cross-border retail rates, "
							+ "what orders within the limit would be charged.");
			}
			if (used == null) {
				notice("CBEC_QUOTA_UNKNOWN", List.of(rule.annualLimit().toString()),
						"The annual limit of " + rule.annualLimit()
								+ " per buyer is checked at checkout against the buyer's purchases this year.");
			}
			return new CrossBorderRetail(treatment, orderValue, rule.perOrderLimit(), rule.annualLimit(), used,
					remainingAfter, singleItem, rule.taxFactor(), rule.legalBasis(), rule.source());
		}

		/**
		 * Cross-border retail within the limits: the rule's tariff (0 %) and taxes at the
		 * rule's factor.
		 */
		private Line retailLine(Cif cif, CbecRule rule) {
			Money customs = cif.value();
			Money dutyAmount = round(customs.toDecimal().multiply(rule.tariffWithinLimits().fraction()));
			Duty duty = new Duty("CBEC_RETAIL", rule.tariffWithinLimits(), rule.legalBasis(), rule.source(),
					rule.sourceUrl(), rule.validity(), customs, dutyAmount, null);
			return line(cif, duty, taxes(cif, customs, dutyAmount, rule.taxFactor()));
		}

		/**
		 * MFN, or the regime's preference when the lot proves its origin with a valid
		 * certificate.
		 */
		private Line dutiableLine(Cif cif, CustomsRegime regime) {
			ShipmentLine line = cif.line();
			TariffLine mfn = data.tariff(shipment.importer(), TariffScheme.MFN, line.hsCode(), day)
				.orElseThrow(() -> new InvalidInput("lines[" + cif.index() + "].lotId",
						"HS " + line.hsCode() + " of lot " + line.lot() + " has no MFN " + "tariff line of "
								+ shipment.importer() + " in force on " + day + "; a hub operator must add one"));
			TariffLine preferential = null;
			PreferenceScheme scheme = preferenceOf(regime);
			if (scheme != null && shipment.eligible().contains(scheme)) {
				preferential = data.tariff(shipment.importer(), TariffScheme.of(scheme), line.hsCode(), day)
					.filter(p -> p.rate().compareTo(mfn.rate()) < 0)
					.orElse(null);
			}
			LotDocument certificate = scheme == null ? null : provingCertificate(line.documents(), scheme, day);
			if (preferential != null && certificate != null) {
				return dutiable(cif, preferential, certificate.number());
			}
			Line atMfn = dutiable(cif, mfn, null);
			if (preferential != null) {
				for (LotDocument document : line.documents()) {
					if (document.kind() == DocumentKind.CERTIFICATE_OF_ORIGIN && document.scheme() == scheme) {
						notice("CERTIFICATE_NOT_VALID", List.of(document.number(), scheme.name(), day.toString()),
								"Certificate of origin " + document.number() + " (" + scheme + ") of lot " + line.lot()
										+ " is not valid on " + day + " (issued " + document.issuedOn()
										+ (document.expiresOn() == null ? "" : ", expires " + document.expiresOn())
										+ (scheme == PreferenceScheme.AFCFTA ? "; AfCFTA certificates are valid 12 "
												+ "months and need an origin criterion" : "")
										+ "), so the MFN rate applies.");
					}
				}
				Line atPreference = dutiable(cif, preferential, null);
				Money saving = atMfn.total().minus(atPreference.total());
				String document = "Certificate of origin (" + scheme + ")";
				advice.add(new OriginAdvice(line.lot(), scheme, document, mfn.rate(), preferential.rate(), saving, null,
						"A valid " + scheme + " certificate of origin for lot " + line.lot()
								+ " would lower the duty from " + mfn.rate() + " to " + preferential.rate()
								+ ", saving " + saving + " (duty and the tax on it)."));
			}
			return atMfn;
		}

		private Line dutiable(Cif cif, TariffLine tariff, @Nullable String certificate) {
			Money customs = cif.value();
			Money dutyAmount = round(customs.toDecimal().multiply(tariff.rate().fraction()));
			Duty duty = new Duty(tariff.scheme().name(), tariff.rate(),
					tariff.legalBasis() + ", HS " + tariff.hsCode() + ", " + tariff.rate(), tariff.source(),
					tariff.sourceUrl(), tariff.validity(), customs, dutyAmount, certificate);
			return line(cif, duty, taxes(cif, customs, dutyAmount, BigDecimal.ONE));
		}

		private List<Tax> taxes(Cif cif, Money customs, Money duty, BigDecimal factor) {
			List<Tax> taxes = new ArrayList<>(2);
			Money base = customs.plus(duty);
			Money consumption = Money.zero(currency);
			TaxRule ct = data.tax(shipment.importer(), TaxKind.CONSUMPTION_TAX, cif.line().hsCode(), day).orElse(null);
			if (ct != null && !ct.rate().isZero()) {
				BigDecimal rate = ct.rate().fraction();
				BigDecimal effective = rate.divide(BigDecimal.ONE.subtract(rate), EXACT).multiply(factor);
				consumption = round(base.toDecimal().multiply(effective));
				taxes.add(new Tax(TaxKind.CONSUMPTION_TAX, ct.rate(), factor, effective, base, consumption,
						ct.legalBasis(), ct.source(), ct.validity()));
			}
			TaxRule vat = data.tax(shipment.importer(), TaxKind.VAT, cif.line().hsCode(), day).orElse(null);
			TaxExemption.Held exempt = vat == null ? null : exemption(cif, TaxKind.VAT);
			if (vat != null && exempt != null) {
				// Exempt: the statutory rate stays visible, the factor is 0 and the legal
				// basis cites the exemption and the buyer's certificate.
				TaxExemption rule = exempt.exemption();
				taxes.add(new Tax(TaxKind.VAT, vat.rate(), BigDecimal.ZERO, BigDecimal.ZERO, base.plus(consumption),
						Money.zero(currency), rule.legalBasis() + ", certificate " + exempt.certificate(),
						rule.source(), rule.validity()));
				exempted.putIfAbsent(cif.index(), exempt);
			}
			else if (vat != null) {
				Money vatBase = base.plus(consumption);
				BigDecimal effective = vat.rate().fraction().multiply(factor);
				taxes.add(new Tax(TaxKind.VAT, vat.rate(), factor, effective, vatBase,
						round(vatBase.toDecimal().multiply(effective)), vat.legalBasis(), vat.source(),
						vat.validity()));
			}
			taxes.addAll(importFees(cif));
			return taxes;
		}

		/**
		 * The exemption from {@code kind} the buyer holds for this line's HS code, valid
		 * on the day in the importing country, if any.
		 */
		private TaxExemption.@Nullable Held exemption(Cif cif, TaxKind kind) {
			for (TaxExemption.Held held : shipment.exemptions()) {
				TaxExemption rule = held.exemption();
				if (rule.kind() == kind && rule.importer().equals(shipment.importer()) && rule.isValidOn(day)
						&& rule.covers(cif.line().hsCode())) {
					return held;
				}
			}
			return null;
		}

		/**
		 * Fees and levies on the customs value (Kenya's Import Declaration Fee and
		 * Railway Development Levy), outside the VAT base, on goods whose country of
		 * origin is not in the importer's customs union: the Miscellaneous Fees and
		 * Levies Act 2016 (s. 7 and 8) exempts goods originating in the EAC partner
		 * states. Collected by customs with the duty, so they sit with the taxes, not
		 * with the platform's fees.
		 */
		private List<Tax> importFees(Cif cif) {
			if (shipment.customsUnion().contains(cif.line().originCountry())) {
				return List.of();
			}
			List<Tax> fees = new ArrayList<>(2);
			Money customs = cif.value();
			for (TaxKind kind : TaxKind.values()) {
				if (!kind.isImportFee()) {
					continue;
				}
				data.tax(shipment.importer(), kind, cif.line().hsCode(), day)
					.filter(rule -> !rule.rate().isZero())
					.ifPresent(rule -> fees.add(new Tax(kind, rule.rate(), BigDecimal.ONE, rule.rate().fraction(),
							customs, round(customs.toDecimal().multiply(rule.rate().fraction())), rule.legalBasis(),
							rule.source(), rule.validity())));
			}
			return fees;
		}

		private Line line(Cif cif, Duty duty, List<Tax> taxes) {
			List<Fee> fees = List.of();
			if (!shipment.platformFee().isZero()) {
				fees = List.of(new Fee("platform", shipment.platformFee(), cif.goods(),
						round(cif.goods().toDecimal().multiply(shipment.platformFee().fraction())),
						"Isoko configuration (isoko.trade.platform-fee-percent)"));
			}
			Money total = cif.value().plus(duty.amount());
			for (Tax tax : taxes) {
				total = total.plus(tax.amount());
			}
			for (Fee fee : fees) {
				total = total.plus(fee.amount());
			}
			ShipmentLine line = cif.line();
			return new Line(line.lot(), line.hsCode(), line.quantity(), line.unitPrice(), cif.grossKg(), cif.goods(),
					cif.freight(), cif.insurance(), cif.value(), duty, taxes, fees, total);
		}

		private static @Nullable PreferenceScheme preferenceOf(CustomsRegime regime) {
			switch (regime) {
				case GENERAL_TRADE:
				case CROSS_BORDER_ECOMMERCE_RETAIL:
					return PreferenceScheme.CHINA_LDC;
				case EAC_CUSTOMS_UNION:
					return PreferenceScheme.EAC;
				case AFCFTA:
					return PreferenceScheme.AFCFTA;
				default:
					return null;
			}
		}

		private ExchangeRate fx(CurrencyCode from) {
			ExchangeRate rate = from.equals(currency) ? ExchangeRate.identity(currency, day) : shipment.fx().get(from);
			if (rate == null) {
				throw new IllegalStateException(
						"No FX rate from " + from + " to " + currency + " was resolved for the quote");
			}
			if (!from.equals(currency)) {
				fxUsed.putIfAbsent(from.value(), rate);
			}
			return rate;
		}

		/** The one rounding of an amount: half-up to the buyer currency's minor unit. */
		private Money round(BigDecimal exactMajorUnits) {
			return Money.of(exactMajorUnits.setScale(currency.minorUnitDigits(), RoundingMode.HALF_UP), currency);
		}

		private void notice(String code, List<String> args, String message) {
			notices.add(new Notice(code, args, message));
		}

	}

}

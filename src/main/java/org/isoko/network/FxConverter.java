package org.isoko.network;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.springframework.stereotype.Service;

/**
 * Finds the rate between two currencies on a day and converts money with it. The rate
 * itself is exact when it is stored (or a product of stored rates); only an inverse needs
 * a division, done with {@link MathContext#DECIMAL64} (16 significant digits), far finer
 * than any minor unit. Money is rounded once, by {@link Money#convert}.
 */
@Service
class FxConverter implements FxRates {

	static final CurrencyCode USD = CurrencyCode.of("USD");
	static final MathContext INVERSE_PRECISION = MathContext.DECIMAL64;

	private final StoredRates stored;

	FxConverter(StoredRates stored) {
		this.stored = stored;
	}

	@Override
	public FxQuote rate(CurrencyCode from, CurrencyCode to, LocalDate on) {
		return find(from, to, on).orElseThrow(() -> new NotFound("No FX rate from " + from + " to " + to
				+ " on or before " + on + " (looked for " + from + "/" + to + ", its inverse and a cross via USD)"));
	}

	@Override
	public Conversion convert(Money amount, CurrencyCode target, LocalDate on) {
		FxQuote quote = rate(amount.currency(), target, on);
		Money converted = amount.convert(quote.rate(), target);
		String rounding = "half-up, once, to " + target.minorUnitDigits() + " decimal(s) (the minor unit of " + target
				+ ")";
		return new Conversion(amount, converted, quote.rate(), quote.effectiveDate(), quote.source(), quote.path(),
				rounding);
	}

	private Optional<FxQuote> find(CurrencyCode from, CurrencyCode to, LocalDate on) {
		if (from.equals(to)) {
			return Optional
				.of(new FxQuote(from, to, BigDecimal.ONE, on, "same currency", FxPath.SAME_CURRENCY, List.of()));
		}
		Optional<FxQuote> single = directOrInverse(from, to, on);
		if (single.isPresent() || from.equals(USD) || to.equals(USD)) {
			return single;
		}
		Optional<FxQuote> toUsd = directOrInverse(from, USD, on);
		Optional<FxQuote> fromUsd = directOrInverse(USD, to, on);
		if (toUsd.isEmpty() || fromUsd.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(cross(toUsd.get(), fromUsd.get()));
	}

	/**
	 * The latest of the direct rate and the inverse of the opposite pair; the direct one
	 * wins a tie.
	 */
	private Optional<FxQuote> directOrInverse(CurrencyCode from, CurrencyCode to, LocalDate on) {
		Optional<FxRate> direct = stored.latest(from, to, on);
		Optional<FxRate> opposite = stored.latest(to, from, on);
		if (direct.isPresent()
				&& (opposite.isEmpty() || !opposite.get().effectiveDate().isAfter(direct.get().effectiveDate()))) {
			FxRate rate = direct.get();
			return Optional.of(new FxQuote(from, to, normalise(rate.rate()), rate.effectiveDate(), rate.source(),
					FxPath.DIRECT, List.of(rate)));
		}
		return opposite
			.map(rate -> new FxQuote(from, to, normalise(BigDecimal.ONE.divide(rate.rate(), INVERSE_PRECISION)),
					rate.effectiveDate(), "inverse of " + rate.base() + "/" + rate.quote() + ": " + rate.source(),
					FxPath.INVERSE, List.of(rate)));
	}

	private static FxQuote cross(FxQuote toUsd, FxQuote fromUsd) {
		BigDecimal rate = normalise(toUsd.rate().multiply(fromUsd.rate()));
		LocalDate older = toUsd.effectiveDate().isBefore(fromUsd.effectiveDate()) ? toUsd.effectiveDate()
				: fromUsd.effectiveDate();
		List<FxRate> legs = new ArrayList<>(toUsd.legs());
		legs.addAll(fromUsd.legs());
		String source = "cross via USD: " + toUsd.from() + "/USD (" + toUsd.source() + ") × USD/" + fromUsd.to() + " ("
				+ fromUsd.source() + ")";
		return new FxQuote(toUsd.from(), fromUsd.to(), rate, older, source, FxPath.CROSS_VIA_USD, legs);
	}

	/**
	 * Drops trailing zeros (a NUMERIC(24,12) reads back with 12 decimals) without turning
	 * 200 into 2E+2.
	 */
	static BigDecimal normalise(BigDecimal rate) {
		BigDecimal stripped = rate.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}

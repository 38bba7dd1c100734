package org.isoko.ordering;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.isoko.shared.Conflict;
import org.isoko.shared.Money;
import org.isoko.trade.QuotaCheck;

/**
 * An order refused at checkout because it breaks China's cross-border e-commerce retail
 * limits (RMB 5,000 per order unless it is one indivisible item; RMB 26,000 per buyer per
 * year). The message names the limit broken and what the buyer may still buy this year;
 * nothing was reserved, ordered or counted. Answered with 409.
 */
public class CrossBorderLimitExceeded extends Conflict {

	private final transient Money remaining;

	public CrossBorderLimitExceeded(QuotaCheck check, Money remaining) {
		super(message(check, remaining));
		this.remaining = remaining;
	}

	Money remaining() {
		return remaining;
	}

	private static String message(QuotaCheck check, Money remaining) {
		if (check instanceof QuotaCheck.OverOrderLimit) {
			QuotaCheck.OverOrderLimit over = (QuotaCheck.OverOrderLimit) check;
			return "Refused: China's cross-border e-commerce retail limit is " + rmb(over.perOrderLimit())
					+ " per order, and this order's " + "customs value (goods, freight and insurance) is "
					+ rmb(over.orderValue()) + ". Split it into orders of at most " + rmb(over.perOrderLimit())
					+ " (a single indivisible item may exceed it), or import it as GENERAL_TRADE. Your remaining "
					+ "cross-border quota this year: " + rmb(remaining) + ".";
		}
		if (check instanceof QuotaCheck.OverAnnualLimit) {
			QuotaCheck.OverAnnualLimit over = (QuotaCheck.OverAnnualLimit) check;
			return "Refused: China's cross-border e-commerce retail limit is " + rmb(over.annualLimit())
					+ " per buyer per year, and this " + "order (" + rmb(over.orderValue())
					+ ") would exceed it: your remaining cross-border quota this year is " + rmb(over.remaining())
					+ ". Order less, or import it as GENERAL_TRADE.";
		}
		return "Refused: " + check.message() + ". Your remaining cross-border quota this year: " + rmb(remaining) + ".";
	}

	/**
	 * "RMB 5,000" or "RMB 1,234.56": how China's rules name their limits (whole yuan
	 * without decimals).
	 */
	public static String rmb(Money amount) {
		if (!amount.currency().value().equals("CNY")) {
			return amount.toString();
		}
		BigDecimal value = amount.toDecimal();
		DecimalFormat format = new DecimalFormat(value.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "RMB " + format.format(value);
	}

}

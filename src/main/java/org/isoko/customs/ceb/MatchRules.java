package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The checks China's customs runs on a 9610 parcel before release: the order (CEB311),
 * payment (CEB411), waybill (CEB511) and inventory list (CEB621) agree with each other,
 * the orderer's ID number is valid, the order and the buyer's year stay within the
 * cross-border retail limits by customs' own count, and (when the platform's figure is
 * given) the taxes withheld are the quote's. Every failed check is reported, not just the
 * first, so that an officer sees all of them.
 */
public final class MatchRules {

	private final Limits limits;

	public MatchRules(Limits limits) {
		this.limits = limits;
	}

	/**
	 * @param perOrder the single-transaction limit in yuan (5,000 since 2019)
	 * @param perYear the buyer's annual limit in yuan (26,000 since 2019)
	 * @param amountTolerance how far amounts that must agree may differ, in yuan
	 * @param weightTolerance how far the waybill's weight may differ from the declared
	 * gross weight, as a fraction of it (0.10 = 10 %)
	 */
	public record Limits(BigDecimal perOrder, BigDecimal perYear, BigDecimal amountTolerance,
			BigDecimal weightTolerance) {

		public static Limits china2019() {
			return new Limits(new BigDecimal("5000"), new BigDecimal("26000"), new BigDecimal("0.00"),
					new BigDecimal("0.10"));
		}
	}

	/**
	 * The four documents and what customs knows besides them.
	 *
	 * @param buyerYearBefore what customs counted for this buyer (ID number) this year
	 * before this order
	 * @param withheldTax the tax the platform withheld per its quote; null when not known
	 * (customs itself assesses tax in its tax bill)
	 */
	public record Documents(OrderMessage order, PaymentMessage payment, WaybillMessage waybill,
			InventoryMessage inventory, BigDecimal buyerYearBefore, @Nullable BigDecimal withheldTax) {
	}

	/** One check that failed: which, on which document field, what was expected. */
	public record Failure(Check check, String field, String expected, String actual) {

		@Override
		public String toString() {
			return check + " " + field + ": expected " + expected + ", got " + actual;
		}
	}

	public enum Check {

		ORDER_NUMBER, ACTURAL_PAID, GOODS_VALUE, AMOUNT_PAID, PAYMENT_REFERENCE, PAYER, CONSIGNEE, FREIGHT,
		WAYBILL_NUMBER, WEIGHT, PIECES, INVENTORY_BUYER, BUYER_ID, SINGLE_ORDER_LIMIT, ANNUAL_LIMIT, TAX_WITHHELD

	}

	public List<Failure> check(Documents d) {
		List<Failure> failures = new ArrayList<>();
		OrderMessage o = d.order();
		PaymentMessage p = d.payment();
		WaybillMessage w = d.waybill();
		InventoryMessage i = d.inventory();

		same(failures, Check.ORDER_NUMBER, "CEB411.orderNo", o.orderNo(), p.orderNo());
		same(failures, Check.ORDER_NUMBER, "CEB511.orderNo", o.orderNo(), w.orderNo());
		same(failures, Check.ORDER_NUMBER, "CEB621.orderNo", o.orderNo(), i.orderNo());

		close(failures, Check.ACTURAL_PAID, "CEB311.acturalPaid",
				OrderMessage.acturalPaid(o.goodsValue(), o.freight(), o.taxTotal(), o.discount()), o.acturalPaid());
		close(failures, Check.GOODS_VALUE, "CEB311.OrderList.totalPrice",
				o.lines().stream().map(OrderMessage.Line::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add),
				o.goodsValue());
		close(failures, Check.GOODS_VALUE, "CEB621.InventoryList.totalPrice", o.goodsValue(),
				i.lines().stream().map(InventoryMessage.Line::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add));
		close(failures, Check.AMOUNT_PAID, "CEB411.amountPaid", o.acturalPaid(), p.amountPaid());

		same(failures, Check.PAYMENT_REFERENCE, "CEB411.payTransactionId", o.payTransactionId(), p.payTransactionId());
		same(failures, Check.PAYMENT_REFERENCE, "CEB411.payCode", o.payCode(), p.payCode());
		same(failures, Check.PAYER, "CEB411.payerName", o.buyerName(), p.payerName());
		same(failures, Check.PAYER, "CEB411.payerIdType", o.buyerIdType(), p.payerIdType());
		same(failures, Check.PAYER, "CEB411.payerIdNumber", o.buyerIdNumber(), p.payerIdNumber());

		same(failures, Check.CONSIGNEE, "CEB511.consignee", o.consignee(), w.consignee());
		same(failures, Check.CONSIGNEE, "CEB511.consigneeAddress", o.consigneeAddress(), w.consigneeAddress());
		same(failures, Check.CONSIGNEE, "CEB511.consigneeTelephone", o.consigneeTelephone(), w.consigneeTelephone());
		same(failures, Check.CONSIGNEE, "CEB621.consigneeAddress", o.consigneeAddress(), i.consigneeAddress());
		close(failures, Check.FREIGHT, "CEB511.freight", o.freight(), w.freight());
		close(failures, Check.FREIGHT, "CEB621.freight", o.freight(), i.freight());
		close(failures, Check.FREIGHT, "CEB621.insuredFee", w.insuredFee(), i.insuredFee());

		same(failures, Check.WAYBILL_NUMBER, "CEB621.logisticsNo", w.logisticsNo(), i.logisticsNo());
		same(failures, Check.WAYBILL_NUMBER, "CEB621.logisticsCode", w.logisticsCode(), i.logisticsCode());
		BigDecimal allowed = i.grossWeight().multiply(limits.weightTolerance());
		if (w.weight().subtract(i.grossWeight()).abs().compareTo(allowed) > 0) {
			failures.add(new Failure(Check.WEIGHT, "CEB511.weight",
					Ceb.weight(i.grossWeight()) + " kg ± "
							+ limits.weightTolerance().movePointRight(2).stripTrailingZeros().toPlainString() + " %",
					Ceb.weight(w.weight()) + " kg"));
		}
		if (w.packNo() != i.packNo()) {
			failures.add(new Failure(Check.PIECES, "CEB511.packNo", Integer.toString(i.packNo()),
					Integer.toString(w.packNo())));
		}

		same(failures, Check.INVENTORY_BUYER, "CEB621.buyerName", o.buyerName(), i.buyerName());
		same(failures, Check.INVENTORY_BUYER, "CEB621.buyerIdType", o.buyerIdType(), i.buyerIdType());
		same(failures, Check.INVENTORY_BUYER, "CEB621.buyerIdNumber", o.buyerIdNumber(), i.buyerIdNumber());
		same(failures, Check.INVENTORY_BUYER, "CEB621.buyerTelephone", o.buyerTelephone(), i.buyerTelephone());
		if (!Ceb.ID_TYPE_RESIDENT.equals(o.buyerIdType())) {
			failures.add(new Failure(Check.BUYER_ID, "CEB311.buyerIdType", Ceb.ID_TYPE_RESIDENT, o.buyerIdType()));
		}
		if (!ResidentId.isValid(o.buyerIdNumber())) {
			failures.add(new Failure(Check.BUYER_ID, "CEB311.buyerIdNumber", "a valid resident ID number",
					ResidentId.masked(o.buyerIdNumber())));
		}

		// The transaction value counted against the limits: goods, freight and insurance.
		BigDecimal value = o.goodsValue().add(o.freight()).add(w.insuredFee());
		if (value.compareTo(limits.perOrder()) > 0) {
			failures.add(new Failure(Check.SINGLE_ORDER_LIMIT, "CEB311.goodsValue", "≤ " + limits.perOrder(),
					value.toPlainString()));
		}
		BigDecimal year = d.buyerYearBefore().add(value);
		if (year.compareTo(limits.perYear()) > 0) {
			failures.add(new Failure(Check.ANNUAL_LIMIT, "CEB311.buyerIdNumber", "≤ " + limits.perYear(),
					year.toPlainString()));
		}
		if (d.withheldTax() != null) {
			close(failures, Check.TAX_WITHHELD, "CEB311.taxTotal", d.withheldTax(), o.taxTotal());
		}
		return failures;
	}

	private static void same(List<Failure> failures, Check check, String field, String expected, String actual) {
		if (!Objects.equals(expected, actual)) {
			failures.add(new Failure(check, field, expected, actual));
		}
	}

	private void close(List<Failure> failures, Check check, String field, BigDecimal expected, BigDecimal actual) {
		if (expected.subtract(actual).abs().compareTo(limits.amountTolerance()) > 0) {
			failures.add(new Failure(check, field, expected.toPlainString(), actual.toPlainString()));
		}
	}

}

package org.isoko.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.isoko.customs.ceb.TaxBill;
import org.isoko.identity.CurrentUser;
import org.isoko.ordering.Order;
import org.isoko.ordering.OrderClearance;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's electronic tax bills (CEB816), which customs issues after it releases an
 * inventory list: each is kept once (by its guid, then by its number), its taxes checked
 * against the duty and taxes withheld from the buyer per the quote (what Isoko declared
 * as taxTotal and pays to customs' account on clearance), and its number recorded on the
 * order. A bill that asks for another amount is recorded all the same (it is customs'
 * bill) and shown to the hub operators, in the declaration's history and in
 * {@link #list}; nothing is paid or refunded by it.
 */
@Service
public class TaxBills {

	private static final Logger LOG = LoggerFactory.getLogger(TaxBills.class);

	static final String ISSUED_KEY = "customs.history.taxBill";

	static final String MISMATCH_KEY = "customs.history.taxBillMismatch";

	private final DeclarationStore store;

	private final OrderClearance orders;

	TaxBills(DeclarationStore store, OrderClearance orders) {
		this.store = store;
		this.orders = orders;
	}

	/**
	 * One tax bill of a signed CEB816 message (verified by the caller): recorded once by
	 * its guid; UNKNOWN_DECLARATION when it names no inventory number (nor order number)
	 * Isoko declared.
	 */
	CustomsReceipts.Outcome receive(TaxBill bill, Instant now) {
		Optional<Declaration> found = declarationOf(bill);
		boolean fresh = store.receiptIsNew(
				new Receipt(MessageType.CEB816, bill.guid(), bill.invtNo(), bill.status(), bill.returnTime(),
						"taxNo " + bill.taxNo() + ", total " + bill.total().toPlainString(), null),
				found.map(Declaration::id).orElse(null), now);
		if (!fresh) {
			return CustomsReceipts.Outcome.DUPLICATE;
		}
		if (found.isEmpty()) {
			LOG.warn("Tax bill {} names inventory {} (order {}), which Isoko did not declare", bill.taxNo(),
					bill.invtNo(), bill.orderNo());
			return CustomsReceipts.Outcome.UNKNOWN_DECLARATION;
		}
		Declaration d = found.get();
		Money withheld = withheld(d);
		boolean agrees = bill.total().compareTo(withheld.toDecimal()) == 0;
		boolean recorded = store.taxBillIsNew(new DeclarationStore.TaxBillRow(d.id(), bill.guid(), bill.taxNo(),
				bill.invtNo(), bill.status(), fen(bill.customsTax()), fen(bill.valueAddedTax()),
				fen(bill.consumptionTax()), withheld.minorUnits(), agrees, bill.returnTime()), now);
		if (!recorded) {
			// The same bill again under another guid (its status summarised or void):
			// its number is on the order already.
			store.taxBillStatus(bill.taxNo(), bill.status());
			return CustomsReceipts.Outcome.APPLIED;
		}
		store.history(d.id(), d.status(), Declarations.AUTHORITY, agrees ? ISSUED_KEY : MISMATCH_KEY, now);
		orders.taxBillIssued(d.order(), Declarations.AUTHORITY, bill.taxNo(), now);
		if (agrees) {
			LOG.info("Tax bill {} for order {}: {} as withheld", bill.taxNo(), d.orderNo(), withheld);
		}
		else {
			LOG.warn("Tax bill {} for order {} asks {} CNY, the buyer was charged {} (duty and taxes of the quote)",
					bill.taxNo(), d.orderNo(), bill.total().toPlainString(), withheld);
		}
		return CustomsReceipts.Outcome.APPLIED;
	}

	/**
	 * The declaration a bill is for: by its order number when it gives one (unique), else
	 * by the inventory number of the release, when exactly one declaration has it.
	 */
	private Optional<Declaration> declarationOf(TaxBill bill) {
		if (bill.orderNo() != null) {
			return store.ofOrderNo(bill.orderNo());
		}
		List<Declaration> byInventory = store.ofTaxBillReference(bill.invtNo());
		return byInventory.size() == 1 ? Optional.of(byInventory.get(0)) : Optional.empty();
	}

	/**
	 * The duty and taxes the buyer was charged per the quote: what was declared as
	 * taxTotal.
	 */
	private Money withheld(Declaration d) {
		Order order = orders.declarable(d.order())
			.orElseThrow(() -> new IllegalStateException("Declared order " + d.orderNo() + " is not found"));
		return order.charges().duty().plus(order.charges().taxes());
	}

	private static long fen(BigDecimal yuan) {
		return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * A tax bill as the hub operators read it: customs' amounts beside what the buyer was
	 * charged, in CNY.
	 */
	public record View(UUID declaration, String orderNo, String taxNo, String invtNo, String status, Money customsTax,
			Money valueAddedTax, Money consumptionTax, Money total, Money withheld, Money difference, boolean agrees,
			Instant issuedAt, Instant receivedAt) {
	}

	/**
	 * The tax bills received, latest first, one page: a hub operator's those of their hub
	 * (the declarations' destination hub: customs' bills are its business), an admin's
	 * all; only those that agree or not when asked.
	 */
	@Transactional(readOnly = true)
	public PageOf<View> list(CurrentUser user, @Nullable Boolean agrees, PageRequest page) {
		return store.taxBills(HubScope.of(user), agrees, page);
	}

}

package org.isoko.payments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.payments.ledger.Balance;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models over the ledger for people: the trial balance per currency, a seller's
 * balances, and the reconciliation of provider transactions against ledger transfers.
 */
@Component
public class LedgerReports {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Map<Provider, Collections> collections = new LinkedHashMap<>();

	private final Disbursements disbursements;

	private final Map<Provider, TradeRefunds> tradeRefunds = new LinkedHashMap<>();

	LedgerReports(JdbcClient jdbc, Ledger ledger, List<Collections> collections, Disbursements disbursements,
			List<TradeRefunds> tradeRefunds) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		collections.forEach(c -> this.collections.put(c.provider(), c));
		this.disbursements = disbursements;
		tradeRefunds.forEach(r -> this.tradeRefunds.put(r.provider(), r));
	}

	/** One line of the trial balance: all accounts of one kind in one currency. */
	record TrialBalanceLine(AccountKind kind, long accounts, Money debitsPosted, Money creditsPosted,
			Money debitsPending, Money creditsPending) {
	}

	/**
	 * The trial balance of one currency; {@code balanced} is what double entry
	 * guarantees: posted debits equal posted credits, and pending debits equal pending
	 * credits.
	 */
	public record TrialBalance(CurrencyCode currency, List<TrialBalanceLine> lines, Money debitsPosted,
			Money creditsPosted, Money debitsPending, Money creditsPending, boolean balanced) {
	}

	public List<TrialBalance> trialBalance() {
		Map<CurrencyCode, List<TrialBalanceLine>> byCurrency = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT currency, kind, COUNT(*) AS accounts, SUM(debits_posted) AS dp, SUM(credits_posted) AS cp,
				  SUM(debits_pending) AS dpe, SUM(credits_pending) AS cpe
				FROM payments_account GROUP BY currency, kind ORDER BY currency, kind""").query(rs -> {
			CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
			byCurrency.computeIfAbsent(currency, c -> new ArrayList<>())
				.add(new TrialBalanceLine(AccountKind.valueOf(rs.getString("kind")), rs.getLong("accounts"),
						Money.ofMinor(rs.getLong("dp"), currency), Money.ofMinor(rs.getLong("cp"), currency),
						Money.ofMinor(rs.getLong("dpe"), currency), Money.ofMinor(rs.getLong("cpe"), currency)));
		});
		List<TrialBalance> result = new ArrayList<>();
		byCurrency.forEach((currency, lines) -> {
			Money dp = Money.zero(currency), cp = dp, dpe = dp, cpe = dp;
			for (TrialBalanceLine line : lines) {
				dp = dp.plus(line.debitsPosted());
				cp = cp.plus(line.creditsPosted());
				dpe = dpe.plus(line.debitsPending());
				cpe = cpe.plus(line.creditsPending());
			}
			result.add(new TrialBalance(currency, lines, dp, cp, dpe, cpe, dp.equals(cp) && dpe.equals(cpe)));
		});
		return result;
	}

	/**
	 * A seller's money in one currency: available to pay out, on its way out, and paid
	 * out so far.
	 */
	public record SellerBalance(CurrencyCode currency, Money available, Money inTransit, Money paidOut) {
	}

	public List<SellerBalance> sellerBalances(OrganisationId seller) {
		List<CurrencyCode> currencies = jdbc.sql(
				"SELECT currency FROM payments_account WHERE kind = 'SELLER_PAYABLE' AND owner = :owner ORDER BY currency")
			.param("owner", "org:" + seller.value())
			.query((rs, n) -> CurrencyCode.of(rs.getString(1)))
			.list();
		return currencies.stream().map(currency -> {
			Balance payable = ledger.balance(Accounts.sellerPayable(seller, currency));
			Balance transit = ledger.balance(Accounts.inTransit(seller, currency));
			return new SellerBalance(currency, Money.ofMinor(payable.available(), currency),
					Money.ofMinor(payable.debitsPending(), currency), Money.ofMinor(transit.debitsPosted(), currency));
		}).toList();
	}

	/** What escrow holds for one of a seller's orders, in the buyer's currency. */
	record HeldOrder(OrderId order, Money held) {
	}

	/**
	 * One query: the open escrow holds of the orders this seller was paid for (at most
	 * {@code limit}).
	 */
	List<HeldOrder> heldOrders(OrganisationId seller, int limit) {
		return jdbc
			.sql("""
					SELECT d.owner, d.currency, SUM(t.amount) AS held
					FROM payments_transfer t JOIN payments_account d ON d.id = t.debit_account_id
					WHERE d.kind = 'ORDER_ESCROW' AND t.phase = 'PENDING' AND t.code = 'ESCROW_HOLD'
					  AND NOT EXISTS (SELECT 1 FROM payments_transfer r WHERE r.pending_id = t.id)
					  AND d.owner IN (SELECT 'order:' || order_ref FROM payments_payment WHERE seller_org_id = :seller AND status = 'SUCCESSFUL')
					GROUP BY d.owner, d.currency ORDER BY d.owner LIMIT :limit""")
			.param("seller", seller.value())
			.param("limit", limit)
			.query((rs, n) -> new HeldOrder(OrderId.of(rs.getString("owner").substring("order:".length())),
					Money.ofMinor(rs.getLong("held"), rs.getString("currency"))))
			.list();
	}

	enum Match {

		/** Provider and ledger agree. */
		MATCHED,
		/**
		 * The provider has the money, the ledger does not (yet): a lost callback that
		 * polling will complete.
		 */
		MISSING_IN_LEDGER,
		/** The ledger moved money the provider does not confirm. */
		NOT_CONFIRMED_BY_PROVIDER,
		/** Provider and ledger disagree on the amount or currency. */
		AMOUNT_MISMATCH,
		/** Still open on both sides. */
		OPEN,
		/**
		 * Stored but the provider never received it (a crash before the call); the
		 * recovery job resends it.
		 */
		NOT_SENT,
		/** The provider could not be asked now. */
		UNKNOWN

	}

	/** One provider transaction next to what Isoko recorded for it. */
	public record ReconciliationLine(String type, UUID id, UUID referenceId, Provider provider, Money amount,
			PaymentStatus ours, @Nullable String providerStatus, @Nullable String providerAmount, boolean ledgerPosted,
			Match match) {
	}

	/**
	 * Every provider transaction: payments, payouts (mobile-money refunds are payouts of
	 * kind BUYER_REFUND) and wallet refunds (type BUYER_REFUND, provider WALLET,
	 * reference = the refunded trade), newest first; for a hub operator only those of
	 * their hub (see {@link #IN_HUB}), for an admin ({@code hub} null) all.
	 */
	public PageOf<ReconciliationLine> reconciliation(@Nullable HubCode hub, PageRequest page) {
		String payments = "SELECT 'PAYMENT' AS type, id, reference_id, provider, amount_minor, currency, status, created_at FROM payments_payment"
				+ (hub == null ? "" : " WHERE origin_hub = :hub OR destination_hub = :hub");
		String payouts = "SELECT kind AS type, id, reference_id, 'MOMO' AS provider, amount_minor, currency, status, created_at FROM payments_payout"
				+ (hub == null ? "" : " WHERE " + IN_HUB);
		String refunds = "SELECT 'BUYER_REFUND' AS type, id, trade_reference AS reference_id, provider, amount_minor, currency, status, created_at"
				+ " FROM payments_refund WHERE hold_transfer_id IS NOT NULL" + (hub == null ? ""
						: " AND order_ref IN (SELECT order_ref FROM payments_payment WHERE origin_hub = :hub OR destination_hub = :hub)");
		String union = payments + " UNION ALL " + payouts + " UNION ALL " + refunds;
		var count = jdbc.sql("SELECT COUNT(*) FROM (" + union + ") x");
		var select = jdbc.sql("SELECT * FROM (" + union + ") x ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
			.param("size", page.size())
			.param("offset", page.offset());
		if (hub != null) {
			count = count.param("hub", hub.value());
			select = select.param("hub", hub.value());
		}
		long total = count.query(Long.class).single();
		List<ReconciliationLine> lines = select.query((rs, n) -> {
			String type = rs.getString("type");
			UUID id = rs.getObject("id", UUID.class);
			Provider provider = Provider.valueOf(rs.getString("provider"));
			return new Object[] { type, id, rs.getObject("reference_id", UUID.class), provider,
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status")),
					ledger.recorded(postingKey(type, provider, id)).isPresent() };
		})
			.list()
			.stream()
			.map(row -> line((String) row[0], (UUID) row[1], (UUID) row[2], (Provider) row[3], (Money) row[4],
					(PaymentStatus) row[5], (Boolean) row[6]))
			.toList();
		return PageOf.of(lines, page, total);
	}

	/** A refund row belongs to the hub when its order travels to or from it. */
	static final String ORDER_IN_HUB = "order_ref IN (SELECT order_ref FROM payments_payment WHERE origin_hub = :hub OR destination_hub = :hub)";

	/** The hub whose rows a user may see: null (all) for an admin. */
	public static @Nullable HubCode scope(CurrentUser user) {
		return user.isAdmin() ? null : user.hub();
	}

	/**
	 * A payout belongs to a hub when it refunds a buyer of an order on the hub's
	 * corridors (owner {@code order:…}), or pays a seller who sells from the hub (owner
	 * {@code org:…}, a seller of an order whose origin is the hub): what payments itself
	 * records, without reading another module's tables.
	 */
	static final String IN_HUB = """
			(owner IN (SELECT 'order:' || order_ref FROM payments_payment WHERE origin_hub = :hub OR destination_hub = :hub)
			 OR owner IN (SELECT 'org:' || CAST(seller_org_id AS VARCHAR(40)) FROM payments_payment WHERE origin_hub = :hub AND seller_org_id IS NOT NULL))""";

	/**
	 * The ledger posting that records a provider transaction's money: the capture of a
	 * payment, the settlement of a payout or of a wallet refund.
	 */
	static String postingKey(String type, Provider provider, UUID id) {
		if ("PAYMENT".equals(type)) {
			return "capture:" + id;
		}
		return (isTradeRefund(type, provider) ? "refund-settled:" : "payout-settled:") + id;
	}

	private static boolean isTradeRefund(String type, Provider provider) {
		return "BUYER_REFUND".equals(type) && provider != Provider.MOMO;
	}

	private ReconciliationLine line(String type, UUID id, UUID reference, Provider provider, Money amount,
			PaymentStatus ours, boolean posted) {
		Optional<ProviderStatus> theirs;
		try {
			if ("PAYMENT".equals(type)) {
				theirs = collections.get(provider).status(reference);
			}
			else if (isTradeRefund(type, provider)) {
				theirs = tradeRefunds.get(provider).refundStatus(reference, id.toString());
			}
			else {
				theirs = disbursements.statusOfTransfer(reference);
			}
		}
		catch (RuntimeException e) {
			return new ReconciliationLine(type, id, reference, provider, amount, ours, null, null, posted,
					Match.UNKNOWN);
		}
		if (theirs.isEmpty()) {
			// A request the provider refused and that moved nothing in the ledger agrees
			// with a provider that kept no trace of it.
			Match match = ours == PaymentStatus.CREATED ? Match.NOT_SENT
					: ours == PaymentStatus.FAILED && !posted ? Match.MATCHED : Match.NOT_CONFIRMED_BY_PROVIDER;
			return new ReconciliationLine(type, id, reference, provider, amount, ours, null, null, posted, match);
		}
		ProviderStatus status = theirs.get();
		Match match = match(amount, posted, status);
		if ("PAYMENT".equals(type) && match == Match.NOT_CONFIRMED_BY_PROVIDER && "TRADE_CLOSED".equals(status.reason())
				&& ours == PaymentStatus.SUCCESSFUL && refundedInFull(id, amount)) {
			match = Match.MATCHED; // the wallet closes a trade it refunded in full; our
									// ledger shows the capture and the refunds
		}
		return new ReconciliationLine(type, id, reference, provider, amount, ours, status.state().name(),
				status.amount(), posted, match);
	}

	/** Whether the payment's refunds that went through add up to all of it. */
	private boolean refundedInFull(UUID payment, Money amount) {
		long refunded = jdbc
			.sql("""
					SELECT COALESCE(SUM(amount_minor), 0) FROM payments_refund WHERE payment_id = :payment AND status = 'SUCCESSFUL'
					  AND currency = :currency""")
			.param("payment", payment)
			.param("currency", amount.currency().value())
			.query(Long.class)
			.single();
		return refunded == amount.minorUnits();
	}

	static Match match(Money amount, boolean posted, ProviderStatus status) {
		boolean succeeded = status.state() == ProviderStatus.State.SUCCESSFUL;
		if (succeeded && status.amount() != null && status.currency() != null
				&& !(amount.amount().equals(status.amount()) || amountEquals(amount, status))) {
			return Match.AMOUNT_MISMATCH;
		}
		if (succeeded && posted) {
			return Match.MATCHED;
		}
		if (succeeded) {
			return Match.MISSING_IN_LEDGER;
		}
		if (posted) {
			return Match.NOT_CONFIRMED_BY_PROVIDER;
		}
		return status.state() == ProviderStatus.State.PENDING ? Match.OPEN : Match.MATCHED;
	}

	private static boolean amountEquals(Money amount, ProviderStatus status) {
		try {
			return Money.of(status.amount(), status.currency()).equals(amount);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

}

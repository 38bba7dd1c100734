package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's invariants, checked over the tables themselves (not through the code under
 * test): every transfer stays inside one currency, the account counters equal what the
 * immutable transfer log adds up to, all balances of a currency sum to zero, no limited
 * account (escrow, payables, in transit) is overdrawn, and no seller was paid out more
 * than was released to them (corrections counted on both sides).
 */
final class LedgerInvariants {

	private LedgerInvariants() {
	}

	static void check(JdbcClient jdbc, String context) {
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM payments_transfer t JOIN payments_account d ON d.id = t.debit_account_id
				JOIN payments_account c ON c.id = t.credit_account_id
				WHERE d.currency <> t.currency OR c.currency <> t.currency""").query(Long.class).single())
			.as("%s: transfers across currencies", context)
			.isZero();

		List<Map<String, Object>> drift = jdbc
			.sql("""
					SELECT a.kind, a.owner, a.currency FROM payments_account a
					WHERE a.debits_posted <> (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t
					        WHERE t.debit_account_id = a.id AND t.phase IN ('POSTED', 'POST_PENDING'))
					   OR a.credits_posted <> (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t
					        WHERE t.credit_account_id = a.id AND t.phase IN ('POSTED', 'POST_PENDING'))
					   OR a.debits_pending <> (SELECT COALESCE(SUM(CASE WHEN t.phase = 'PENDING' THEN t.amount ELSE -t.pending_amount END), 0)
					        FROM payments_transfer t WHERE t.debit_account_id = a.id AND t.phase <> 'POSTED')
					   OR a.credits_pending <> (SELECT COALESCE(SUM(CASE WHEN t.phase = 'PENDING' THEN t.amount ELSE -t.pending_amount END), 0)
					        FROM payments_transfer t WHERE t.credit_account_id = a.id AND t.phase <> 'POSTED')""")
			.query()
			.listOfRows();
		assertThat(drift).as("%s: account counters that differ from the transfer log", context).isEmpty();

		List<Map<String, Object>> unbalanced = jdbc
			.sql("""
					SELECT currency, SUM(credits_posted - debits_posted) AS posted, SUM(credits_pending - debits_pending) AS pending
					FROM payments_account GROUP BY currency
					HAVING SUM(credits_posted - debits_posted) <> 0 OR SUM(credits_pending - debits_pending) <> 0""")
			.query()
			.listOfRows();
		assertThat(unbalanced).as("%s: currencies whose balances do not sum to zero", context).isEmpty();

		List<Map<String, Object>> overdrawn = jdbc.sql("""
				SELECT kind, owner, currency FROM payments_account
				WHERE debits_must_not_exceed_credits AND debits_pending + debits_posted > credits_posted""")
			.query()
			.listOfRows();
		assertThat(overdrawn).as("%s: overdrawn accounts (escrow below zero, payout above balance)", context).isEmpty();

		List<Map<String, Object>> overpaid = jdbc
			.sql("""
					SELECT a.owner, a.currency FROM payments_account a WHERE a.kind = 'SELLER_PAYABLE'
					  AND (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t WHERE t.debit_account_id = a.id
					        AND t.code = 'PAYOUT_HOLD' AND t.phase = 'PENDING'
					        AND NOT EXISTS (SELECT 1 FROM payments_transfer v WHERE v.pending_id = t.id AND v.phase = 'VOID_PENDING'))
					      - (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t WHERE t.credit_account_id = a.id AND t.code = 'CORRECTION')
					    > (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t WHERE t.credit_account_id = a.id AND t.code = 'SELLER_SHARE')
					      - (SELECT COALESCE(SUM(t.amount), 0) FROM payments_transfer t WHERE t.debit_account_id = a.id AND t.code = 'CORRECTION')""")
			.query()
			.listOfRows();
		assertThat(overpaid).as("%s: sellers paid out more than was released to them", context).isEmpty();
	}

	/**
	 * How many rows the ledger has: a replay or a refused operation must leave these
	 * unchanged.
	 */
	static String footprint(JdbcClient jdbc) {
		return jdbc
			.sql("""
					SELECT (SELECT COUNT(*) FROM payments_posting) || '/' || (SELECT COUNT(*) FROM payments_transfer) || '/'
					  || (SELECT COALESCE(SUM(debits_posted + debits_pending * 3 + credits_posted * 7 + credits_pending * 11), 0) FROM payments_account)""")
			.query(String.class)
			.single();
	}

}

package org.isoko.trade;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts every buyer's cross-border retail year afresh at once, by SQL into trade's own
 * quota tables, for the benchmarks between their rounds: giving back the quota of tens of
 * thousands of orders one by one ({@link CrossBorderQuota#restore}, as
 * {@code support.CrossBorderYears} does for a few demo buyers) would take longer than a
 * round. It lives in trade's test package so that trade's tables are written only by
 * trade's code (docs/module-shape.md, "Test fixtures").
 */
public final class CrossBorderQuotaReset {

	private CrossBorderQuotaReset() {
	}

	/** Forgets every buyer's use of the annual limit, and which orders used it. */
	public static void everyBuyersYear(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM trade_cbec_quota_use").update();
		jdbc.sql("DELETE FROM trade_cbec_quota").update();
	}

}

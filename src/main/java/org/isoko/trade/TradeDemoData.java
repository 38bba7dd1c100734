package org.isoko.trade;

import java.time.Clock;

import org.isoko.trade.tariff.ReferenceDataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo freight and insurance rates for the demo corridors (illustrative, never in
 * production: no carrier publishes rates we could cite, so operators enter their own).
 * Idempotent by ref.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class TradeDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(TradeDemoData.class);

	private final TradeReferenceData reference;

	private final TradeStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TradeDemoData(TradeReferenceData reference, TradeStore store, TransactionTemplate transactions, Clock clock) {
		this.reference = reference;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int loaded = transactions
			.execute(status -> reference.load(ReferenceDataFiles.DEMO_FREIGHT_RATES, ReferenceDataFiles::freightRates,
					"trade_freight_rate", (rate, now) -> store.insert(rate, "demo-data", now), clock.instant()));
		if (loaded > 0) {
			LOG.info("Seeded {} illustrative demo freight rates", loaded);
		}
		reference.refresh();
	}

}

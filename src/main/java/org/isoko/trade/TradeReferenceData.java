package org.isoko.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.isoko.trade.tariff.ReferenceData;
import org.isoko.trade.tariff.ReferenceDataFiles;
import org.isoko.trade.tariff.Sourced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the trade reference data in memory, as one immutable snapshot, so that a quote
 * reads no table. At start-up it loads the shipped files (every row whose ref is not
 * stored yet; stored rows are never overwritten, so operators' corrections survive an
 * upgrade), then reads the tables. It reloads after each committed edit on this instance,
 * and every minute for edits made on other instances.
 * <p>
 * The first load happens once the beans are made, before the web server takes requests:
 * loaded by an application runner, as it was, a request in the moment between the server
 * starting and the runner (a restart under traffic) was quoted against empty data and
 * refused with "no freight rate".
 */
@Component
class TradeReferenceData implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(TradeReferenceData.class);
	static final String LOADER = "reference-data";

	private final TradeStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile ReferenceData current = ReferenceData.EMPTY;

	TradeReferenceData(TradeStore store, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	ReferenceData current() {
		return current;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int loaded = transactions.execute(status -> loadShippedFiles());
		if (loaded > 0) {
			LOG.info("Loaded {} rows of trade reference data from {}", loaded, "trade/reference-data");
		}
		refresh();
	}

	@Scheduled(fixedDelayString = "${isoko.trade.refresh-interval:PT1M}",
			initialDelayString = "${isoko.trade.refresh-interval:PT1M}")
	void refresh() {
		current = ReferenceData.of(store.tariffLines(), store.taxRules(), store.cbecRules(), store.freightRates());
	}

	/**
	 * Reloads once the surrounding transaction has committed (at once when there is
	 * none).
	 */
	void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

	private int loadShippedFiles() {
		Instant now = clock.instant();
		int loaded = 0;
		loaded += load(ReferenceDataFiles.TARIFF_LINES, ReferenceDataFiles::tariffLines, "trade_tariff_line",
				(r, t) -> store.insert(r, LOADER, t), now);
		loaded += load(ReferenceDataFiles.TAX_RULES, ReferenceDataFiles::taxRules, "trade_tax_rule",
				(r, t) -> store.insert(r, LOADER, t), now);
		loaded += load(ReferenceDataFiles.CBEC_RULES, ReferenceDataFiles::cbecRules, "trade_cbec_rule",
				(r, t) -> store.insert(r, LOADER, t), now);
		return loaded;
	}

	<T extends Sourced> int load(String file, Function<InputStream, List<T>> reader, String table,
			BiConsumer<T, Instant> insert, Instant now) {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
			int loaded = 0;
			for (T row : reader.apply(in)) {
				if (!store.hasRef(table, row.ref())) {
					insert.accept(row, now);
					loaded++;
				}
			}
			return loaded;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

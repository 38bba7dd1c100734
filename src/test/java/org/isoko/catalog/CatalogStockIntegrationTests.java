package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock reservation under contention: many buyers race for the last units of one lot,
 * each in a transaction of their own; exactly the available units are reserved and every
 * other buyer is told the lot is sold out.
 */
class CatalogStockIntegrationTests extends SellerTestSupport {

	static final int UNITS = 20;
	static final int BUYERS = 50;

	@Autowired
	Stock stock;

	@Autowired
	TransactionTemplate transactions;

	LotId lot;

	@BeforeEach
	void aLotOfTwentyUnits() throws Exception {
		String coop = token(COOP);
		lot = LotId.of(createLot(coop, lotJson(greenCoffeeProduct(coop), "RACE-" + System.nanoTime(),
				String.valueOf(UNITS), "\"1000\"", null)));
	}

	@Test
	void fiftyBuyersRacingForTwentyUnitsReserveExactlyTwenty() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < BUYERS; i++) {
				Callable<String> buyer = () -> {
					start.await();
					try {
						transactions.executeWithoutResult(tx -> stock.reserve(lot, 1));
						return "reserved";
					}
					catch (OutOfStock e) {
						assertThat(e.isSoldOut()).isTrue();
						assertThat(e.available()).isZero();
						return "sold out";
					}
				};
				outcomes.add(pool.submit(buyer));
			}
			start.countDown();
			int reserved = 0;
			int soldOut = 0;
			for (Future<String> outcome : outcomes) {
				if (outcome.get(60, TimeUnit.SECONDS).equals("reserved")) {
					reserved++;
				}
				else {
					soldOut++;
				}
			}
			assertThat(reserved).isEqualTo(UNITS);
			assertThat(soldOut).isEqualTo(BUYERS - UNITS);
			assertThat(available(lot.toString())).isZero();
			assertThat(total(lot.toString())).isEqualTo(UNITS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aReservationThatAsksForMoreThanIsLeftReservesNothing() {
		transactions.executeWithoutResult(tx -> stock.reserve(lot, 15));
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.reserve(lot, 6)))
			.isInstanceOfSatisfying(OutOfStock.class, e -> {
				assertThat(e.available()).isEqualTo(5);
				assertThat(e.isSoldOut()).isFalse();
			});
		assertThat(available(lot.toString())).isEqualTo(5);
	}

	@Test
	void aRolledBackOrderGivesItsReservationBack() {
		transactions.executeWithoutResult(tx -> {
			stock.reserve(lot, 7);
			tx.setRollbackOnly();
		});
		assertThat(available(lot.toString())).isEqualTo(UNITS);
	}

	@Test
	void aBatchServesItsOrdersInTurnAndAnOrderShortOfUnitsTakesNothing() throws Exception {
		String coop = token(COOP);
		LotId other = LotId.of(createLot(coop,
				lotJson(greenCoffeeProduct(coop), "RACE-B-" + System.nanoTime(), "4", "\"1000\"", null)));
		List<Optional<OutOfStock>> answers = transactions
			.execute(tx -> stock.reserveEach(List.of(Map.of(lot, 12, other, 1), // served:
																				// 8 and 3
																				// left
					Map.of(lot, 9), // short: only 8 left of lot, nothing taken
					Map.of(other, 2, lot, 8), // served: 0 and 1 left
					Map.of(other, 2)))); // short of the other lot
		assertThat(answers.get(0)).isEmpty();
		assertThat(answers.get(1)).hasValueSatisfying(e -> {
			assertThat(e.lot()).isEqualTo(lot);
			assertThat(e.requested()).isEqualTo(9);
			assertThat(e.available()).isEqualTo(8);
		});
		assertThat(answers.get(2)).isEmpty();
		assertThat(answers.get(3)).hasValueSatisfying(e -> {
			assertThat(e.lot()).isEqualTo(other);
			assertThat(e.available()).isEqualTo(1);
		});
		assertThat(available(lot.toString())).isZero();
		assertThat(available(other.toString())).isEqualTo(1);
	}

	@Test
	void aRolledBackBatchTakesNothingAndABatchNeedsTheCallersTransaction() {
		transactions.executeWithoutResult(tx -> {
			stock.reserveEach(List.of(Map.of(lot, 5), Map.of(lot, 5)));
			tx.setRollbackOnly();
		});
		assertThat(available(lot.toString())).isEqualTo(UNITS);
		assertThatThrownBy(() -> stock.reserveEach(List.of(Map.of(lot, 1))))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> transactions.execute(tx -> stock.reserveEach(List.of(Map.of(lot, 0)))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(available(lot.toString())).isEqualTo(UNITS);
	}

	@Test
	void releasingMoreThanWasReservedIsRefused() {
		transactions.executeWithoutResult(tx -> stock.reserve(lot, 3));
		transactions.executeWithoutResult(tx -> stock.release(lot, 3));
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.release(lot, 1)))
			.isInstanceOf(IllegalStateException.class);
		assertThat(available(lot.toString())).isEqualTo(UNITS);
	}

	@Test
	void reservingNeedsTheCallersTransaction() {
		assertThatThrownBy(() -> stock.reserve(lot, 1)).isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> stock.reserve(lot, 0)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(available(lot.toString())).isEqualTo(UNITS);
	}

}

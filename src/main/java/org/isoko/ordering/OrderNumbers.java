package org.isoko.ordering;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order numbers people can read out on the phone: ISK-YYMMDD-XXXXXX (no 0/O or 1/I to confuse), unique.
 * <p>
 * The six characters are a number from a database sequence, so no two orders get the same one on any instance (random
 * characters collided: with 32^6 numbers, a day of 16,000 orders has a one-in-nine chance of a duplicate, and each
 * failed an order). Scrambled by a bijection of 30 bits, so that the numbers do not tell a buyer or a competitor how
 * many orders the hub takes, and unique for the first 2^30 (about a billion) orders; the UNIQUE constraint on the
 * number stays the last guard. An instance takes the sequence's values in blocks of {@link #BLOCK}: one database call
 * per hundred orders.
 */
@Component
class OrderNumbers {

	/** Numbers taken per call; the sequence's INCREMENT BY (migration V2026_11_30_0200). */
	static final int BLOCK = 100;

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final int BITS = 30; // six characters of five bits
	private static final long MASK = (1L << BITS) - 1;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;
	// A lock rather than synchronized: a virtual thread waiting for the sequence inside synchronized would pin its carrier (JDK 21).
	private final ReentrantLock lock = new ReentrantLock();
	private long next; // guarded by lock
	private long end; // guarded by lock

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(Instant now) {
		return format(now, scramble(take()));
	}

	private long take() {
		lock.lock();
		try {
			if (next >= end) {
				long start = jdbc.sql("SELECT nextval('ordering_order_number_seq')").query(Long.class).single();
				next = start;
				end = start + BLOCK;
			}
			return next++;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * A bijection of [0, 2^30): multiplications by odd numbers and right xor-shifts, each invertible modulo 2^30, so that
	 * neighbouring sequence values give unrelated-looking numbers.
	 */
	static long scramble(long value) {
		long x = value & MASK;
		x = (x * 0x2545F491L) & MASK;
		x ^= x >>> 13;
		x = (x * 0x1B873593L) & MASK;
		x ^= x >>> 16;
		return x;
	}

	static String format(Instant day, long number) {
		StringBuilder text = new StringBuilder("ISK-").append(DAY.format(day)).append('-');
		for (int shift = BITS - 5; shift >= 0; shift -= 5) {
			text.append(ALPHABET.charAt((int) (number >>> shift) & 31));
		}
		return text.toString();
	}
}

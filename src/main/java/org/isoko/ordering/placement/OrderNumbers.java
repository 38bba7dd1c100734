package org.isoko.ordering.placement;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order numbers people can read out on the phone: ISK-YYMMDD-XXXXXX (no 0/O or 1/I to
 * confuse), unique.
 * <p>
 * The six characters are a number from a database sequence, so no two orders get the same
 * one on any instance (random characters collided: with 32^6 numbers, a day of 16,000
 * orders has a one-in-nine chance of a duplicate, and each failed an order). Permuted by
 * a keyed bijection of 30 bits (a four-round Feistel network whose secret is drawn once
 * per database, table ordering_number_secret), so that the numbers do not tell a buyer or
 * a competitor how many orders the hub takes (the code is public: a fixed permutation
 * could be inverted), and unique for the first 2^30 (about a billion) orders; the UNIQUE
 * constraint on the number stays the last guard. An instance takes the sequence's values
 * in blocks of {@link #BLOCK}: one database call per hundred orders.
 */
@Component
public class OrderNumbers {

	/**
	 * Numbers taken per call; the sequence's INCREMENT BY (migration V2026_11_30_0200).
	 */
	public static final int BLOCK = 100;

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final int BITS = 30; // six characters of five bits

	private static final long MASK = (1L << BITS) - 1;

	private static final int HALF = BITS / 2;

	private static final long HALF_MASK = (1L << HALF) - 1;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	// A lock rather than synchronized: a virtual thread waiting for the sequence inside
	// synchronized would pin its carrier (JDK 21).
	private final ReentrantLock lock = new ReentrantLock();

	private final TransactionTemplate ownTransaction;

	private long next; // guarded by lock

	private long end; // guarded by lock

	private @Nullable Long secret; // guarded by lock

	OrderNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String next(Instant now) {
		long value;
		long key;
		lock.lock();
		try {
			value = take();
			key = secret();
		}
		finally {
			lock.unlock();
		}
		return format(now, permute(value, key));
	}

	/**
	 * This database's secret: drawn at random by the first instance that needs it, then
	 * read by every other. Written in a transaction of its own: if the order's
	 * transaction rolled back, another instance could draw a second secret.
	 */
	private long secret() {
		if (secret == null) {
			secret = ownTransaction.execute(tx -> {
				jdbc.sql("INSERT INTO ordering_number_secret (id, secret) VALUES (1, :secret) ON CONFLICT DO NOTHING")
					.param("secret", new SecureRandom().nextLong())
					.update();
				return jdbc.sql("SELECT secret FROM ordering_number_secret WHERE id = 1").query(Long.class).single();
			});
		}
		return java.util.Objects.requireNonNull(secret);
	}

	/**
	 * The next value of the sequence, from this instance's block (under {@link #lock}).
	 */
	private long take() {
		if (next >= end) {
			long start = jdbc.sql("SELECT nextval('ordering_order_number_seq')").query(Long.class).single();
			next = start;
			end = start + BLOCK;
		}
		return next++;
	}

	/**
	 * A bijection of [0, 2^30) chosen by {@code key}: four Feistel rounds over two halves
	 * of 15 bits, each round mixing the right half with the key and the round number (a
	 * Feistel network is invertible whatever its round function, so no two values below
	 * 2^30 share an image). Without the key, neighbouring values give unrelated-looking
	 * numbers and the sequence behind them cannot be read back.
	 */
	static long permute(long value, long key) {
		long left = (value & MASK) >>> HALF;
		long right = value & HALF_MASK;
		for (int round = 0; round < 4; round++) {
			long mixed = left ^ (round(right, key, round) & HALF_MASK);
			left = right;
			right = mixed;
		}
		return (left << HALF) | right;
	}

	/**
	 * The round function: the half and the round's part of the key through a 64-bit
	 * finaliser (MurmurHash3's fmix64).
	 */
	private static long round(long half, long key, int round) {
		long h = half ^ Long.rotateLeft(key, 16 * round) ^ (round * 0x9E3779B97F4A7C15L);
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		h *= 0xC4CEB9FE1A85EC53L;
		h ^= h >>> 33;
		return h;
	}

	static String format(Instant day, long number) {
		StringBuilder text = new StringBuilder("ISK-").append(DAY.format(day)).append('-');
		for (int shift = BITS - 5; shift >= 0; shift -= 5) {
			text.append(ALPHABET.charAt((int) (number >>> shift) & 31));
		}
		return text.toString();
	}

}

package org.isoko.drops;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses the reservation strategy: {@code isoko.drops.strategy=batched} (default) or
 * {@code naive}. The benchmark switches it at run time ({@link #use}) to measure both on
 * the same running instance.
 */
@Component
class DropStrategy implements DropReservations {

	enum Kind {

		BATCHED, NAIVE

	}

	private final DropGroupCommit batched;

	private final DropSelectForUpdate naive;

	private volatile Kind kind;

	DropStrategy(DropGroupCommit batched, DropSelectForUpdate naive,
			@Value("${isoko.drops.strategy:batched}") String kind) {
		this.batched = batched;
		this.naive = naive;
		this.kind = parse(kind);
	}

	static Kind parse(String value) {
		try {
			return Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("isoko.drops.strategy must be batched or naive, got '" + value + "'");
		}
	}

	void use(Kind kind) {
		this.kind = kind;
	}

	Kind kind() {
		return kind;
	}

	@Override
	public CompletableFuture<DropOutcome> reserve(DropClaim claim) {
		return kind == Kind.NAIVE ? naive.reserve(claim) : batched.reserve(claim);
	}

}

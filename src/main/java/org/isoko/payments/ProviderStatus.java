package org.isoko.payments;

import org.jspecify.annotations.Nullable;

/**
 * What a provider says about one request: still {@code PENDING}, or final
 * ({@code SUCCESSFUL}, {@code FAILED} with a reason code such as
 * {@code NOT_ENOUGH_FUNDS}, {@code APPROVAL_REJECTED}, {@code EXPIRED},
 * {@code PAYER_NOT_FOUND}).
 */
record ProviderStatus(State state, @Nullable String reason, @Nullable String transactionId, @Nullable String amount,
		@Nullable String currency) {

	enum State {

		PENDING, SUCCESSFUL, FAILED;

		boolean isFinal() {
			return this != PENDING;
		}

	}
}

package org.isoko.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.isoko.shared.CurrencyCode;
import org.junit.jupiter.api.Test;

class PostingRequestUnitTests {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final AccountKey CLEARING = AccountKey.of(AccountKind.PROVIDER_CLEARING, "provider:WALLET", CNY);
	static final AccountKey ESCROW = AccountKey.of(AccountKind.ORDER_ESCROW, "order:o-1", CNY);
	static final AccountKey SETTLEMENT = AccountKey.of(AccountKind.SETTLEMENT_CONTROL, "order:o-1", CNY);
	static final AccountKey POSITION_CNY = AccountKey.of(AccountKind.FX_POSITION, "platform", CNY);
	static final AccountKey POSITION_RWF = AccountKey.of(AccountKind.FX_POSITION, "platform", RWF);
	static final AccountKey SELLER = AccountKey.of(AccountKind.SELLER_PAYABLE, "org:coop", RWF);

	@Test
	void refusesATransferWithinOneAccount() {
		assertThatIllegalArgumentException().isThrownBy(() -> Leg.posted(ESCROW, ESCROW, 10, TransferCode.REFUND))
			.withMessageContaining("two different accounts");
	}

	@Test
	void refusesATransferBetweenCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Leg.posted(ESCROW, SELLER, 10, TransferCode.SELLER_SHARE))
			.withMessageContaining("never transact directly");
	}

	@Test
	void refusesZeroAndNegativeAmounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Leg.posted(CLEARING, ESCROW, 0, TransferCode.PAYMENT_CAPTURED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Leg.posted(CLEARING, ESCROW, -5, TransferCode.PAYMENT_CAPTURED));
	}

	@Test
	void refusesAConversionThatDoesNotGoThroughFxPositionsOrDoesNotRecordItsRate() {
		List<Leg> legs = List.of(Leg.posted(SETTLEMENT, POSITION_CNY, 1000, TransferCode.FX_CONVERSION),
				Leg.posted(POSITION_RWF, SELLER, 190_000, TransferCode.SELLER_SHARE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PostingRequest.of("k", "order:o-1", TransferCode.ESCROW_RELEASE, NOW, TODAY, legs))
			.withMessageContaining("must record the one conversion");

		FxDetails fx = new FxDetails(CNY, RWF, new BigDecimal("190"), TODAY, "test", new BigDecimal("0.01"));
		assertThat(new PostingRequest("k", "order:o-1", TransferCode.ESCROW_RELEASE, NOW, TODAY, legs, fx, null)
			.currencies()).containsExactlyInAnyOrder(CNY, RWF);

		List<Leg> bypass = List.of(Leg.posted(SETTLEMENT, ESCROW, 1000, TransferCode.FX_CONVERSION),
				Leg.posted(POSITION_RWF, SELLER, 190_000, TransferCode.SELLER_SHARE));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new PostingRequest("k", "order:o-1", TransferCode.ESCROW_RELEASE, NOW, TODAY, bypass, fx, null))
			.withMessageContaining("only through an FX position");
	}

	@Test
	void refusesToResolveOneHoldTwiceOrForMoreThanItHolds() {
		PendingTransfer hold = new PendingTransfer(UUID.randomUUID(), ESCROW, SETTLEMENT, 500, TransferCode.ESCROW_HOLD,
				null);
		assertThatIllegalArgumentException().isThrownBy(() -> Leg.post(hold, 501, TransferCode.ESCROW_RELEASE));
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> PostingRequest.of("k", "c", TransferCode.REFUND, NOW, TODAY,
							List.of(Leg.voiding(hold, TransferCode.HOLD_VOIDED),
									Leg.post(hold, 100, TransferCode.ESCROW_RELEASE))))
			.withMessageContaining("resolved twice");
	}

	@Test
	void partialPostReleasesTheWholeHoldAndPostsOnlyThePart() {
		PendingTransfer hold = new PendingTransfer(UUID.randomUUID(), ESCROW, SETTLEMENT, 500, TransferCode.ESCROW_HOLD,
				null);
		Leg post = Leg.post(hold, 300, TransferCode.ESCROW_RELEASE);

		Balance escrow = new Balance(500, 0, 0, 500).apply(post.debitChange());

		assertThat(escrow).isEqualTo(new Balance(0, 300, 0, 500));
		assertThat(escrow.available()).isEqualTo(200);
		assertThat(new Balance(0, 0, 500, 0).apply(post.creditChange())).isEqualTo(new Balance(0, 0, 0, 300));
	}

	@Test
	void anEscrowCannotHoldOrPayMoreThanItReceived() {
		assertThat(new Balance(0, 600, 0, 500).violates(AccountKind.ORDER_ESCROW)).isTrue();
		assertThat(new Balance(100, 450, 0, 500).violates(AccountKind.ORDER_ESCROW)).isTrue();
		assertThat(new Balance(50, 450, 0, 500).violates(AccountKind.ORDER_ESCROW)).isFalse();
		assertThat(new Balance(0, 600, 0, 500).violates(AccountKind.PROVIDER_CLEARING)).isFalse();
	}

	@Test
	void netChangesAddUpPerAccount() {
		PostingRequest request = PostingRequest.of("k", "order:o-1", TransferCode.PAYMENT_CAPTURED, NOW, TODAY,
				List.of(Leg.posted(CLEARING, ESCROW, 700, TransferCode.PAYMENT_CAPTURED),
						Leg.pending(ESCROW, SETTLEMENT, 700, TransferCode.ESCROW_HOLD, null)));

		assertThat(request.changes()).containsEntry(ESCROW, new BalanceChange(700, 0, 0, 700))
			.containsEntry(CLEARING, new BalanceChange(0, 700, 0, 0))
			.containsEntry(SETTLEMENT, new BalanceChange(0, 0, 700, 0));
	}

	@Test
	void aReplayWithOtherContentHasAnotherFingerprint() {
		PostingRequest a = PostingRequest.of("k", "c", TransferCode.PAYMENT_CAPTURED, NOW, TODAY,
				List.of(Leg.posted(CLEARING, ESCROW, 700, TransferCode.PAYMENT_CAPTURED)));
		PostingRequest b = PostingRequest.of("k", "c", TransferCode.PAYMENT_CAPTURED, NOW.plusSeconds(5), TODAY,
				List.of(Leg.posted(CLEARING, ESCROW, 700, TransferCode.PAYMENT_CAPTURED)));
		PostingRequest c = PostingRequest.of("k", "c", TransferCode.PAYMENT_CAPTURED, NOW, TODAY,
				List.of(Leg.posted(CLEARING, ESCROW, 701, TransferCode.PAYMENT_CAPTURED)));

		assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
	}

	@Test
	void aPostingThatStillHoldsMoneyIsVoidedNotReversed() {
		RecordedPosting capture = new RecordedPosting(UUID.randomUUID(), "k", "c", TransferCode.PAYMENT_CAPTURED, NOW,
				NOW, TODAY,
				List.of(Leg.posted(CLEARING, ESCROW, 700, TransferCode.PAYMENT_CAPTURED),
						Leg.pending(ESCROW, SETTLEMENT, 700, TransferCode.ESCROW_HOLD, null)),
				List.of(UUID.randomUUID(), UUID.randomUUID()), null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> PostingRequest.reversal(capture, "r", NOW, TODAY))
			.withMessageContaining("void");

		RecordedPosting plain = new RecordedPosting(UUID.randomUUID(), "k", "c", TransferCode.PAYMENT_CAPTURED, NOW,
				NOW, TODAY, List.of(Leg.posted(CLEARING, ESCROW, 700, TransferCode.PAYMENT_CAPTURED)),
				List.of(UUID.randomUUID()), null, null);
		PostingRequest reversal = PostingRequest.reversal(plain, "r", NOW, TODAY);
		assertThat(reversal.legs()).containsExactly(Leg.posted(ESCROW, CLEARING, 700, TransferCode.CORRECTION));
		assertThat(reversal.correlationId()).isEqualTo("c");
		assertThat(reversal.reverses()).isEqualTo(plain.id());
	}

}

package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Escrow holds that wait too long for delivery expire; the money stays in escrow and can
 * still be refunded, never released.
 */
class EscrowExpiryIntegrationTests extends EscrowPostingTestSupport {

	static final CurrencyCode RWF = CurrencyCode.of("RWF");

	@Autowired
	Clock clock;

	@Test
	void anExpiredHoldKeepsTheMoneyInEscrowForARefundButNoLongerForARelease() {
		OrderId order = OrderId.random();
		Instant longAgo = clock.instant().minus(Duration.ofDays(61));
		escrow.capture("capture:" + order, Provider.MOMO, order, Money.ofMinor(12_000, "RWF"), longAgo);

		assertThat(escrow.expireHolds(100)).isGreaterThanOrEqualTo(1);
		assertThat(escrow.held(order, RWF).isZero()).isTrue();
		assertThat(ledger.balance(Accounts.escrow(order, RWF)).available()).isEqualTo(12_000);

		OrganisationId seller = new OrganisationId(UUID.randomUUID());
		Money zero = Money.zero(RWF);
		assertThatThrownBy(
				() -> escrow.release("release:" + order,
						new Escrow.Release(order, Money.ofMinor(12_000, "RWF"), zero, "none", zero,
								CountryCode.of("RW"), zero, seller, RWF),
						clock.instant()))
			.isInstanceOf(Conflict.class);
		String before = LedgerInvariants.footprint(jdbc);
		assertThatThrownBy(
				() -> escrow.refund("too-much:" + order, order, Money.ofMinor(12_001, "RWF"), clock.instant()))
			.isInstanceOf(InvalidInput.class);
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(before);

		escrow.refund("refund:" + order, order, Money.ofMinor(12_000, "RWF"), clock.instant());
		assertThat(ledger.balance(Accounts.escrow(order, RWF)).available()).isZero();
		assertThat(ledger.balance(Accounts.refundPayable(order, RWF)).available()).isEqualTo(12_000);
		assertThat(escrow.expireHolds(100)).isZero();
		LedgerInvariants.check(jdbc, "after expiry and refund");
	}

}

package org.isoko.payments;

import java.math.BigDecimal;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.payments.ledger.InsufficientFunds;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages: a seller's balances and payouts (with a payout form), and the hub operator's
 * trial balance and reconciliation. The payout form carries a one-time key, so a double
 * submit pays out once.
 */
@Controller
class PaymentPages {

	private final Payouts payouts;

	private final LedgerReports reports;

	private final SellerEscrow sellerEscrow;

	PaymentPages(Payouts payouts, LedgerReports reports, SellerEscrow sellerEscrow) {
		this.payouts = payouts;
		this.reports = reports;
		this.sellerEscrow = sellerEscrow;
	}

	@GetMapping("/seller/payouts")
	@PreAuthorize("hasRole('SELLER')")
	String sellerPayouts(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("balances", reports.sellerBalances(user.organisationId()));
		model.addAttribute("escrow", sellerEscrow.of(user));
		model.addAttribute("payouts",
				payouts.forOwner("org:" + user.organisationId().value(), PageRequest.of(page, 20)));
		model.addAttribute("key", UUID.randomUUID().toString());
		return "payments/seller-payouts";
	}

	@PostMapping("/seller/payouts")
	@PreAuthorize("hasRole('SELLER')")
	String requestPayout(CurrentUser user, @RequestParam String key,
			@RequestParam(required = false) @Nullable String amount, @RequestParam String currency, Model model) {
		String error = null;
		try {
			payouts.requestPayout(user.organisationId(),
					Money.of(new BigDecimal(amount == null ? "" : amount.trim()), CurrencyCode.of(currency)), key);
		}
		catch (InsufficientFunds e) {
			error = "payments.payout.error.balance";
		}
		catch (NumberFormatException e) {
			error = "payments.payout.error.amount";
		}
		catch (IllegalArgumentException e) {
			error = "payments.payout.error.amount";
		}
		if (error != null) {
			model.addAttribute("error", error);
			model.addAttribute("amount", amount);
			return sellerPayouts(user, null, model);
		}
		return "redirect:/seller/payouts?requested";
	}

	@GetMapping("/operator/ledger")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String ledger(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("trialBalance", reports.trialBalance());
		model.addAttribute("reconciliation",
				reports.reconciliation(LedgerReports.scope(user), PageRequest.of(page, 20)));
		return "payments/operator-ledger";
	}

}

package org.isoko.payments.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.payments.LedgerReports;
import org.isoko.payments.Payouts;
import org.isoko.payments.PollSchedule;
import org.isoko.payments.SellerEscrow;
import org.isoko.payments.ledger.InsufficientFunds;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	private final PollSchedule polling;

	private final AuditTrail audit;

	PaymentPages(Payouts payouts, LedgerReports reports, SellerEscrow sellerEscrow, PollSchedule polling,
			AuditTrail audit) {
		this.polling = polling;
		this.audit = audit;
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
		model.addAttribute("stoppedCount",
				polling.stopped(LedgerReports.scope(user), PageRequest.of(0, 1)).totalItems());
		model.addAttribute("trialBalance", reports.trialBalance());
		model.addAttribute("reconciliation",
				reports.reconciliation(LedgerReports.scope(user), PageRequest.of(page, 20)));
		return "payments/operator-ledger";
	}

	/**
	 * The hub's payments, payouts and refunds whose polling stopped (still open after the
	 * last poll), each with a form to put it back on the schedule.
	 */
	@GetMapping("/operator/payments/stopped")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String stopped(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("stopped", polling.stopped(LedgerReports.scope(user), PageRequest.of(page, 20)));
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", java.util.Map.of());
		}
		return "payments/operator-stopped";
	}

	/**
	 * Retries a stopped request: polled at the next round with a fresh attempt count;
	 * recorded in the audit with the operator's reason.
	 */
	@PostMapping("/operator/payments/stopped/{requests}/{id}/resume")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String resume(CurrentUser user, @PathVariable PollSchedule.Requests requests, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			model.addAttribute("fieldErrors", java.util.Map.of(id.toString(), "payments.stopped.error.reason"));
			return stopped(user, null, model);
		}
		if (!polling.resume(requests, id, LedgerReports.scope(user))) {
			throw new NotFound("No open request " + requests + " " + id + " of your hub has stopped polling");
		}
		audit.record("PAYMENTS_POLLING_RESUMED", requests + ":" + id, reason.strip());
		return "redirect:/operator/payments/stopped?resumed";
	}

}

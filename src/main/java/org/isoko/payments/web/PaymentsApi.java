package org.isoko.payments.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.Role;
import org.isoko.payments.IdempotencyKeys;
import org.isoko.payments.LedgerReports;
import org.isoko.payments.Payments;
import org.isoko.payments.PayoutView;
import org.isoko.payments.Payouts;
import org.isoko.payments.PollSchedule;
import org.isoko.payments.Provider;
import org.isoko.payments.SellerEscrow;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Payouts for sellers, and the ledger reports for hub operators. */
@RestController
@Tag(name = "Payments", description = "Seller balances and payouts; trial balance and reconciliation for hub operators")
class PaymentsApi {

	private final Payouts payouts;

	private final LedgerReports reports;

	private final PollSchedule polling;

	private final AuditTrail audit;

	private final SellerEscrow sellerEscrow;

	PaymentsApi(Payouts payouts, LedgerReports reports, PollSchedule polling, AuditTrail audit,
			SellerEscrow sellerEscrow) {
		this.sellerEscrow = sellerEscrow;
		this.payouts = payouts;
		this.reports = reports;
		this.polling = polling;
		this.audit = audit;
	}

	record PayoutRequest(@NotNull BigDecimal amount, @NotBlank String currency) {
	}

	@PostMapping("/api/v1/payouts")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(
			summary = "Pay part or all of the caller's available balance to the organisation's mobile-money number (Idempotency-Key required)",
			description = "Answers 201 with the payout; a replay of the key answers 200 with the same payout and Idempotent-Replayed: true")
	ResponseEntity<PayoutView> requestPayout(CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody PayoutRequest request) {
		IdempotencyKeys.requireValid(key);
		Money amount;
		try {
			amount = Money.of(request.amount(), CurrencyCode.of(request.currency()));
		}
		catch (InvalidInput e) {
			throw e;
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(e.getMessage().contains("urrency") ? "currency" : "amount", e.getMessage());
		}
		boolean replayed = payouts.replays(user.organisationId(), key);
		PayoutView payout = payouts.requestPayout(user.organisationId(), amount, key);
		return replayed ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(payout)
				: ResponseEntity.status(HttpStatus.CREATED).body(payout);
	}

	@GetMapping("/api/v1/payouts")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "The caller's organisation's payouts, newest first")
	PageOf<PayoutView> payouts(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return payouts.forOwner("org:" + user.organisationId().value(), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/payouts/{id}")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "One payout of the caller's organisation")
	PayoutView payout(CurrentUser user, @PathVariable UUID id) {
		PayoutView payout = payouts.view(id);
		if (!payouts.forOwnerContains("org:" + user.organisationId().value(), id)) {
			throw NotFound.of("Payout", id);
		}
		return payout;
	}

	@GetMapping("/api/v1/payouts/balance")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(summary = "The caller's organisation's balances per currency: available, in transit, paid out")
	List<LedgerReports.SellerBalance> balance(CurrentUser user) {
		return reports.sellerBalances(user.organisationId());
	}

	@GetMapping("/api/v1/payouts/escrow")
	@PreAuthorize("hasRole('SELLER')")
	@Operation(
			summary = "The caller's organisation's part of what escrow holds until delivery: goods less commission and FX spread, in the seller's currency at today's rate")
	List<SellerEscrow.HeldForSeller> heldInEscrow(CurrentUser user) {
		return sellerEscrow.of(user);
	}

	@GetMapping("/api/v1/ledger/trial-balance")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Trial balance per currency: posted and pending debits and credits per account kind")
	List<LedgerReports.TrialBalance> trialBalance(CurrentUser user) {
		return reports.trialBalance();
	}

	@GetMapping("/api/v1/payments/reconciliation")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(
			summary = "Provider transactions (queried live) against ledger transfers, mismatches flagged; a hub operator sees those of orders of their hub (origin or destination), an admin all")
	PageOf<LedgerReports.ReconciliationLine> reconciliation(CurrentUser user,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Hub operators only");
		}
		return reports.reconciliation(LedgerReports.scope(user), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/payments/polling/stopped")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(
			summary = "Open payments, payouts and wallet refunds whose polling stopped after its last attempt; a hub operator sees those of orders of their hub, an admin all")
	PageOf<PollSchedule.Stopped> stoppedPolling(CurrentUser user,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return polling.stopped(LedgerReports.scope(user), PageRequest.of(page, size));
	}

	record ResumeRequest(@NotBlank @Size(max = 500) String reason) {
	}

	@PostMapping("/api/v1/payments/polling/{requests}/{id}/resume")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Poll a stopped request again at the next round, with a fresh attempt count (audited)")
	void resumePolling(CurrentUser user, @PathVariable PollSchedule.Requests requests, @PathVariable UUID id,
			@Valid @RequestBody ResumeRequest request) {
		if (!polling.resume(requests, id, LedgerReports.scope(user))) {
			throw new NotFound("No open request " + requests + " " + id + " has stopped polling");
		}
		audit.record("PAYMENTS_POLLING_RESUMED", requests + ":" + id, request.reason());
	}

}

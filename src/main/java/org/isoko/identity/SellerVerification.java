package org.isoko.identity;

import java.time.Clock;
import java.util.List;

import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub operator verifies or rejects the seller organisations of their own hub (an admin:
 * of any hub). A seller of another hub is reported as not found: operators do not learn
 * about other hubs' sellers.
 */
@Service
class SellerVerification {

	private final Organisations organisations;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SellerDocuments documents;

	SellerVerification(Organisations organisations, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			SellerDocuments documents) {
		this.organisations = organisations;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageOf<Organisation> sellers(CurrentUser operator, @Nullable Verification verification, PageRequest page) {
		requireOperator(operator);
		return organisations.sellers(operator.isAdmin() ? null : operator.hub(), verification, page);
	}

	@Transactional(readOnly = true)
	Organisation seller(CurrentUser operator, OrganisationId id) {
		requireOperator(operator);
		return organisations.findById(id)
			.filter(o -> o.kind().sells())
			.filter(o -> operator.operates(o.hub()))
			.orElseThrow(() -> NotFound.of("Seller organisation", id));
	}

	/**
	 * Verifies the seller. While a required document is missing or not checked, the
	 * operator must confirm ({@code confirmIncomplete}) that they checked it otherwise (a
	 * farmer group showing its paper letter at the hub): verification is not refused
	 * outright, but never happens by a slip, and the audit log says what was not checked.
	 */
	@Transactional
	Organisation verify(CurrentUser operator, OrganisationId id, boolean confirmIncomplete) {
		Organisation seller = seller(operator, id);
		List<String> notChecked = documents.notChecked(seller).stream().map(DocumentKind::code).toList();
		if (!notChecked.isEmpty() && !confirmIncomplete) {
			throw new DocumentsNotChecked(seller.name(), notChecked);
		}
		Organisation verified = seller.verify(operator.id(), clock.instant());
		organisations.updateVerification(verified);
		audit.record(AuditActions.SELLER_VERIFIED, verified.name(), "organisation=" + id + (notChecked.isEmpty() ? ""
				: ", confirmed without checked documents: " + String.join(" ", notChecked)));
		events.publishEvent(new SellerVerified(id, operator.id()));
		return verified;
	}

	@Transactional
	Organisation reject(CurrentUser operator, OrganisationId id, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Give the seller a reason they can act on");
		}
		if (reason.length() > 500) {
			throw new InvalidInput("reason", "The reason must be at most 500 characters");
		}
		Organisation rejected = seller(operator, id).reject(operator.id(), reason.trim(), clock.instant());
		organisations.updateVerification(rejected);
		audit.record(AuditActions.SELLER_REJECTED, rejected.name(), "organisation=" + id + ", reason=" + reason.trim());
		events.publishEvent(new SellerRejected(id, operator.id(), reason.trim()));
		return rejected;
	}

	/**
	 * Verification asked for while required documents are not all checked, without the
	 * operator's confirmation: 409, nothing changed.
	 */
	static final class DocumentsNotChecked extends Conflict {

		private final List<String> kinds;

		DocumentsNotChecked(String seller, List<String> kinds) {
			super(seller + " has required documents that are not checked (" + String.join(", ", kinds)
					+ "); check them, or confirm that you verified them another way");
			this.kinds = List.copyOf(kinds);
		}

		List<String> kinds() {
			return kinds;
		}

	}

	private static void requireOperator(CurrentUser user) {
		if (!user.isAdmin() && !user.has(Role.HUB_OPERATOR)) {
			throw new AccessDeniedException("Only hub operators verify sellers");
		}
	}

}

package org.isoko.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hub operators verify sellers; admins read the audit log and change roles. */
@Controller
class OperationsPages {

	private final SellerVerification verification;

	private final UserAccounts users;

	private final RoleAdministration roles;

	private final AuditLog audit;

	private final SellerDocuments documents;

	OperationsPages(SellerVerification verification, UserAccounts users, RoleAdministration roles, AuditLog audit,
			SellerDocuments documents) {
		this.verification = verification;
		this.documents = documents;
		this.users = users;
		this.roles = roles;
		this.audit = audit;
	}

	@GetMapping("/operator/sellers")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String sellers(CurrentUser operator, @RequestParam(defaultValue = "PENDING") String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		Verification filter = "ALL".equals(status) ? null : Verification.valueOf(status);
		model.addAttribute("status", status);
		model.addAttribute("sellers", verification.sellers(operator, filter, PageRequest.of(page, 20)));
		model.addAttribute("statuses", List.of("PENDING", "VERIFIED", "REJECTED", "ALL"));
		return "identity/operator-sellers";
	}

	@GetMapping("/operator/sellers/{id}")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String seller(CurrentUser operator, @PathVariable OrganisationId id, Model model) {
		Organisation seller = verification.seller(operator, id);
		model.addAttribute("seller", seller);
		model.addAttribute("members", users.findByOrganisation(seller.id()));
		model.addAttribute("folder", documents.folder(seller));
		model.addAttribute("reasonMax", SellerDocuments.MAX_REASON);
		return "identity/operator-seller";
	}

	/**
	 * Verifies the seller; while required documents are not all checked, only with the
	 * confirmation box ticked, else the seller's page again with the message by the box.
	 */
	@PostMapping("/operator/sellers/{id}/verify")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String verify(CurrentUser operator, @PathVariable OrganisationId id,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
		try {
			Organisation verified = verification.verify(operator, id, confirm);
			redirect.addFlashAttribute("verified", verified.name());
			return "redirect:/operator/sellers";
		}
		catch (SellerVerification.DocumentsNotChecked e) {
			model.addAttribute("confirmError", true);
			return seller(operator, id, model);
		}
	}

	@PostMapping("/operator/sellers/{id}/reject")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String reject(CurrentUser operator, @PathVariable OrganisationId id,
			@RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect) {
		try {
			Organisation rejected = verification.reject(operator, id, reason);
			redirect.addFlashAttribute("rejected", rejected.name());
			return "redirect:/operator/sellers";
		}
		catch (InvalidInput e) {
			model.addAttribute("reasonError", e.getMessage());
			model.addAttribute("reason", reason);
			return seller(operator, id, model);
		}
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasRole('ADMIN')")
	String audit(@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		String filter = action == null || action.isBlank() ? null : action;
		model.addAttribute("action", filter);
		model.addAttribute("actions", audit.actions());
		model.addAttribute("entries", audit.entries(filter, PageRequest.of(page, 50)));
		return "identity/admin-audit";
	}

	@GetMapping("/admin/users")
	@PreAuthorize("hasRole('ADMIN')")
	String users(CurrentUser admin, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		String query = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("users", roles.users(admin, query, PageRequest.of(page, 20)));
		model.addAttribute("allRoles", Role.values());
		return "identity/admin-users";
	}

	@PostMapping("/admin/users/{id}/roles")
	@PreAuthorize("hasRole('ADMIN')")
	String changeRoles(CurrentUser admin, @PathVariable UserId id,
			@RequestParam(name = "roles", required = false) @Nullable List<Role> selected,
			RedirectAttributes redirect) {
		Set<Role> newRoles = selected == null || selected.isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(selected);
		try {
			UserAccount user = roles.changeRoles(admin, id, newRoles);
			redirect.addFlashAttribute("changed", user.email());
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("rolesError", e.getMessage());
		}
		return "redirect:/admin/users";
	}

}

package org.isoko.catalog.web;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.SellerOrdersWaiting;
import org.isoko.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The seller console's overview: verification status, what the seller has, what needs
 * attention.
 */
@Controller
@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
class SellerConsole {

	private final CatalogManagement catalog;

	private final ObjectProvider<SellerOrdersWaiting> ordersWaiting;

	SellerConsole(CatalogManagement catalog, ObjectProvider<SellerOrdersWaiting> ordersWaiting) {
		this.catalog = catalog;
		this.ordersWaiting = ordersWaiting;
	}

	@GetMapping("/seller")
	String overview(CurrentUser seller, Model model) {
		model.addAttribute("seller", seller);
		model.addAttribute("verified", seller.organisationVerified() || seller.isAdmin());
		model.addAttribute("overview", catalog.overview(seller));
		model.addAttribute("attention", catalog.lotsNeedingAttention(seller, 10));
		// An admin has no order inbox of their own.
		SellerOrdersWaiting waiting = ordersWaiting.getIfAvailable();
		model.addAttribute("ordersWaiting",
				waiting == null || seller.isAdmin() && !seller.has(org.isoko.identity.Role.SELLER) ? null
						: waiting.of(seller));
		return "seller/overview";
	}

}

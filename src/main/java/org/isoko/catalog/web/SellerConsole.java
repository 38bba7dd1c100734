package org.isoko.catalog.web;

import org.isoko.catalog.CatalogManagement;
import org.isoko.identity.CurrentUser;
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

	SellerConsole(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/seller")
	String overview(CurrentUser seller, Model model) {
		model.addAttribute("seller", seller);
		model.addAttribute("verified", seller.organisationVerified() || seller.isAdmin());
		model.addAttribute("overview", catalog.overview(seller));
		model.addAttribute("attention", catalog.lotsNeedingAttention(seller, 10));
		return "seller/overview";
	}

}

package org.isoko.logistics.web;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.FreightMargins;
import org.isoko.logistics.FreightMargins.MarginReport;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The hub's freight margins, as a page for its operators and agents and in the API: per
 * departed consignment and per corridor, the freight the buyers paid against the
 * carrier's cost.
 */
@Controller
@Tag(name = "Consignments")
class FreightMarginsWeb {

	private final FreightMargins margins;

	FreightMarginsWeb(FreightMargins margins) {
		this.margins = margins;
	}

	@GetMapping(path = "/api/v1/freight-margins", produces = "application/json")
	@ResponseBody
	@Operation(summary = "Freight margins of the caller's hub: per departed consignment (latest first, paginated) "
			+ "the freight its buyers paid, the carrier cost and the margin; per corridor and currency the totals "
			+ "over the consignments that have a margin")
	MarginReport report(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return margins.report(user, PageRequest.of(page, size));
	}

	@GetMapping("/logistics/margins")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String page(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("report", margins.report(user, PageRequest.of(page, 20)));
		model.addAttribute("fmt", new PageFormats());
		return "logistics/margins";
	}

}

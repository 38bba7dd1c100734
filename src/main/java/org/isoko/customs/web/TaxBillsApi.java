package org.isoko.customs.web;

import org.isoko.customs.TaxBills;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For hub operators and admins: China's electronic tax bills (CEB816) received, and those
 * whose taxes disagree with what the buyer was charged, to be settled with customs.
 */
@RestController
@RequestMapping(path = "/api/v1/customs-tax-bills", produces = "application/json")
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class TaxBillsApi {

	private final TaxBills bills;

	TaxBillsApi(TaxBills bills) {
		this.bills = bills;
	}

	@GetMapping
	@Operation(summary = "China's electronic tax bills received, latest first: customs' duty, VAT and consumption tax "
			+ "beside the duty and taxes withheld from the buyer per the quote, and the difference; agrees=false: only "
			+ "those that disagree; a hub operator's: their hub's (the declaration's destination hub), an admin's: all")
	PageOf<TaxBills.View> list(CurrentUser user, @RequestParam(required = false) @Nullable Boolean agrees,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return bills.list(user, agrees, PageRequest.of(page, size));
	}

}

package org.isoko.customs.web;

import java.util.List;
import java.util.Map;

import org.isoko.customs.TaxBills;
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
	@Operation(summary = "China's electronic tax bills received, latest first (200 at most): customs' duty, VAT and "
			+ "consumption tax beside the duty and taxes withheld from the buyer per the quote, and the difference; "
			+ "agrees=false: only those that disagree")
	Map<String, List<TaxBills.View>> list(@RequestParam(required = false) @Nullable Boolean agrees) {
		return Map.of("items", bills.list(agrees));
	}

}

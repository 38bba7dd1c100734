package org.isoko.customs.web;

import java.util.List;

import org.isoko.identity.CurrentUser;
import org.isoko.ordering.OrdererIdentities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * A buyer's saved orderer identities, masked, to reuse one on the next cross-border
 * retail order ({@code orderer.savedId}).
 */
@RestController
class OrdererIdentitiesApi {

	private final OrdererIdentities identities;

	OrdererIdentitiesApi(OrdererIdentities identities) {
		this.identities = identities;
	}

	@GetMapping("/api/v1/customs/identities")
	@PreAuthorize("hasRole('BUYER')")
	@Operation(summary = "The buyer's saved orderer identities, masked (buyers)",
			description = "Each {id, name, maskedIdNumber}, newest first; the whole ID number is never shown. Pass id as "
					+ "orderer.savedId when placing a cross-border retail order.")
	List<OrdererIdentities.Saved> saved(CurrentUser buyer) {
		return identities.saved(buyer.id());
	}

}

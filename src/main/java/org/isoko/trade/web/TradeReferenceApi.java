package org.isoko.trade.web;

import java.net.URI;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.isoko.trade.CbecRuleDetails;
import org.isoko.trade.FreightRateDetails;
import org.isoko.trade.TariffLineDetails;
import org.isoko.trade.TaxRuleDetails;
import org.isoko.trade.TradeAdministration;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Trade reference data",
		description = "Dated, sourced tariff lines, tax rules, cross-border retail rules and freight rates")
class TradeReferenceApi {

	private final TradeAdministration administration;

	TradeReferenceApi(TradeAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/tariff-lines")
	@Operation(summary = "Lists tariff lines",
			description = "Filters: importer (CN), hsCode (a prefix: 0901), scheme (MFN, CHINA_LDC, EAC, AFCFTA).")
	PageOf<TariffLine> tariffLines(@RequestParam(required = false) @Nullable CountryCode importer,
			@RequestParam(required = false) @Nullable String hsCode,
			@RequestParam(required = false) @Nullable TariffScheme scheme,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.tariffLines(new TradeAdministration.TariffFilter(importer, hsCode, scheme),
				PageRequest.of(page, size));
	}

	@GetMapping("/tariff-lines/{id}")
	@Operation(summary = "Shows one tariff line")
	TariffLine tariffLine(@PathVariable UUID id) {
		return administration.tariffLine(id);
	}

	@PostMapping(path = "/tariff-lines", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a tariff line (operators of a hub in the importing country, admins)",
			description = "importer, hsCode (6, 8 or 10 digits), scheme, rate (0–100 %, 4 decimals), validFrom, validTo (optional, "
					+ "after validFrom, exclusive), legalBasis, source (mark unverified numbers [U]), sourceUrl. Must not overlap "
					+ "another period of the same importer, code and scheme (409).")
	ResponseEntity<TariffLine> addTariffLine(@RequestBody TariffLineDetails body, CurrentUser user) {
		TariffLine line = administration.addTariffLine(body, user);
		return ResponseEntity.created(URI.create("/api/v1/tariff-lines/" + line.id())).body(line);
	}

	@PutMapping(path = "/tariff-lines/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Corrects or closes a tariff line (set validTo to close it)")
	TariffLine updateTariffLine(@PathVariable UUID id, @RequestBody TariffLineDetails body, CurrentUser user) {
		return administration.updateTariffLine(id, body, user);
	}

	@GetMapping("/tax-rules")
	@Operation(summary = "Lists import VAT and consumption-tax rules",
			description = "Filters: importer (CN), hsCode (the rules covering the code or below it: 0901 gives the standard rate and "
					+ "the 0901 rules), tax (VAT, CONSUMPTION_TAX).")
	PageOf<TaxRule> taxRules(@RequestParam(required = false) @Nullable CountryCode importer,
			@RequestParam(required = false) @Nullable String hsCode,
			@RequestParam(required = false) @Nullable TaxKind tax,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.taxRules(new TradeAdministration.TaxFilter(importer, hsCode, tax),
				PageRequest.of(page, size));
	}

	@GetMapping("/tax-rules/{id}")
	@Operation(summary = "Shows one tax rule")
	TaxRule taxRule(@PathVariable UUID id) {
		return administration.taxRule(id);
	}

	@PostMapping(path = "/tax-rules", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a tax rule (operators of a hub in the importing country, admins)",
			description = "importer, hsPrefix (empty for the standard rate, else 2–10 digits; the longest prefix wins, so an exemption "
					+ "is a 0 % rule on a longer prefix), tax (VAT, CONSUMPTION_TAX), rate, validFrom, validTo, legalBasis, source, sourceUrl.")
	ResponseEntity<TaxRule> addTaxRule(@RequestBody TaxRuleDetails body, CurrentUser user) {
		TaxRule rule = administration.addTaxRule(body, user);
		return ResponseEntity.created(URI.create("/api/v1/tax-rules/" + rule.id())).body(rule);
	}

	@PutMapping(path = "/tax-rules/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Corrects or closes a tax rule")
	TaxRule updateTaxRule(@PathVariable UUID id, @RequestBody TaxRuleDetails body, CurrentUser user) {
		return administration.updateTaxRule(id, body, user);
	}

	@GetMapping("/cbec-rules")
	@Operation(summary = "Lists cross-border e-commerce retail import rules (limits, tax factor, tariff) by period",
			description = "Filter: importer (CN).")
	PageOf<CbecRule> cbecRules(@RequestParam(required = false) @Nullable CountryCode importer,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.cbecRules(importer, PageRequest.of(page, size));
	}

	@GetMapping("/cbec-rules/{id}")
	@Operation(summary = "Shows one cross-border retail rule")
	CbecRule cbecRule(@PathVariable UUID id) {
		return administration.cbecRule(id);
	}

	@PostMapping(path = "/cbec-rules", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(
			summary = "Adds a new dated version of the cross-border retail rule (operators of a hub in the importing country, admins)",
			description = "importer, currency (optional; must be the importer's currency, CNY for CN), perOrderLimit and annualLimit "
					+ "(more than zero, in major units: 5000; per order at most the annual limit), taxFactor (0 to 1: 0.7 charges 70 % "
					+ "of the normal VAT and consumption tax), tariffWithinLimits (0–100 %), validFrom, validTo (optional, after "
					+ "validFrom, exclusive), legalBasis, source, sourceUrl. Close the version in force first (PUT it with a validTo): "
					+ "overlapping periods of the same importer are refused with 409.")
	ResponseEntity<CbecRule> addCbecRule(@RequestBody CbecRuleDetails body, CurrentUser user) {
		CbecRule rule = administration.addCbecRule(body, user);
		return ResponseEntity.created(URI.create("/api/v1/cbec-rules/" + rule.id())).body(rule);
	}

	@PutMapping(path = "/cbec-rules/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Corrects or closes a cross-border retail rule (set validTo to close it)")
	CbecRule updateCbecRule(@PathVariable UUID id, @RequestBody CbecRuleDetails body, CurrentUser user) {
		return administration.updateCbecRule(id, body, user);
	}

	@GetMapping("/freight-rates")
	@Operation(summary = "Lists freight and insurance rates per corridor and mode",
			description = "Filters: hub (rates of corridors leaving from or arriving at it), mode (AIR, SEA, ROAD, RAIL, MULTIMODAL).")
	PageOf<FreightRate> freightRates(@RequestParam(required = false) @Nullable HubCode hub,
			@RequestParam(required = false) @Nullable TransportMode mode,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.freightRates(new TradeAdministration.FreightFilter(hub, mode),
				PageRequest.of(page, size));
	}

	@GetMapping("/freight-rates/{id}")
	@Operation(summary = "Shows one freight rate")
	FreightRate freightRate(@PathVariable UUID id) {
		return administration.freightRate(id);
	}

	@PostMapping(path = "/freight-rates", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a freight rate (operators of the corridor's origin or destination hub, admins)",
			description = "origin, destination (a corridor of the network), mode (one the corridor offers), currency (USD or the "
					+ "currency of either end), perKg and minimum (zero or more, in major units), insurance (0–100 % of goods + "
					+ "freight), validFrom, validTo (optional, exclusive), source (required: the carrier's quote or tariff), sourceUrl. "
					+ "Overlapping periods of the same corridor and mode are refused with 409.")
	ResponseEntity<FreightRate> addFreightRate(@RequestBody FreightRateDetails body, CurrentUser user) {
		FreightRate rate = administration.addFreightRate(body, user);
		return ResponseEntity.created(URI.create("/api/v1/freight-rates/" + rate.id())).body(rate);
	}

	@PutMapping(path = "/freight-rates/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Corrects or closes a freight rate (set validTo to close it)")
	FreightRate updateFreightRate(@PathVariable UUID id, @RequestBody FreightRateDetails body, CurrentUser user) {
		return administration.updateFreightRate(id, body, user);
	}

}

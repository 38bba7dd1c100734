package org.isoko.trade;

import java.net.URI;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.CountryCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
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
@Tag(name = "Trade reference data", description = "Dated, sourced tariff lines, tax rules, cross-border retail rules and freight rates")
class TradeReferenceApi {

	private final TradeAdministration administration;

	TradeReferenceApi(TradeAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/tariff-lines")
	@Operation(summary = "Lists tariff lines", description = "Filters: importer (CN), hsCode (a prefix: 0901), scheme (MFN, CHINA_LDC, EAC, AFCFTA).")
	PageOf<TariffLine> tariffLines(@RequestParam(required = false) @Nullable CountryCode importer,
			@RequestParam(required = false) @Nullable String hsCode, @RequestParam(required = false) @Nullable TariffScheme scheme,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return administration.tariffLines(new TradeAdministration.TariffFilter(importer, hsCode, scheme), PageRequest.of(page, size));
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
					+ "another period of the same importer, code and scheme.")
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
	@Operation(summary = "Lists import VAT and consumption-tax rules", description = "Filter: importer.")
	PageOf<TaxRule> taxRules(@RequestParam(required = false) @Nullable CountryCode importer,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return administration.taxRules(importer, PageRequest.of(page, size));
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
	@Operation(summary = "Lists China's cross-border retail import rules (limits, tax factor) by period")
	PageOf<CbecRule> cbecRules(@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return administration.cbecRules(PageRequest.of(page, size));
	}

	@GetMapping("/freight-rates")
	@Operation(summary = "Lists freight and insurance rates per corridor and mode")
	PageOf<FreightRate> freightRates(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.freightRates(PageRequest.of(page, size));
	}
}

package org.isoko.trade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.Fields;
import org.isoko.trade.TradeAdministration;
import org.isoko.trade.tariff.TaxKind;
import org.isoko.trade.tariff.TaxRule;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' pages for import VAT and consumption-tax rules: a filtered list, a new
 * rule, a correction.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class TaxRulePages {

	private final TradeAdministration administration;

	private final Clock clock;

	TaxRulePages(TradeAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/trade/tax-rules")
	String list(@RequestParam(required = false) @Nullable String importer,
			@RequestParam(required = false) @Nullable String hsCode,
			@RequestParam(required = false) @Nullable String tax, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CountryCode country = null;
		TaxKind kind = null;
		try {
			country = importer == null || importer.isBlank() ? null
					: Fields.parse("importer", importer, CountryCode::of);
			kind = tax == null || tax.isBlank() ? null
					: Fields.parse("tax", tax, t -> Fields.enumValue(TaxKind.class, t));
		}
		catch (InvalidInput e) {
			model.addAttribute("filterError", e.getMessage());
		}
		model.addAttribute("importer", importer == null ? "" : importer);
		model.addAttribute("hsCode", hsCode == null ? "" : hsCode);
		model.addAttribute("tax", tax == null ? "" : tax);
		model.addAttribute("kinds", TaxKind.values());
		model.addAttribute("rules", administration.taxRules(new TradeAdministration.TaxFilter(country, hsCode, kind),
				TradeForms.page(page)));
		return "trade/tax-rules";
	}

	@GetMapping("/trade/tax-rules/new")
	String create(CurrentUser user, Model model) {
		return form(model, null, TaxRuleForm.blank(user.country().value(), LocalDate.now(clock).toString()), Map.of());
	}

	@GetMapping("/trade/tax-rules/{id}")
	String edit(@PathVariable UUID id, Model model) {
		TaxRule rule = administration.taxRule(id);
		return form(model, rule, TaxRuleForm.of(rule), Map.of());
	}

	@PostMapping("/trade/tax-rules")
	String add(TaxRuleForm form, CurrentUser user, Model model) {
		try {
			TaxRule rule = administration.addTaxRule(form.details(), user);
			return "redirect:/trade/tax-rules?importer=" + rule.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, null, form, TradeForms.errors(e));
		}
	}

	@PostMapping("/trade/tax-rules/{id}")
	String update(@PathVariable UUID id, TaxRuleForm form, CurrentUser user, Model model) {
		TaxRule current = administration.taxRule(id);
		try {
			TaxRule rule = administration.updateTaxRule(id, form.details(), user);
			return "redirect:/trade/tax-rules?importer=" + rule.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, current, form, TradeForms.errors(e));
		}
	}

	private String form(Model model, @Nullable TaxRule rule, TaxRuleForm form, Map<String, String> errors) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("kinds", TaxKind.values());
		model.addAttribute("errors", errors);
		model.addAttribute("history",
				rule == null ? null : administration.history(TradeAdministration.TAX_RULE, rule.id()));
		return "trade/tax-rule-form";
	}

}

package org.isoko.trade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.CbecRuleDetails;
import org.isoko.trade.Fields;
import org.isoko.trade.TradeAdministration;
import org.isoko.trade.tariff.CbecRule;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' pages for cross-border retail rules. A change of law is a new version:
 * the form for it starts from the rule it follows (same limits, starting today) and the
 * operator closes that rule first.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class CbecRulePages {

	private final TradeAdministration administration;

	private final Clock clock;

	CbecRulePages(TradeAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/trade/cbec-rules")
	String list(@RequestParam(required = false) @Nullable String importer, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CountryCode country = null;
		try {
			country = importer == null || importer.isBlank() ? null
					: Fields.parse("importer", importer, CountryCode::of);
		}
		catch (InvalidInput e) {
			model.addAttribute("filterError", e.getMessage());
		}
		model.addAttribute("importer", importer == null ? "" : importer);
		model.addAttribute("rules", administration.cbecRules(country, TradeForms.page(page)));
		model.addAttribute("today", LocalDate.now(clock));
		return "trade/cbec-rules";
	}

	/**
	 * A new version; {@code after} names the rule it follows, whose figures the form
	 * starts from.
	 */
	@GetMapping("/trade/cbec-rules/new")
	String create(@RequestParam(required = false) @Nullable UUID after, Model model) {
		LocalDate today = LocalDate.now(clock);
		CbecRuleForm form = after == null ? CbecRuleForm.blank(today.toString())
				: CbecRuleForm.of(CbecRuleDetails.nextVersionOf(administration.cbecRule(after), today));
		return form(model, null, form, Map.of());
	}

	@GetMapping("/trade/cbec-rules/{id}")
	String edit(@PathVariable UUID id, Model model) {
		CbecRule rule = administration.cbecRule(id);
		return form(model, rule, CbecRuleForm.of(CbecRuleDetails.of(rule)), Map.of());
	}

	@PostMapping("/trade/cbec-rules")
	String add(CbecRuleForm form, CurrentUser user, Model model) {
		try {
			CbecRule rule = administration.addCbecRule(form.details(), user);
			return "redirect:/trade/cbec-rules?importer=" + rule.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, null, form, TradeForms.errors(e));
		}
	}

	@PostMapping("/trade/cbec-rules/{id}")
	String update(@PathVariable UUID id, CbecRuleForm form, CurrentUser user, Model model) {
		CbecRule current = administration.cbecRule(id);
		try {
			CbecRule rule = administration.updateCbecRule(id, form.details(), user);
			return "redirect:/trade/cbec-rules?importer=" + rule.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, current, form, TradeForms.errors(e));
		}
	}

	private String form(Model model, @Nullable CbecRule rule, CbecRuleForm form, Map<String, String> errors) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("history",
				rule == null ? null : administration.history(TradeAdministration.CBEC_RULE, rule.id()));
		return "trade/cbec-rule-form";
	}

}

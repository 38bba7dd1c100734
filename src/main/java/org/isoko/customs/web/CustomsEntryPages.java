package org.isoko.customs.web;

import java.util.UUID;

import org.isoko.customs.ConsignmentEntries;
import org.isoko.customs.EntryDecisions;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.ConsignmentId;
import org.isoko.logistics.WrongHub;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the consignments' entries: the officer's entry page (goods, documents
 * present and missing, history, release and query), and the origin agent's "declare for
 * export" from the consignment page. Refusals are shown by the action in the reader's
 * language.
 */
@Controller
class CustomsEntryPages {

	private final EntryDecisions decisions;

	private final ConsignmentEntries entries;

	CustomsEntryPages(EntryDecisions decisions, ConsignmentEntries entries) {
		this.decisions = decisions;
		this.entries = entries;
	}

	@GetMapping("/customs/entries/{id}")
	String entry(CurrentUser user, @PathVariable UUID id, Model model) {
		ConsignmentEntries.EntryView view = decisions.detail(user, id);
		model.addAttribute("view", view);
		model.addAttribute("e", view.entry());
		model.addAttribute("fmt", new ConsoleFormats());
		return "customs/entry";
	}

	@PostMapping("/customs/entries/{id}/release")
	String release(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
		return decide(id, flash, "customs.notice.entryReleased", () -> decisions.release(user, id));
	}

	@PostMapping("/customs/entries/{id}/query")
	String query(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String language, RedirectAttributes flash) {
		// The language the officer chose for their words (the page's at first); blank:
		// another one, not stated. Without the field (an older form), the page's.
		String written = language == null ? LocaleContextHolder.getLocale().toLanguageTag() : language;
		return decide(id, flash, "customs.notice.entryQueried", () -> decisions.query(user, id, reason, written));
	}

	/** The origin agent declares the consignment for export (again after a query). */
	@PostMapping("/consignments/{id}/export-declaration")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	String declareExport(CurrentUser user, @PathVariable ConsignmentId id, RedirectAttributes flash) {
		try {
			entries.declareExport(user, id);
			flash.addFlashAttribute("notice", "customs.notice.exportDeclared");
		}
		catch (WrongHub e) {
			flash.addFlashAttribute("actionError", "logistics.error.otherHub");
		}
		catch (Conflict e) {
			flash.addFlashAttribute("actionError", "customs.error.exportRefused");
		}
		return "redirect:/logistics/consignments/" + id;
	}

	private static String decide(UUID id, RedirectAttributes flash, String notice, Runnable decision) {
		try {
			decision.run();
			flash.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("actionError", "customs.error.entryReason");
		}
		catch (Conflict e) {
			flash.addFlashAttribute("actionError", "customs.error.entryState");
		}
		return "redirect:/customs/entries/" + id;
	}

}

package org.isoko.customs.web;

import java.util.EnumSet;
import java.util.UUID;

import org.isoko.customs.DeclarationQueue;
import org.isoko.customs.EntryDecisions;
import org.isoko.customs.DeclarationRisk;
import org.isoko.customs.DeclarationStatus;
import org.isoko.customs.DocumentComparison;
import org.isoko.customs.HoldReason;
import org.isoko.customs.OfficerDecisions;
import org.isoko.identity.CurrentUser;
import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customs officer's pages: the queue of their country with its filters and the
 * clearance times, and one declaration with its documents side by side and the actions.
 * Refusals are shown next to the action in the reader's language; the API keeps the
 * domain's English messages.
 */
@Controller
class CustomsPages {

	static final int PAGE_SIZE = 20;

	private final DeclarationQueue queue;

	private final OfficerDecisions decisions;

	private final EntryDecisions entries;

	CustomsPages(DeclarationQueue queue, OfficerDecisions decisions, EntryDecisions entries) {
		this.queue = queue;
		this.decisions = decisions;
		this.entries = entries;
	}

	@ModelAttribute
	void formats(Model model) {
		model.addAttribute("fmt", new ConsoleFormats());
	}

	@GetMapping("/customs")
	String queue(CurrentUser user, @RequestParam(required = false) @Nullable DeclarationStatus status,
			@RequestParam(required = false) @Nullable String corridor,
			@RequestParam(required = false) @Nullable ConsignmentId consignment,
			@RequestParam(required = false) @Nullable DeclarationRisk risk,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		HubCode origin = null;
		HubCode destination = null;
		if (corridor != null && corridor.matches("[A-Za-z]{3}-[A-Za-z]{3}")) {
			origin = HubCode.of(corridor.substring(0, 3));
			destination = HubCode.of(corridor.substring(4));
		}
		DeclarationQueue.Filter filter = new DeclarationQueue.Filter(status, origin, destination, consignment, risk);
		model.addAttribute("declarations", queue.queue(user, filter, PageRequest.of(page, PAGE_SIZE)));
		model.addAttribute("choices", queue.choices(user));
		model.addAttribute("times", queue.clearanceTimes(user));
		model.addAttribute("entries", entries.queue(user, null, PageRequest.of(0, PAGE_SIZE)));
		model.addAttribute("country", user.country().value());
		model.addAttribute("organisation", user.organisationName());
		model.addAttribute("statuses", DeclarationStatus.values());
		model.addAttribute("risks", DeclarationRisk.values());
		model.addAttribute("status", status);
		model.addAttribute("corridor", origin == null ? "" : origin.value() + "-" + destination.value());
		model.addAttribute("consignment", consignment);
		model.addAttribute("risk", risk);
		return "customs/queue";
	}

	@GetMapping("/customs/declarations/{id}")
	String declaration(CurrentUser user, @PathVariable UUID id, Model model) {
		DeclarationQueue.Detail detail = queue.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("d", detail.item().declaration());
		model.addAttribute("documents", DocumentComparison.DOCUMENTS);
		model.addAttribute("holdReasons", HoldReason.values());
		return "customs/declaration";
	}

	@PostMapping("/customs/declarations/{id}/release")
	String release(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes flash) {
		return decide(id, flash, "customs.notice.released", () -> decisions.release(user, id, note));
	}

	@PostMapping("/customs/declarations/{id}/hold")
	String hold(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes flash) {
		HoldReason parsed = reason == null ? null
				: EnumSet.allOf(HoldReason.class)
					.stream()
					.filter(r -> r.name().equals(reason))
					.findFirst()
					.orElse(null);
		return decide(id, flash, "customs.notice.held", () -> decisions.hold(user, id, parsed, note));
	}

	@PostMapping("/customs/declarations/{id}/reject")
	String reject(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes flash) {
		return decide(id, flash, "customs.notice.rejected", () -> decisions.reject(user, id, note));
	}

	private static String decide(UUID id, RedirectAttributes flash, String notice, Runnable decision) {
		try {
			decision.run();
			flash.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("actionError", "customs.error." + e.field());
		}
		catch (Conflict e) {
			flash.addFlashAttribute("actionError", "customs.error.state");
		}
		return "redirect:/customs/declarations/" + id;
	}

}

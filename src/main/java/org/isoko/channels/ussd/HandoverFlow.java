package org.isoko.channels.ussd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.isoko.logistics.Handover;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.Parcels;
import org.isoko.logistics.Waybill;
import org.isoko.network.Network;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Orders to hand to the hub: the seller's parcels not yet received at their origin hub
 * (four a screen, order and waybill number), one parcel (waybill, pieces, declared
 * weight, the hub), then "I bring it" (ends) or a pickup tomorrow, which asks for the
 * address. Logistics' rules apply: a parcel already received can no longer change its
 * handover.
 */
@Component
@Order(4)
class HandoverFlow implements UssdFlow {

	/**
	 * A pickup asked for by USSD: the next day, these hours on the hub's clock. A phone
	 * keypad is no place to type a time window; the web page takes any window.
	 */
	static final LocalTime PICKUP_FROM = LocalTime.of(8, 0);

	static final LocalTime PICKUP_TO = LocalTime.of(17, 0);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

	private final Parcels parcels;

	private final Network network;

	private final UssdTexts texts;

	private final Clock clock;

	HandoverFlow(Parcels parcels, Network network, UssdTexts texts, Clock clock) {
		this.parcels = parcels;
		this.network = network;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String id() {
		return "handover";
	}

	@Override
	public String labelKey() {
		return "ussd.menu.handover";
	}

	@Override
	public Step start(UssdCaller caller) {
		return list(caller, 0);
	}

	private Step list(UssdCaller caller, int page) {
		PageOf<Parcel> waiting = parcels.toHandOver(caller.user(), new PageRequest(page, PagedChoices.PER_SCREEN));
		if (waiting.isEmpty()) {
			return Step.end(texts.get(caller.locale(), "ussd.handover.none"));
		}
		return PagedChoices.screen(texts, caller.locale(), "ussd.handover.title", page, waiting,
				parcel -> OrdersFlow.shortNumber(parcel.orderNumber()) + ' ' + shortWaybill(parcel.waybill()),
				parcel -> parcel.id().value());
	}

	/** ISK-KGL-00012345-42 → KGL-00012345-42: the prefix is the same on every parcel. */
	static String shortWaybill(Waybill waybill) {
		return waybill.value().startsWith("ISK-") ? waybill.value().substring(4) : waybill.value();
	}

	@Override
	public Step next(UssdCaller caller, String data, String input) {
		String[] parts = data.split(":");
		try {
			switch (parts[0]) {
				case "p": {
					PagedChoices.Answer answer = PagedChoices.answer(parts, input);
					if (!(answer instanceof PagedChoices.Chosen chosen)) {
						return list(caller, ((PagedChoices.Show) answer).page());
					}
					return parcel(caller, mine(caller, chosen.id()));
				}
				case "h": {
					Parcel parcel = mine(caller, UUID.fromString(parts[1]));
					if (input.equals("1")) {
						parcels.chooseHandover(caller.user(), parcel.waybill(), Handover.DROP_OFF, null);
						return Step.end(texts.get(caller.locale(), "ussd.handover.dropOff", parcel.waybill(),
								hub(caller.locale(), parcel.origin())));
					}
					if (input.equals("2")) {
						return Step.more(texts.get(caller.locale(), "ussd.handover.address"),
								"a:" + parcel.id().value());
					}
					return Step.end(texts.get(caller.locale(), "ussd.invalid"));
				}
				case "a":
					return pickup(caller, mine(caller, UUID.fromString(parts[1])), input);
				default:
					throw new IllegalStateException("Unknown handover state " + data);
			}
		}
		catch (InvalidInput ex) {
			return Step.end(texts.get(caller.locale(), "ussd.handover.badAddress"));
		}
		catch (Conflict ex) {
			return Step.end(texts.get(caller.locale(), "ussd.handover.received"));
		}
		catch (NotFound | AccessDeniedException ex) {
			return Step.end(texts.get(caller.locale(), "ussd.handover.gone"));
		}
	}

	/** The parcel as its seller sees it (logistics checks who may). */
	private Parcel mine(UssdCaller caller, UUID id) {
		Parcel parcel = parcels.parcel(new ParcelId(id)).orElseThrow(() -> NotFound.of("Parcel", id));
		return parcels.view(caller.user(), parcel.waybill()).parcel();
	}

	private Step parcel(UssdCaller caller, Parcel parcel) {
		if (parcel.isReceived()) {
			return Step.end(texts.get(caller.locale(), "ussd.handover.received"));
		}
		String screen = texts.get(caller.locale(), "ussd.handover.parcel", parcel.waybill(),
				OrdersFlow.shortNumber(parcel.orderNumber()), String.valueOf(parcel.declaredPieces()),
				kilograms(parcel.declaredGrams()), hub(caller.locale(), parcel.origin()));
		return Step.more(screen, "h:" + parcel.id().value());
	}

	/**
	 * A pickup tomorrow on the hub's clock at the address typed (an address typed with a
	 * "*" arrives as two inputs, which the session joins back).
	 */
	private Step pickup(UssdCaller caller, Parcel parcel, String address) {
		ZoneId zone = network.timeZone(parcel.origin());
		LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
		Instant from = tomorrow.atTime(PICKUP_FROM).atZone(zone).toInstant();
		Instant to = tomorrow.atTime(PICKUP_TO).atZone(zone).toInstant();
		Parcel saved = parcels.chooseHandover(caller.user(), parcel.waybill(), Handover.PICKUP,
				new Parcel.PickupRequest(address, from, to));
		return Step.end(texts.get(caller.locale(), "ussd.handover.pickup", DAY.format(tomorrow),
				UssdTexts.shortName(saved.pickup() == null ? address : saved.pickup().address(), 40), saved.waybill()));
	}

	/** The hub's name in the caller's language and its city, cut to a screen line. */
	private String hub(Locale locale, HubCode code) {
		return network.hub(code)
			.map(hub -> UssdTexts.shortName(hub.name(locale) + ", " + hub.city(), 30))
			.orElse(code.value());
	}

	/** 180000 g → "180", 1250 g → "1.25": digits and a dot, as amounts are written. */
	static String kilograms(long grams) {
		return BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString();
	}

}

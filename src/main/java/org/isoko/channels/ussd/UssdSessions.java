package org.isoko.channels.ussd;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.isoko.channels.sms.SmsOutbox;
import org.isoko.channels.ussd.SessionStore.Session;
import org.isoko.channels.ussd.Subscribers.Subscriber;
import org.isoko.identity.PhoneDirectory;
import org.isoko.identity.PhoneDirectory.PhoneUser;
import org.isoko.shared.Msisdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Answers USSD requests on the Africa's Talking protocol: {@code text} holds every input
 * of the session joined by {@code *}; the answer starts with {@code CON} (another screen)
 * or {@code END}. The session's state is kept by session id, so each request acts on the
 * inputs it adds (one, or several when a caller typed a {@code *}); a request seen before
 * (same session, same number of inputs) gets the stored answer and acts on nothing. The
 * text itself, which repeats the PIN on every hop, is never stored.
 *
 * <p>
 * Who may use it: a number registered to a verified seller, after a PIN. The PIN is set
 * on the first call with a one-time code sent by SMS to that number, and kept as a BCrypt
 * hash; three wrong PINs or codes lock USSD for the number for a while.
 */
@Service
public class UssdSessions {

	private static final Logger LOG = LoggerFactory.getLogger(UssdSessions.class);

	static final String LANGUAGE = "lang";

	static final String CODE = "code";

	static final String NEW_PIN = "newpin";

	static final String CONFIRM_PIN = "confirm";

	static final String PIN = "pin";

	static final String MAIN = "main";

	static final String FLOW = "flow";

	static final String DONE = "done";

	private final SessionStore sessions;

	private final Subscribers subscribers;

	private final PhoneDirectory phones;

	private final UssdMenus menus;

	private final UssdTexts texts;

	private final PasswordEncoder encoder;

	private final SmsOutbox sms;

	private final Clock clock;

	private final int attempts;

	private final Duration lock;

	private final Duration codeValidity;

	private final SecureRandom random = new SecureRandom();

	UssdSessions(SessionStore sessions, Subscribers subscribers, PhoneDirectory phones, List<UssdFlow> sellerFlows,
			UssdTexts texts, PasswordEncoder encoder, SmsOutbox sms, Clock clock,
			@Value("${isoko.channels.ussd.pin-attempts:3}") int attempts,
			@Value("${isoko.channels.ussd.pin-lock:PT30M}") Duration lock,
			@Value("${isoko.channels.ussd.code-validity:PT10M}") Duration codeValidity) {
		this.sessions = sessions;
		this.subscribers = subscribers;
		this.phones = phones;
		this.menus = new UssdMenus(sellerFlows);
		this.texts = texts;
		this.encoder = encoder;
		this.sms = sms;
		this.clock = clock;
		this.attempts = attempts;
		this.lock = lock;
		this.codeValidity = codeValidity;
	}

	/** The fields of a gateway's request. */
	public record Request(String sessionId, String serviceCode, String phoneNumber, String networkCode, String text) {
	}

	/**
	 * What the phone shows, without the CON/END prefix, and whether the session goes on.
	 */
	public record Answer(boolean end, String screen) {

		public String protocol() {
			return (end ? "END " : "CON ") + screen;
		}

		static Answer parse(String stored) {
			return new Answer(stored.startsWith("END "), stored.substring(4));
		}

	}

	public Answer answer(Request request) {
		Instant now = clock.instant();
		Msisdn phone;
		try {
			phone = Msisdn.of(request.phoneNumber());
		}
		catch (IllegalArgumentException ex) {
			return new Answer(true, texts.get(Locale.ENGLISH, "ussd.unknown"));
		}
		String text = request.text() == null ? "" : request.text();
		String[] inputs = text.isEmpty() ? new String[0] : text.split("\\*", -1);
		int hop = inputs.length;
		String sessionId = request.sessionId();
		Optional<SessionStore.Hop> seen = sessions.hop(sessionId, hop);
		if (seen.isPresent()) {
			return seen.get().answer().map(Answer::parse).orElseGet(() -> busy());
		}
		Optional<Session> existing = sessions.find(sessionId);
		if (existing.isPresent() && (!existing.get().phone().equals(phone.value()) || hop <= existing.get().hops())) {
			return new Answer(true, texts.get(Locale.ENGLISH, "ussd.unknown"));
		}
		if (!sessions.claim(sessionId, hop, now)) {
			return sessions.hop(sessionId, hop)
				.flatMap(SessionStore.Hop::answer)
				.map(Answer::parse)
				.orElseGet(() -> busy());
		}
		Answer answer;
		Session next;
		try {
			Optional<PhoneUser> user = phones.sellerByPhone(phone);
			if (user.isEmpty()) {
				answer = new Answer(true, texts.get(Locale.ENGLISH, "ussd.unknown"));
				next = new Session(sessionId, phone.value(), DONE, "", hop);
			}
			else {
				Subscriber subscriber = subscribers.find(phone, now);
				Context context = new Context(user.get(), subscriber, now);
				Result result;
				if (subscriber.lockedAt(now)) {
					result = context.end("ussd.pin.locked");
				}
				else if (existing.isEmpty()) {
					result = context.start();
				}
				else {
					String input = String.join("*", Arrays.copyOfRange(inputs, existing.get().hops(), hop));
					result = context.next(existing.get().state(), existing.get().data(), input);
				}
				answer = result.answer();
				next = new Session(sessionId, phone.value(), result.state(), result.data(), hop);
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("USSD session {} failed at hop {}", sessionId, hop, ex);
			answer = new Answer(true, texts.get(Locale.ENGLISH, "ussd.error"));
			next = new Session(sessionId, phone.value(), DONE, "", hop);
		}
		sessions.save(next, existing.isEmpty(), now);
		sessions.answered(sessionId, hop, answer.protocol());
		return answer;
	}

	private Answer busy() {
		return new Answer(true, texts.get(Locale.ENGLISH, "ussd.busy"));
	}

	private record Result(Answer answer, String state, String data) {
	}

	/** One request of a known seller: the state machine of the session's screens. */
	private final class Context {

		private final PhoneUser user;

		private final Subscriber subscriber;

		private final Instant now;

		private Locale locale;

		Context(PhoneUser user, Subscriber subscriber, Instant now) {
			this.user = user;
			this.subscriber = subscriber;
			this.now = now;
			this.locale = UssdTexts.language(subscriber.language() != null ? subscriber.language() : user.language());
		}

		Result start() {
			if (subscriber.language() == null) {
				return languageMenu("");
			}
			return afterLanguage();
		}

		Result next(String state, String data, String input) {
			switch (state) {
				case LANGUAGE:
					int choice = UssdInputs.choice(input, UssdTexts.LANGUAGES.size());
					if (choice < 0) {
						return languageMenu(data);
					}
					locale = UssdTexts.LANGUAGES.get(choice);
					subscribers.language(user.phone(), locale.getLanguage(), now);
					return data.equals("signed-in") ? mainMenu() : afterLanguage();
				case CODE:
					if (subscriber.codeHash() != null && subscriber.codeExpiresAt() != null
							&& subscriber.codeExpiresAt().isAfter(now)
							&& encoder.matches(input, subscriber.codeHash())) {
						return more("ussd.pin.choose", NEW_PIN, "");
					}
					return failed("ussd.pin.codeWrong", CODE);
				case NEW_PIN:
					if (!input.matches("[0-9]{4}")) {
						return more("ussd.pin.choose", NEW_PIN, "");
					}
					return more("ussd.pin.confirm", CONFIRM_PIN, encoder.encode(input));
				case CONFIRM_PIN:
					if (!encoder.matches(input, data)) {
						return more("ussd.pin.mismatch", NEW_PIN, "");
					}
					subscribers.pin(user.phone(), data, now);
					return mainMenu();
				case PIN:
					if (subscriber.pinHash() != null && encoder.matches(input, subscriber.pinHash())) {
						subscribers.succeeded(user.phone(), now);
						return mainMenu();
					}
					return failed("ussd.pin.wrong", PIN);
				case MAIN:
					return fromMainMenu(input);
				case FLOW:
					int bar = data.indexOf('|');
					UssdFlow flow = menus.byId(data.substring(0, bar)).orElseThrow();
					return fromFlow(flow, flow.next(caller(), data.substring(bar + 1), input));
				default:
					return end("ussd.ended");
			}
		}

		private Result afterLanguage() {
			if (subscriber.pinHash() != null) {
				return more("ussd.pin.enter", PIN, "");
			}
			String code = String.format("%06d", random.nextInt(1_000_000));
			subscribers.code(user.phone(), encoder.encode(code), now.plus(codeValidity), now);
			sms.enqueue(user.phone(),
					texts.get(locale, "ussd.sms.code", code, String.valueOf(codeValidity.toMinutes())), "USSD_CODE");
			return more("ussd.pin.codeSent", CODE, "");
		}

		private Result failed(String key, String state) {
			if (subscribers.failed(user.phone(), attempts, now.plus(lock), now)) {
				return end("ussd.pin.locked");
			}
			return more(key, state, "");
		}

		private Result languageMenu(String data) {
			return new Result(new Answer(false, texts.get(Locale.ENGLISH, "ussd.language")), LANGUAGE, data);
		}

		private Result mainMenu() {
			List<UssdFlow> flows = menus.menuOf(caller());
			StringBuilder screen = new StringBuilder(
					texts.get(locale, "ussd.menu.title", UssdTexts.shortName(user.user().organisationName(), 30)));
			for (int i = 0; i < flows.size(); i++) {
				screen.append('\n').append(i + 1).append(' ').append(texts.get(locale, flows.get(i).labelKey()));
			}
			screen.append('\n').append(flows.size() + 1).append(' ').append(texts.get(locale, "ussd.menu.language"));
			return new Result(new Answer(false, screen.toString()), MAIN, "");
		}

		private Result fromMainMenu(String input) {
			List<UssdFlow> flows = menus.menuOf(caller());
			int choice = UssdInputs.choice(input, flows.size() + 1);
			if (choice < 0) {
				return mainMenu();
			}
			if (choice == flows.size()) {
				return languageMenu("signed-in");
			}
			UssdFlow flow = flows.get(choice);
			return fromFlow(flow, flow.start(caller()));
		}

		private Result fromFlow(UssdFlow flow, Step step) {
			if (step.end()) {
				return new Result(new Answer(true, step.text()), DONE, "");
			}
			return new Result(new Answer(false, step.text()), FLOW, flow.id() + "|" + step.data());
		}

		private UssdCaller caller() {
			return new UssdCaller(user.user(), user.phone(), locale);
		}

		private Result more(String key, String state, String data) {
			return new Result(new Answer(false, texts.get(locale, key)), state, data);
		}

		Result end(String key) {
			return new Result(new Answer(true, texts.get(locale, key)), DONE, "");
		}

	}

}

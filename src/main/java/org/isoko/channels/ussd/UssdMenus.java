package org.isoko.channels.ussd;

import java.util.List;
import java.util.Optional;

import org.isoko.identity.Role;

/**
 * Which flows a caller's main menu offers, by who they are. Sellers get their orders,
 * stock and money; other kinds of callers (cooperative members without a web login) get
 * their own list here later. At most four flows, so that the language line keeps the menu
 * at five options.
 */
public class UssdMenus {

	private final List<UssdFlow> seller;

	public UssdMenus(List<UssdFlow> seller) {
		if (seller.size() > 4) {
			throw new IllegalArgumentException("A menu offers at most four flows besides the language");
		}
		this.seller = List.copyOf(seller);
	}

	public List<UssdFlow> menuOf(UssdCaller caller) {
		return caller.user().has(Role.SELLER) ? seller : List.of();
	}

	public Optional<UssdFlow> byId(String id) {
		return seller.stream().filter(f -> f.id().equals(id)).findFirst();
	}

}

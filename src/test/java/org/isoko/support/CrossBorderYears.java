package org.isoko.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderFilter;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.OrderManagement;
import org.isoko.ordering.OrderSummary;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.isoko.trade.CrossBorderQuota;
import org.springframework.stereotype.Component;

/**
 * Starts a demo buyer's cross-border retail year afresh for tests that share one database
 * (one Spring context): the quota is per buyer and year, so without this the order in
 * which tests run would decide which of them meet China's annual limit (RMB 26,000).
 * <p>
 * Through the modules' own operations, not the trade tables: the buyer's orders are read
 * as the buyer would list them ({@link OrderManagement}), and each gives its quota back
 * with {@link CrossBorderQuota#restore}, as a cancelled or expired order does
 * (idempotent; orders that never counted are ignored).
 */
@Component
public class CrossBorderYears {

	private final UserDirectory users;

	private final OrderManagement orders;

	private final CrossBorderQuota quota;

	/** Orders whose quota was given back already: each is given back once. */
	private final Set<OrderId> givenBack = ConcurrentHashMap.newKeySet();

	CrossBorderYears(UserDirectory users, OrderManagement orders, CrossBorderQuota quota) {
		this.users = users;
		this.orders = orders;
		this.quota = quota;
	}

	/** Gives back the quota every order of these buyers (by e-mail) used so far. */
	public void fresh(String... buyerEmails) {
		for (String email : buyerEmails) {
			CurrentUser buyer = users.findByEmail(email)
				.orElseThrow(() -> new IllegalStateException("No user " + email));
			OrderFilter all = new OrderFilter(null, null, null, null, null, null, null, null);
			PageOf<OrderSummary> page;
			int next = 0;
			do {
				page = orders.list(buyer, OrderManagement.Scope.BUYER, all, new PageRequest(next++, PageOf.MAX_SIZE));
				page.items()
					.stream()
					.map(OrderSummary::id)
					.filter(givenBack::add)
					.forEach(order -> quota.restore(order.value()));
			}
			while (next < page.totalPages());
		}
	}

}

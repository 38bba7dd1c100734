package org.isoko.network.web;

import java.util.List;

import org.isoko.network.ResultPage;

/** The shape of every paginated list in the API: {@code {items, page, size, totalItems, totalPages}}. */
record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> PageResponse<T> of(ResultPage<T> page) {
		return new PageResponse<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
	}
}

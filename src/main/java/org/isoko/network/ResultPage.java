package org.isoko.network;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 100;

	public ResultPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) ((totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}
}

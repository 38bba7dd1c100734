package org.isoko.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as every list in the API and on pages is served:
 * {@code page} counts from 0.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static <T> PageOf<T> of(List<T> items, PageRequest request, long totalItems) {
		int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
		return new PageOf<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/**
	 * A validated page request: page ≥ 0, 1 ≤ size ≤ {@value #MAX_SIZE}. Huge pages are
	 * refused, not silently capped, so a client learns the limit.
	 */
	public record PageRequest(int page, int size) {

		public PageRequest {
			if (page < 0) {
				throw new InvalidInput("page", "page must be 0 or more, got " + page);
			}
			if (page > 1_000_000) {
				throw new InvalidInput("page", "page must be at most 1000000, got " + page);
			}
			if (size < 1 || size > MAX_SIZE) {
				throw new InvalidInput("size", "size must be between 1 and " + MAX_SIZE + ", got " + size);
			}
		}

		public static PageRequest of(Integer page, Integer size) {
			return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
		}

		public long offset() {
			return (long) page * size;
		}
	}
}

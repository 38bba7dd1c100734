package org.isoko.drops;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A request thread waiting for work done elsewhere (a shared gate read, a batch): its
 * failure rethrown as it was.
 */
final class Waiting {

	private Waiting() {
	}

	/**
	 * The future's value, waiting at most {@code timeout}; its own runtime exception is
	 * rethrown unwrapped, a timeout as {@code onTimeout} says.
	 * @param what what is waited for, for the messages ("reading a drop")
	 */
	static <T> T get(CompletableFuture<T> future, Duration timeout, String what, Supplier<RuntimeException> onTimeout) {
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while " + what, e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause
					: new IllegalStateException("Failed " + what, e.getCause());
		}
		catch (TimeoutException e) {
			throw onTimeout.get();
		}
	}

}

package org.isoko.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the application runs, for statement budgets and benchmarks:
 * wraps every {@link DataSource} bean with datasource-proxy (tests only). Each statement
 * the database executes counts once, the members of a JDBC batch one each; round trips
 * (executions, a batch being one) are counted apart. Counts are kept for the whole
 * application ({@link #total}) and, between {@link #record} and {@link #stop}, for the
 * calling thread with the statements' text (a MockMvc request runs on the test's thread).
 * <p>
 * Use: {@code @ContextConfiguration(initializers = StatementCounting.class)} on a Spring
 * test, or {@code builder.initializers(new StatementCounting())} for an application
 * started by hand; the counter is the bean {@code statementCounting}.
 */
public final class StatementCounting
		implements ApplicationContextInitializer<ConfigurableApplicationContext>, QueryExecutionListener {

	/** Statements and round trips so far. */
	public record Count(long statements, long roundTrips) {

		public Count minus(Count earlier) {
			return new Count(statements - earlier.statements, roundTrips - earlier.roundTrips);
		}
	}

	/** What one thread ran between {@link #record} and {@link #stop}. */
	public record Recorded(List<String> statements, int roundTrips) {

		public int count() {
			return statements.size();
		}

		/** The statements, one a line, numbered: what a failed budget prints. */
		public String listing() {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < statements.size(); i++) {
				text.append(i + 1).append(". ").append(statements.get(i)).append('\n');
			}
			return text.toString();
		}
	}

	private final LongAdder statements = new LongAdder();

	private final LongAdder roundTrips = new LongAdder();

	private final ThreadLocal<@Nullable Recording> recording = new ThreadLocal<>();

	private static final class Recording {

		final List<String> statements = new ArrayList<>();

		int roundTrips;

	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().registerSingleton("statementCounting", this);
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !name.equals("statementCounting")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(name)
						.listener(StatementCounting.this)
						.build();
				}
				return bean;
			}
		});
	}

	public Count total() {
		return new Count(statements.sum(), roundTrips.sum());
	}

	/**
	 * What threads named with this prefix run while the calling thread records, they run
	 * for it: the group commit's writers write the orders its requests prepared.
	 */
	private volatile @Nullable String helpers;

	private volatile @Nullable Recording helped;

	/** Starts recording the statements of the calling thread. */
	public void record() {
		recording.set(new Recording());
	}

	/**
	 * Starts recording the statements of the calling thread and of the threads whose name
	 * starts with {@code helperThreads} (e.g. the order batch writers, which write what
	 * the calling thread's requests prepared), until {@link #stop}.
	 */
	public void record(String helperThreads) {
		Recording shared = new Recording();
		recording.set(shared);
		helped = shared;
		helpers = helperThreads;
	}

	/** Stops recording on the calling thread and returns what it ran. */
	public Recorded stop() {
		Recording done = recording.get();
		recording.remove();
		if (done != null && done == helped) {
			helpers = null;
			helped = null;
		}
		if (done == null) {
			throw new IllegalStateException("record() was not called on this thread");
		}
		synchronized (done) {
			return new Recorded(List.copyOf(done.statements), done.roundTrips);
		}
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		roundTrips.increment();
		Recording current = recording.get();
		String prefix = helpers;
		if (current == null && prefix != null && Thread.currentThread().getName().startsWith(prefix)) {
			current = helped;
		}
		for (QueryInfo query : queries) {
			statements.add(execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1);
		}
		if (current != null) {
			synchronized (current) { // shared with the helper threads
				current.roundTrips++;
				for (QueryInfo query : queries) {
					int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
					for (int i = 0; i < times; i++) {
						current.statements.add(query.getQuery().replaceAll("\\s+", " ").trim());
					}
				}
			}
		}
	}

}

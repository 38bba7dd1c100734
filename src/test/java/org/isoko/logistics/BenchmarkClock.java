package org.isoko.logistics;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time and this JVM's CPU time of one benchmark step, and the load average when it
 * ended: the machine is shared, so a figure per CPU second is what compares between runs
 * made under different loads.
 */
final class BenchmarkClock {

	private final long startNanos = System.nanoTime();

	private final long startCpu = processCpu();

	static BenchmarkClock start() {
		return new BenchmarkClock();
	}

	/**
	 * Prints "step: wall s (CPU s), items/s, items per CPU s, load" and returns items/s.
	 */
	double report(String step, long items, String unit) {
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		double cpu = (processCpu() - startCpu) / 1e9;
		System.out.printf(Locale.ROOT,
				"%s: %.2f s (%.2f s of JVM CPU), %,.0f %s/s, %,.0f %s per CPU second, load %.2f%n", step, seconds, cpu,
				items / seconds, unit, items / cpu, unit, loadAverage());
		return items / seconds;
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}

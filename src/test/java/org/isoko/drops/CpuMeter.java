package org.isoko.drops;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the CPU of a benchmark phase went, read from the JVM and (on Linux) from /proc:
 * this JVM (Isoko and the load generator share it), the PostgreSQL backends serving one
 * database, and the whole machine, which shows whether other processes competed for the
 * cores during the measurement. Best effort: without /proc the last two read as -1. Also
 * the garbage collector's pauses: every request in flight during one waits for it, so a
 * pause inside a short sell-out shows in its tail latency.
 */
public final class CpuMeter {

	private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

	private final @Nullable String database;

	/**
	 * @param database the PostgreSQL database whose backends to count, or null (H2:
	 * nothing to count)
	 */
	public CpuMeter(@Nullable String database) {
		this.database = database;
	}

	/**
	 * CPU used so far, in nanoseconds; {@code jvmKernel} is the part of {@code jvm} spent
	 * in the kernel (-1 when unknown); {@code gcPauses} and {@code gcMillis} what the
	 * JVM's collectors report (G1: its pauses).
	 */
	public record Reading(long jvm, long jvmKernel, long postgres, long machineBusy, long machineTotal, long wallNanos,
			long gcPauses, long gcMillis) {

		public Reading minus(Reading start) {
			return new Reading(jvm - start.jvm, jvmKernel < 0 || start.jvmKernel < 0 ? -1 : jvmKernel - start.jvmKernel,
					postgres < 0 || start.postgres < 0 ? -1 : postgres - start.postgres,
					machineBusy < 0 || start.machineBusy < 0 ? -1 : machineBusy - start.machineBusy,
					machineTotal < 0 || start.machineTotal < 0 ? -1 : machineTotal - start.machineTotal,
					wallNanos - start.wallNanos, gcPauses - start.gcPauses, gcMillis - start.gcMillis);
		}

		/**
		 * What processes other than this JVM and this database's backends used, in
		 * nanoseconds (-1 when unknown).
		 */
		public long others() {
			return machineBusy < 0 || postgres < 0 ? -1 : Math.max(0, machineBusy - jvm - postgres);
		}
	}

	public Reading read() {
		long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long[] machine = machine();
		long gcPauses = 0;
		long gcMillis = 0;
		for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			gcPauses += Math.max(0, collector.getCollectionCount());
			gcMillis += Math.max(0, collector.getCollectionTime());
		}
		return new Reading(jvm, kernel(Path.of("/proc/self/stat")), postgres(), machine[0], machine[1],
				System.nanoTime(), gcPauses, gcMillis);
	}

	private long postgres() {
		if (database == null) {
			return -1;
		}
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
				p -> p.getFileName().toString().matches("\\d+"))) {
			for (Path process : processes) {
				try {
					String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					if (command.startsWith("postgres:") && command.contains(" " + database + " ")) {
						ticks += ticks(Files.readString(process.resolve("stat")));
					}
				}
				catch (IOException gone) {
					// the process ended while we looked
				}
			}
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
		return ticks * NANOS_PER_TICK;
	}

	/**
	 * The kernel (system) CPU time of a process, from its /proc/[pid]/stat; -1 when
	 * unknown.
	 */
	private static long kernel(Path stat) {
		try {
			String line = Files.readString(stat);
			return Long.parseLong(line.substring(line.lastIndexOf(')') + 2).split(" ")[12]) * NANOS_PER_TICK;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/**
	 * utime + stime of a /proc/[pid]/stat line (fields 14 and 15; the command name in
	 * parentheses may hold spaces).
	 */
	private static long ticks(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/**
	 * Busy and total CPU time of the machine from the first line of /proc/stat, in
	 * nanoseconds.
	 */
	private static long[] machine() {
		try {
			List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
			String[] f = lines.get(0).trim().split("\\s+");
			long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]),
					idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]),
					softirq = Long.parseLong(f[7]), steal = Long.parseLong(f[8]);
			long busy = user + nice + system + irq + softirq + steal;
			return new long[] { busy * NANOS_PER_TICK, (busy + idle + iowait) * NANOS_PER_TICK };
		}
		catch (IOException | RuntimeException e) {
			return new long[] { -1, -1 };
		}
	}

}

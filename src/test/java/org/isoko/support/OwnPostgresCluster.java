package org.isoko.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, on a free port in a temporary directory, made
 * with the Debian PostgreSQL 15 binaries (initdb, pg_ctl): a test may stop and start it
 * at will, which it must never do to the server that every test run shares. PostgreSQL
 * refuses to run as root, so as root the binaries run as the {@code postgres} OS user.
 * {@link #close()} stops the cluster and deletes its directory.
 */
public final class OwnPostgresCluster implements AutoCloseable {

	static final Path BIN = Path.of(env("ISOKO_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));

	private final Path directory;

	private final int port;

	private OwnPostgresCluster(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/** Creates and starts a cluster (trust authentication, user postgres, fsync off). */
	public static OwnPostgresCluster start() {
		Path directory;
		try {
			directory = Files.createTempDirectory("isoko-pg-");
			if (asRoot()) {
				run(List.of("chown", "postgres", directory.toString()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		OwnPostgresCluster cluster = new OwnPostgresCluster(directory, freePort());
		try {
			cluster.pg("initdb", "-D", cluster.data(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
			cluster.startServer();
			return cluster;
		}
		catch (RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	public int port() {
		return port;
	}

	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/**
	 * Starts the server again after {@link #stop()}, on the same port, waiting until it
	 * accepts connections.
	 */
	public void startServer() {
		pg("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
	}

	/**
	 * Stops the server the way an operator restarting it does ({@code pg_ctl stop -m
	 * fast}: open sessions are cut).
	 */
	public void stop() {
		pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
	}

	@Override
	public void close() {
		try {
			if (Files.exists(directory.resolve("data/postmaster.pid"))) {
				pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private String data() {
		return directory.resolve("data").toString();
	}

	private void pg(String binary, String... arguments) {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(BIN.resolve(binary).toString());
		command.addAll(List.of(arguments));
		run(command);
	}

	private static void run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}

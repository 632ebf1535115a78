import { Client, Connection } from "@temporalio/client";
import { TEMPORAL_NAMESPACE } from "../server/env";

const cache = globalThis as typeof globalThis & { __studioTemporal?: Promise<Client> };

export function temporalAddress(): string {
  return process.env.TEMPORAL_ADDRESS ?? "127.0.0.1:7233";
}

/** One Temporal client per process (web app, CLI, tests), connected lazily to TEMPORAL_ADDRESS. */
export function getTemporalClient(): Promise<Client> {
  cache.__studioTemporal ??= Connection.connect({ address: temporalAddress() })
    .then((connection) => new Client({ connection, namespace: TEMPORAL_NAMESPACE }))
    .catch((err: unknown) => {
      cache.__studioTemporal = undefined;
      throw new Error(`Cannot reach Temporal at ${temporalAddress()}: ${err instanceof Error ? err.message : String(err)}`);
    });
  return cache.__studioTemporal;
}

export async function closeTemporalClient(): Promise<void> {
  const pending = cache.__studioTemporal;
  cache.__studioTemporal = undefined;
  if (pending) await (await pending).connection.close();
}

import "server-only";
import type { FlowStarter } from "../tickets/flow-starter";
import type { OutboxHandler } from "./outbox";
import { SIGNAL_RUN, signalRunHandler } from "./signal-run-message";
import { START_RUN, startRunHandler } from "./start-run-message";

/** Every kind of outbox message a process delivers, by kind, built on the process's ports. */
export function outboxHandlers(ports: { readonly flowStarter: FlowStarter }): Record<string, OutboxHandler> {
  return { [START_RUN]: startRunHandler(ports.flowStarter), [SIGNAL_RUN]: signalRunHandler(ports.flowStarter) };
}

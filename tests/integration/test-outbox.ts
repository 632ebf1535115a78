import type { PrismaClient } from "@prisma/client";
import { outboxDispatcher, type OutboxDispatcher, type OutboxDispatcherOptions } from "../../server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "../../server/services/outbox/outbox-handlers";
import type { FlowStarter } from "../../server/services/tickets/flow-starter";

/**
 * The outbox as the web app wires it, on a test's own starter. Hand it to createTicket, then `await drain()`
 * where the test needs the run started before it goes on.
 */
export function testOutbox(
  prisma: PrismaClient,
  starter: FlowStarter,
  options: Omit<OutboxDispatcherOptions, "prisma" | "handlers"> = {},
): OutboxDispatcher {
  return outboxDispatcher({ prisma, handlers: outboxHandlers({ flowStarter: starter }), ...options });
}

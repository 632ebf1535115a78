import "server-only";
import type { TicketStatus } from "@prisma/client";

/** The statuses of a ticket still waiting on someone: a queue's open count and least-loaded routing count these. */
export const OPEN_STATUSES = ["new", "open", "pending"] as const satisfies readonly TicketStatus[];

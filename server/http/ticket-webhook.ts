import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { z } from "zod";
import { WEBHOOK_SECRET_ENV } from "../auth/webhook-secret";
import { claimTicketDelivery, maybePruneTicketReceipts, releaseTicketDelivery } from "../services/tickets/ticket-webhook-receipts";
import { unlessDatabaseDown } from "./database-unavailable";
import { readSignedJson } from "./json-request";

export const REPLAYED =
  "The ticket webhook refused the request: the same signed request was received before, so it was not applied again. " +
  "Sign each delivery as you send it (a retry gets a new timestamp and signature).";

export const INTERNAL_ERROR =
  "The studio could not handle this request because of an error on its side; nothing is known to be stored. " +
  "Send it again later, and tell the studio's administrator if it keeps failing (the details are in the server's log).";

/**
 * The generic ticket webhooks' common half: signed with STUDIO_WEBHOOK_SECRET (503 while none is set), bounded,
 * validated, each delivery applied at most once (a replay is 401), 503 with Retry-After while the database is
 * away, and any other failure a plain 500 whose details go to the server's log, never to the caller.
 */
export async function answerTicketWebhook<S extends z.ZodType>(
  request: Request,
  o: { schema: S; what: string; prisma: () => PrismaClient },
  handle: (data: z.infer<S>) => Promise<Response>,
): Promise<Response> {
  try {
    const parsed = await readSignedJson(request, o.schema, o.what, process.env[WEBHOOK_SECRET_ENV]?.trim());
    if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
    return await unlessDatabaseDown(async () => {
      const prisma = o.prisma();
      if (!(await claimTicketDelivery(prisma, parsed.deliveryId))) return Response.json({ error: REPLAYED, issues: [] }, { status: 401 });
      let answer: Response;
      try {
        answer = await handle(parsed.data);
      } catch (err) {
        await releaseTicketDelivery(prisma, parsed.deliveryId).catch(() => undefined);
        throw err;
      }
      // A refused delivery changed nothing, so the same one may come again once its cause is fixed.
      if (!answer.ok) await releaseTicketDelivery(prisma, parsed.deliveryId).catch(() => undefined);
      maybePruneTicketReceipts(prisma, parsed.receivedAt);
      return answer;
    });
  } catch (err) {
    console.error(`[webhooks] ${request.method} ${new URL(request.url).pathname} failed:`, err);
    return Response.json({ error: INTERNAL_ERROR, issues: [] }, { status: 500 });
  }
}

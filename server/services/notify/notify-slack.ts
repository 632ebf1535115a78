import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect } from "../effects/with-effect";
import type { Notifier } from "./notifier";

export async function notifySlack(prisma: PrismaClient, notifier: Notifier, input: ActivityInputs["notifySlack"]): Promise<ActivityResult<"notifySlack">> {
  const { idempotencyKey, ticketId, channel, text } = input;
  return withEffect(prisma, { idempotencyKey, ticketId, kind: "notify", payload: { channel, text } }, async () => {
    const { delivered } = await notifier.send({ channel, text, idempotencyKey });
    return { delivered };
  });
}

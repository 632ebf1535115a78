import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect, type Db } from "../effects/with-effect";
import type { Notifier } from "./notifier";

export async function notifySlack(db: Db, notifier: Notifier, input: ActivityInputs["notifySlack"]): Promise<ActivityResult<"notifySlack">> {
  const { idempotencyKey, ticketId, channel, text } = input;
  return withEffect(db, { idempotencyKey, ticketId, kind: "notify", payload: { channel, text } }, async () => {
    const { delivered } = await notifier.send({ channel, text, idempotencyKey });
    return { delivered };
  });
}

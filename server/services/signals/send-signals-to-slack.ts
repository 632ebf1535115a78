import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import type { Notifier } from "../notify/notifier";
import { signalsMarkdown } from "./signals-export";
import { publicReport, signalsReport } from "./signals-report";
import type { UnsureTopicsSource } from "./unsure-topics";

/** The channel name shown with the summary (an incoming webhook posts to the channel it was made for). */
export const SIGNALS_CHANNEL = "signals";

/**
 * The signals that stand out, as a short summary posted through the notifier (Slack when a webhook is set, the
 * server log otherwise). Without ticket ids, as a shared link: a Slack channel may hold people without a seat.
 * Category names and page paths come from tickets, so the summary goes as text, escaped by the notifier.
 */
export async function sendSignalsToSlack(
  prisma: PrismaClient,
  notifier: Notifier,
  view: TSignalsView,
  deps: { unsure?: UnsureTopicsSource; now?: Date } = {},
): Promise<{ delivered: "slack" | "log" }> {
  const report = publicReport(await signalsReport(prisma, view, deps));
  const text = signalsMarkdown(report, { brief: true });
  const at = (deps.now ?? new Date()).toISOString();
  return notifier.send({ channel: SIGNALS_CHANNEL, text, idempotencyKey: `signals:${view.to}:${view.origin}:${at}` });
}

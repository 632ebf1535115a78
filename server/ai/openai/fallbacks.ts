import "server-only";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { ConversationMessage } from "../provider";

/** Used when the model and the fallback provider both fail: claims nothing about the customer. */
export const NEUTRAL_SENTIMENT: ActivityResult<"detectSentiment"> = { label: "neutral", score: 0, frustrated: false, asksForHuman: false };

const MAX_SUMMARY_CHARS = 600;

/** The customer's first and latest words, for when no provider can summarise: never empty-handed at handoff. */
export function extractiveSummary(messages: ConversationMessage[]): { summary: string; model: string } {
  const fromCustomer = messages.filter((m) => m.author === "customer" && m.body.trim() !== "");
  const first = fromCustomer[0]?.body.trim() ?? "";
  const latest = fromCustomer.at(-1)?.body.trim() ?? "";
  const summary = first === "" ? "No customer message." : latest !== first ? `Customer wrote: ${first} Latest: ${latest}` : `Customer wrote: ${first}`;
  return { summary: summary.slice(0, MAX_SUMMARY_CHARS), model: "extractive" };
}

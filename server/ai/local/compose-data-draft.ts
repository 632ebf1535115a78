import "server-only";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { DraftData } from "../provider";
import { draftConfidence } from "./compose-draft";

type Draft = ActivityResult<"draftReply">;

/**
 * A found record answers the question itself (the order's status, the invoice's amount), so the reply built from
 * it starts from this confidence rather than from how well a knowledge article's words matched; a known intent
 * probability still pulls it down as it does for a knowledge draft.
 */
export const FOUND_RECORD_CONFIDENCE = 0.95;

/**
 * The local provider's answer from data: the first of the intent's sources with an answer template whose lookup
 * (the run's own, else one made now) found a record gives the reply, its template filled from the record, with the
 * knowledge draft's citations kept. Null when no source found one: the knowledge draft stands, and the lookups
 * consulted say why (no record, no order number, not recorded).
 */
export async function composeDataDraft(data: DraftData, kbDraft: Draft, intentConfidence: number | null | undefined): Promise<Draft | null> {
  for (const source of data.sources) {
    if (source.answerTemplate === null || source.answerTemplate.trim() === "") continue;
    const result = data.known.find((r) => r.source === source.name) ?? (await data.lookup(source.name));
    if (result.status !== "found") continue;
    const text = ((await data.render(source.answerTemplate, result)) ?? "").trim();
    if (text === "") continue;
    return {
      text,
      confidence: draftConfidence(FOUND_RECORD_CONFIDENCE, intentConfidence),
      citations: kbDraft.text === "" ? [] : kbDraft.citations,
      blockedBy: null,
      model: kbDraft.model,
      usedData: [source.name],
    };
  }
  return null;
}

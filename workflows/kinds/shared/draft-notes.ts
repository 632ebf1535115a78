import type { ActivityResult } from "../../interpret/activities";

type Draft = ActivityResult<"draftReply">;

/**
 * What the trace says about a draft beyond its confidence: whether the customer's page changed the articles it
 * cites, and which data-source lookups it consulted, with why a lookup's data was not used. Empty when the draft
 * had neither, so flows without pages or data sources trace exactly as before.
 */
export function draftNotes(draft: Draft): { suffix: string; details: Record<string, unknown> } {
  const parts: string[] = [];
  const details: Record<string, unknown> = {};
  if (draft.page !== undefined) {
    // Flat, as the trace shows details: a person reads titles, not article ids.
    details.page = draft.page.url;
    details.pageArticles = draft.page.matched.map((a) => a.title);
    details.pageChangedAnswer = draft.page.changedAnswer;
    if (draft.page.changedAnswer) parts.push(`the page ${pagePath(draft.page.url)} changed the articles used`);
  }
  const lookups = draft.lookups ?? [];
  if (lookups.length > 0) {
    details.lookups = lookups.map((l) => ({ dataSource: l.source, status: l.status, request: l.request ?? null, cached: l.cached ?? false, error: l.error ?? null }));
    const used = new Set(draft.usedData ?? []);
    for (const l of lookups) parts.push(used.has(l.source) ? `answered with data from ${l.source}` : `data from ${l.source} not used: ${whyUnused(l)}`);
  }
  return { suffix: parts.length === 0 ? "" : `; ${parts.join("; ")}`, details };
}

/** The path of a page address, without its site, query or fragment (what a person recognises in a trace). */
export function pagePath(url: string): string {
  // Plain string work, not URL: the interpreter also runs inside Temporal's workflow sandbox.
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "").replace(/[?#].*$/, "");
  return path === "" ? "/" : path;
}

function whyUnused(l: NonNullable<Draft["lookups"]>[number]): string {
  switch (l.status) {
    case "found":
      return "the reply did not need it";
    case "not_found":
      return l.error ?? "no record found";
    case "skipped":
      return l.error ?? "the ticket lacks what the request needs";
    case "failed":
      return l.error ?? "the lookup failed";
    case "not_recorded":
      return l.error ?? "no result was recorded for this ticket";
  }
}

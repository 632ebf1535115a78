import { REVIEW_NOTE_KEY, versionKey, type TReviewCheck, type TReviewNote, type TReviewSnapshot } from "./snapshot";
import {
  correctionTitle,
  movedDetail,
  movedTitle,
  overallSentence,
  shadowTitle,
  slaTitle,
  versionDetail,
  versionTitle,
  weekSpan,
} from "./wording";

/** A piece of a line: text, linked when it names a ticket or an article. */
export interface TSpan {
  text: string;
  href?: string;
}

/** The review laid out once, for every export (Markdown, PDF, Slack) to render in its own way. */
export type TDocBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "item"; title: string; checked: TReviewCheck | null; lines: TSpan[][]; note: TReviewNote | null };

export interface TReviewState {
  snapshot: TReviewSnapshot;
  checks: Record<string, TReviewCheck>;
  notes: Record<string, TReviewNote>;
}

/** The review as headings, paragraphs and items, each item with its check and note. `origin` makes links absolute. */
export function reviewDocument({ snapshot: s, checks, notes }: TReviewState, origin: string): TDocBlock[] {
  const blocks: TDocBlock[] = [];
  const item = (key: string, title: string, lines: TSpan[][] = []) => blocks.push({ kind: "item", title, checked: checks[key] ?? null, lines, note: notes[key] ?? null });
  const section = (text: string, empty: string, count: number) => {
    blocks.push({ kind: "heading", level: 2, text });
    if (count === 0) blocks.push({ kind: "paragraph", text: empty });
  };

  blocks.push({ kind: "heading", level: 1, text: `Weekly review ${s.week}` });
  blocks.push({ kind: "paragraph", text: `${weekSpan(s.from, s.to)}. Built ${s.builtAt.slice(0, 16).replace("T", " ")} UTC.` });
  blocks.push({ kind: "paragraph", text: overallSentence(s.overall) });
  const reviewNote = notes[REVIEW_NOTE_KEY];
  if (reviewNote) blocks.push({ kind: "paragraph", text: `Review note (${reviewNote.by}, ${reviewNote.at.slice(0, 16).replace("T", " ")} UTC): ${reviewNote.text}` });

  section("What moved and why", "No category changed this week against the week before.", s.moved.length);
  for (const m of s.moved) {
    const versions = m.versions.map((v) => [{ text: `${versionTitle(v)} handled ${v.tickets} of these tickets: ${versionDetail(v)}`, href: `${origin}/flows/${v.flowId}` }]);
    item(m.key, movedTitle(m), [[{ text: movedDetail(m) }], ...versions]);
  }
  blocks.push({ kind: "heading", level: 2, text: "Flow versions published this week" });
  if (s.versions.length === 0) blocks.push({ kind: "paragraph", text: "No flow version was published this week." });
  for (const v of s.versions) item(versionKey(v), versionTitle(v), [[{ text: versionDetail(v), href: `${origin}/flows/${v.flowId}` }]]);

  section("Intents agents corrected most", "Agents corrected no intent this week.", s.corrections.length);
  for (const c of s.corrections) {
    item(
      c.key,
      correctionTitle(c),
      c.examples.map((e) => [{ text: e.subject, href: `${origin}/inbox/${e.ticketId}` }, { text: `: “${e.excerpt.replace(/\s+/g, " ").trim()}”` }]),
    );
  }

  section(
    "Shadow categories ready for autonomy",
    `No shadow category's would-have-been-correct rate meets the team's target of ${Math.round(s.shadow.target * 100)}%.`,
    s.shadow.items.length,
  );
  for (const sh of s.shadow.items) item(sh.key, shadowTitle(sh, s.shadow.target, s.shadow.minReviews), [[{ text: `${sh.drafts} drafts in shadow mode so far.` }]]);

  section("Knowledge articles", "No article was marked wrong this week, and none is overdue for review.", s.knowledge.wrong.length + s.knowledge.overdue.length);
  for (const a of s.knowledge.wrong) {
    const verdicts = Object.entries(a.verdicts).map(([v, n]) => `${v} ${n}`).join(", ");
    item(a.key, `Marked wrong ${a.marked} ${a.marked === 1 ? "time" : "times"}: ${a.title}`, [[{ text: `${a.title} (${verdicts})`, href: `${origin}/knowledge/${a.articleId}` }]]);
  }
  for (const a of s.knowledge.overdue) {
    item(a.key, `Overdue for review: ${a.title}`, [[{ text: `Review was due ${a.reviewDue.slice(0, 10)}${a.owner ? `; owner ${a.owner}` : ""}`, href: `${origin}/knowledge/${a.articleId}` }]]);
  }
  if (s.knowledge.overdueTotal > s.knowledge.overdue.length) {
    blocks.push({ kind: "paragraph", text: `${s.knowledge.overdueTotal - s.knowledge.overdue.length} more articles are overdue for review.` });
  }

  section("SLA breaches by queue", "No SLA was breached this week.", s.sla.length);
  for (const q of s.sla) item(q.key, slaTitle(q));
  return blocks;
}

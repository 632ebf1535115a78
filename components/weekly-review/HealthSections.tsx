import Link from "next/link";
import type { TReviewSnapshot } from "@/lib/weekly-review/snapshot";
import { pct, shadowTitle, slaTitle } from "@/lib/weekly-review/wording";
import { ReviewItem } from "./ReviewItem";
import { ReviewSection } from "./ReviewSection";

// Underlined: these links sit inside sentences, where colour alone does not tell them apart.
const LINK = "text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700";

/** Shadow categories whose reviewed drafts meet the team's target. */
export function ShadowSection({ s }: { s: TReviewSnapshot }) {
  return (
    <ReviewSection
      title="Shadow categories ready for autonomy"
      hint={`Categories whose drafts would have been correct at least ${pct(s.shadow.target)} of the time (the team’s target), counting every review so far. Ready once ${s.shadow.minReviews} drafts were reviewed.`}
      empty={s.shadow.items.length === 0 ? `No shadow category’s would-have-been-correct rate meets the team’s target of ${pct(s.shadow.target)}.` : null}
    >
      {s.shadow.items.map((i) => (
        <ReviewItem key={i.key} itemKey={i.key} title={shadowTitle(i, s.shadow.target, s.shadow.minReviews)}>
          {i.drafts} drafts in shadow mode so far.{" "}
          <Link className={LINK} href="/review/shadow">
            {i.status === "ready" ? "Switch it to autonomous in the shadow review" : "Review more drafts"}
          </Link>
        </ReviewItem>
      ))}
    </ReviewSection>
  );
}

/** Articles agents marked wrong this week, and those overdue for review. */
export function KnowledgeSection({ s }: { s: TReviewSnapshot }) {
  const k = s.knowledge;
  const more = k.overdueTotal - k.overdue.length;
  return (
    <ReviewSection
      title="Knowledge articles"
      hint="Articles cited by AI replies that agents marked as not right this week, and published articles past their review date."
      empty={k.wrong.length + k.overdue.length === 0 ? "No article was marked wrong this week, and none is overdue for review." : null}
    >
      {k.wrong.map((a) => (
        <ReviewItem key={a.key} itemKey={a.key} title={`Marked wrong ${a.marked} ${a.marked === 1 ? "time" : "times"}: ${a.title}`}>
          <Link className={LINK} href={`/knowledge/${a.articleId}`}>
            Open the article
          </Link>{" "}
          · {Object.entries(a.verdicts).map(([v, n]) => `${v} ${n}`).join(", ")}
        </ReviewItem>
      ))}
      {k.overdue.map((a) => (
        <ReviewItem key={a.key} itemKey={a.key} title={`Overdue for review: ${a.title}`}>
          <Link className={LINK} href={`/knowledge/${a.articleId}`}>
            Open the article
          </Link>{" "}
          · review was due {a.reviewDue.slice(0, 10)}
          {a.owner ? `; owner ${a.owner}` : ""}
        </ReviewItem>
      ))}
      {more > 0 && (
        <li className="text-xs text-zinc-600">
          {more} more articles are overdue for review:{" "}
          <Link className={LINK} href="/knowledge">
            see the knowledge base
          </Link>
          .
        </li>
      )}
    </ReviewSection>
  );
}

/** SLA breaches by queue, most first. */
export function SlaSection({ s }: { s: TReviewSnapshot }) {
  return (
    <ReviewSection title="SLA breaches by queue" empty={s.sla.length === 0 ? "No SLA was breached this week." : null}>
      {s.sla.map((q) => (
        <ReviewItem key={q.key} itemKey={q.key} title={slaTitle(q)} />
      ))}
    </ReviewSection>
  );
}

import Link from "next/link";
import type { TReviewSnapshot } from "@/lib/weekly-review/snapshot";
import { versionKey } from "@/lib/weekly-review/snapshot";
import { correctionTitle, movedDetail, movedTitle, versionDetail, versionTitle } from "@/lib/weekly-review/wording";
import { Badge } from "@/components/ui/Badge";
import { ReviewItem } from "./ReviewItem";
import { ReviewSection } from "./ReviewSection";

// Underlined: these links sit inside sentences, where colour alone does not tell them apart.
const LINK = "text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700";

/** What moved, category by category, with the versions published this week beside the tickets they handled. */
export function MovedSection({ s }: { s: TReviewSnapshot }) {
  return (
    <>
      <ReviewSection
        title="What moved and why"
        hint="Automation rate and volume by category against the week before, largest first by the tickets each change touches. “Within noise” means the change is no larger than chance alone gives on that many tickets."
        empty={s.moved.length === 0 ? "No category changed this week against the week before." : null}
      >
        {s.moved.map((m) => (
          <ReviewItem key={m.key} itemKey={m.key} title={movedTitle(m)}>
            <p>
              {movedDetail(m)}{" "}
              {m.rateNoise && m.volumeNoise && (
                <Badge tone="neutral" className="ml-1">
                  within noise
                </Badge>
              )}
            </p>
            {m.versions.length > 0 && (
              <ul className="mt-1 list-disc pl-4">
                {m.versions.map((v) => (
                  <li key={v.versionId}>
                    <Link className={LINK} href={`/flows/${v.flowId}`}>
                      {versionTitle(v)}
                    </Link>{" "}
                    handled {v.tickets} of these tickets; {versionDetail(v)}
                  </li>
                ))}
              </ul>
            )}
          </ReviewItem>
        ))}
      </ReviewSection>
      <ReviewSection title="Flow versions published this week" empty={s.versions.length === 0 ? "No flow version was published this week." : null}>
        {s.versions.map((v) => (
          <ReviewItem key={v.versionId} itemKey={versionKey(v)} title={versionTitle(v)}>
            <Link className={LINK} href={`/flows/${v.flowId}`}>
              Open the flow
            </Link>{" "}
            · {versionDetail(v)}
          </ReviewItem>
        ))}
      </ReviewSection>
    </>
  );
}

/** The intents agents corrected most, with the tickets' own words: the phrasings that confuse the classifier. */
export function CorrectionsSection({ s }: { s: TReviewSnapshot }) {
  return (
    <ReviewSection
      title="Intents agents corrected most"
      hint="The intent a ticket carried against the one an agent said it was, counted in tickets, with examples of how customers put it."
      empty={s.corrections.length === 0 ? "Agents corrected no intent this week." : null}
    >
      {s.corrections.map((c) => (
        <ReviewItem key={c.key} itemKey={c.key} title={correctionTitle(c)}>
          <ul className="space-y-0.5">
            {c.examples.map((e) => (
              <li key={e.ticketId}>
                <Link className={LINK} href={`/inbox/${e.ticketId}`}>
                  {e.subject || "(no subject)"}
                </Link>
                <span className="text-zinc-600">: “{e.excerpt.replace(/\s+/g, " ").trim()}”</span>
              </li>
            ))}
          </ul>
        </ReviewItem>
      ))}
    </ReviewSection>
  );
}

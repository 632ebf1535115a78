import type { RouterOutputs } from "@/server/api/root";
import { DRAFT_OUTCOME_WORDS } from "@/lib/tickets/draft-outcome";
import { Badge, type Tone } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { percent } from "@/components/ui/format";

type Draft = NonNullable<RouterOutputs["tickets"]["handoff"]["ai"][number]["assist"]>;

const TONES: Record<NonNullable<Draft["outcome"]>, Tone> = { sent: "green", edited: "blue", rewritten: "amber", discarded: "red" };

/** What became of an assist draft: still in the reply box, or sent as drafted, edited, rewritten or discarded, by whom. */
export function DraftFate({ draft }: { draft: Draft }) {
  if (draft.outcome === null) return <p className="mt-1 text-xs text-zinc-600">Waiting in the reply box for an agent to edit and send.</p>;
  const changed = draft.outcome === "edited" || draft.outcome === "rewritten";
  return (
    <div className="mt-1 text-xs" aria-label="What became of the draft" role="group">
      <p className="flex flex-wrap items-center gap-1.5 text-zinc-600">
        <Badge tone={TONES[draft.outcome]}>{DRAFT_OUTCOME_WORDS[draft.outcome]}</Badge>
        {changed && draft.editRatio !== null && <span>{percent(draft.editRatio)} of words changed</span>}
        {draft.agent !== null && <span>by {draft.agent}</span>}
        {draft.closedAt !== null && (
          <span className="text-zinc-500">
            <DateTime value={draft.closedAt} />
          </span>
        )}
      </p>
      {changed && draft.sentText !== null && (
        <details className="mt-1">
          <summary className="cursor-pointer select-none text-zinc-600">What the agent sent</summary>
          <blockquote className="mt-1 whitespace-pre-wrap border-l-2 border-emerald-200 pl-2 text-[13px] text-zinc-700">{draft.sentText}</blockquote>
        </details>
      )}
    </div>
  );
}

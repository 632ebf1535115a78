"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, RefreshCw, Send } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { REVIEW_NOTE_KEY } from "@/lib/weekly-review/snapshot";
import { overallSentence, weekSpan } from "@/lib/weekly-review/wording";
import { addDays } from "@/workflows/metrics/weeks";
import { Button, buttonClasses } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { PageHeader } from "@/components/ui/PageHeader";
import { errorText } from "@/components/ui/error-text";
import { useHydrated } from "@/components/ui/useHydrated";
import { CorrectionsSection, MovedSection } from "./ChangeSections";
import { KnowledgeSection, ShadowSection, SlaSection } from "./HealthSections";
import { NoteEditor, ReviewMarksContext, type ReviewMarks } from "./ReviewItem";
import { WeekPicker } from "./WeekPicker";

type Review = RouterOutputs["weeklyReview"]["open"];

/** A week's review: its kept snapshot, section by section, with reviewers' checks and notes on every item. */
export function WeeklyReview({ initial, canEdit, currentWeek }: { initial: Review; canEdit: boolean; currentWeek: string }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const queryKey = trpc.weeklyReview.open.queryKey({ week: initial.week });
  const review = useQuery({ ...trpc.weeklyReview.open.queryOptions({ week: initial.week }), initialData: initial }).data;
  const setCheck = useMutation(trpc.weeklyReview.setCheck.mutationOptions());
  const setNote = useMutation(trpc.weeklyReview.setNote.mutationOptions());
  const rebuild = useMutation(trpc.weeklyReview.rebuild.mutationOptions());
  const sendToSlack = useMutation(trpc.weeklyReview.sendToSlack.mutationOptions());
  const [sent, setSent] = useState<string | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);

  const run = async (key: string, action: () => Promise<Review>): Promise<boolean> => {
    setError(null);
    setBusyKey(key);
    try {
      client.setQueryData(queryKey, await action());
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusyKey(null);
    }
  };
  const marks: ReviewMarks = {
    checks: review.checks,
    notes: review.notes,
    canEdit,
    busyKey,
    setCheck: (key, checked) => run(key, () => setCheck.mutateAsync({ week: review.week, key, checked })),
    setNote: (key, text) => run(key, () => setNote.mutateAsync({ week: review.week, key, text })),
  };
  const s = review.snapshot;
  const progress = Object.keys(review.checks).length;
  const exportHref = (format: string) => `/api/weekly-review/${review.week}/export?format=${format}`;

  return (
    <ReviewMarksContext.Provider value={marks}>
      <PageHeader
        title={`Weekly review ${review.week}`}
        description={`${weekSpan(review.from, review.to)}. Built when first opened and kept, so it reads the same later; check items off and leave notes as you go through it.`}
        meta={
          <>
            <span>
              Built <DateTime value={s.builtAt} zone />
            </span>
            <span>· {progress} checked off</span>
            {review.updatedBy && (
              <span>
                · last changed by {review.updatedBy}, <DateTime value={review.updatedAt} zone />
              </span>
            )}
          </>
        }
        actions={
          <>
            <a className={buttonClasses({ size: "sm" })} href={exportHref("markdown")} download>
              <Download className="size-3.5" aria-hidden /> Markdown
            </a>
            <a className={buttonClasses({ size: "sm" })} href={exportHref("pdf")} download>
              <Download className="size-3.5" aria-hidden /> PDF
            </a>
            {canEdit && (
              <Button
                size="sm"
                disabled={!hydrated || sendToSlack.isPending}
                onClick={async () => {
                  setError(null);
                  setSent(null);
                  try {
                    const { delivered } = await sendToSlack.mutateAsync({ week: review.week });
                    setSent(delivered === "slack" ? "Sent to Slack." : "Slack is not set up (no SLACK_WEBHOOK_URL), so the digest was written to the server log instead.");
                  } catch (e) {
                    setError(errorText(e));
                  }
                }}
              >
                <Send className="size-3.5" aria-hidden /> Send to Slack
              </Button>
            )}
            {review.isCurrent && canEdit && (
              <Button size="sm" disabled={!hydrated || busyKey !== null} onClick={() => void run("rebuild", () => rebuild.mutateAsync({ week: review.week }))}>
                <RefreshCw className="size-3.5" aria-hidden /> Rebuild
              </Button>
            )}
          </>
        }
      />
      <div className="mb-6 space-y-3">
        <WeekPicker week={review.week} previousWeek={review.previousWeek} nextWeek={review.nextWeek} currentWeek={currentWeek} />
        {sent && (
          <p role="status" className="text-sm text-zinc-700">
            {sent}
          </p>
        )}
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
<p className="text-[13px] text-zinc-800">{overallSentence(s.overall)}</p>
        {!review.isCurrent && s.builtAt < `${addDays(review.to, 1)}T00:00:00.000Z` && (
          <p className="text-xs text-amber-800">
            This review was built on <DateTime value={s.builtAt} zone />, before the week ended, and is kept as it was then: its figures stop at that moment.
          </p>
        )}
        <section aria-label="Review note" className="rounded-lg border border-zinc-200 bg-white p-3">
          <h2 className="text-xs font-semibold text-zinc-700">Review note</h2>
          {!canEdit && !review.notes[REVIEW_NOTE_KEY] ? <p className="text-xs text-zinc-500">No note on this review.</p> : <NoteEditor noteKey={REVIEW_NOTE_KEY} label="Review note" addLabel="Add a note on the whole review" editLabel="Edit note on the whole review" wide />}
        </section>
      </div>
      <div className="space-y-8">
        <MovedSection s={s} />
        <CorrectionsSection s={s} />
        <ShadowSection s={s} />
        <KnowledgeSection s={s} />
        <SlaSection s={s} />
      </div>
    </ReviewMarksContext.Provider>
  );
}

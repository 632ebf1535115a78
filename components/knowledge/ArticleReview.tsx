"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { DateTime } from "@/components/ui/DateTime";

type Detail = RouterOutputs["knowledge"]["get"];

const CADENCES = [30, 90, 180, 365] as const;

/** Review state of an article (due date, stale flag, negative feedback) with "Mark reviewed" and delete. */
export function ArticleReview({ detail, readOnly }: { detail: Detail; readOnly: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [cadence, setCadence] = useState<number>(90);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const review = useMutation(trpc.knowledge.markReviewed.mutationOptions());
  const remove = useMutation(trpc.knowledge.delete.mutationOptions());
  const { article, flags, negativeFeedback } = detail;

  async function onReviewed() {
    const saved = await review.mutateAsync({ id: article.id, cadenceDays: cadence }).catch(() => null);
    if (saved === null) return;
    setNote(`Reviewed; next review due ${saved.reviewDue?.toISOString().slice(0, 10)}.`);
    router.refresh();
  }

  async function onDelete() {
    const deleted = await remove.mutateAsync({ id: article.id }).catch(() => null);
    if (deleted !== null) router.push("/knowledge");
  }

  return (
    <aside aria-label="Review" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-3 text-[13px]">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-zinc-500">Review due</dt>
        <dd>
          <DateTime value={article.reviewDue} zone /> {flags.reviewOverdue && <Badge tone="amber">Overdue</Badge>}
        </dd>
        <dt className="text-zinc-500">Last reviewed</dt>
        <dd>
          <DateTime value={article.reviewedAt} zone fallback="never" />
        </dd>
        <dt className="text-zinc-500">Updated</dt>
        <dd>
          <DateTime value={article.updatedAt} zone />
        </dd>
        {article.source && (
          <>
            <dt className="text-zinc-500">Imported from</dt>
            <dd>
              {article.source} {article.externalId}
            </dd>
          </>
        )}
      </dl>
      {flags.stale && <p className="rounded bg-amber-50 p-2 text-amber-900">Stale: {flags.staleReason}.</p>}
      {negativeFeedback.length > 0 && (
        <div className="rounded bg-red-50 p-2 text-red-900">
          <p className="font-medium">Cited by {negativeFeedback.length} AI {negativeFeedback.length === 1 ? "reply" : "replies"} agents marked wrong in the last 90 days</p>
          <ul className="mt-1 space-y-1">
            {negativeFeedback.slice(0, 5).map((f) => (
              <li key={f.feedbackId}>
                <Link href={`/inbox/${f.ticketId}`} className="underline">
                  {f.verdict}
                </Link>{" "}
                by {f.agent}, <DateTime value={f.createdAt} zone />
                {f.comment ? `: “${f.comment}”` : ""}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-3">
          <label>
            <span className="block text-xs font-medium text-zinc-700">Next review in</span>
            <select className="h-8 rounded-md border border-zinc-300 px-2 text-[13px]" value={cadence} onChange={(e) => setCadence(Number(e.target.value))}>
              {CADENCES.map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
            </select>
          </label>
          <Button onClick={() => void onReviewed()} disabled={review.isPending}>
            {review.isPending ? "Saving…" : "Mark reviewed"}
          </Button>
          <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
            Delete article
          </Button>
        </div>
      )}
      <p role="status" className="text-emerald-700">
        {note}
      </p>
      {review.error && <p role="alert" className="text-red-700">{review.error.message}</p>}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void onDelete()}
        busy={remove.isPending}
        title={`Delete “${article.title}”?`}
        description="AI replies stop citing it at once. This cannot be undone."
        error={remove.error?.message ?? null}
        confirmLabel="Delete"
        busyLabel="Deleting…"
        focusCancel
      />
    </aside>
  );
}

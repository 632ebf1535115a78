"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Flag } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { AI_FEEDBACK_VERDICT_LABELS, AI_FEEDBACK_VERDICTS, type TAiFeedbackVerdict } from "@/lib/tickets/ai-feedback";
import { Badge, type Tone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";

type Flags = RouterOutputs["tickets"]["aiFeedback"];

const TONE: Record<TAiFeedbackVerdict, Tone> = { incorrect: "red", incomplete: "amber", suboptimal: "amber", good: "green" };
const INPUT = "w-full rounded-md border border-zinc-300 px-2 text-[13px]";

/**
 * The flags agents put on one AI message, and (for roles that may) a compact form to add one: the verdict, the
 * right answer, the ticket's real intent and why. All of a ticket's messages share one query of its flags.
 */
export function AiFeedbackControl({
  ticketId,
  messageId,
  initial,
  intentLabels,
  canFlag,
}: {
  ticketId: string;
  messageId: string;
  initial: Flags;
  intentLabels: string[];
  canFlag: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const flags = useQuery(trpc.tickets.aiFeedback.queryOptions({ ticketId }, { initialData: initial }));
  const [open, setOpen] = useState(false);
  const flag = useMutation(
    trpc.tickets.flagAiReply.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.tickets.aiFeedback.queryKey({ ticketId }) });
      },
    }),
  );
  const mine = flags.data.filter((f) => f.messageId === messageId);

  return (
    <div role="group" aria-label="Feedback on this AI reply" className="mt-2 space-y-1.5 border-t border-zinc-100 pt-2 text-xs">
      {mine.length > 0 && (
        <ul aria-label="Flags on this reply" className="space-y-1">
          {mine.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-1.5 text-zinc-600">
              <Badge tone={TONE[f.verdict as TAiFeedbackVerdict] ?? "neutral"}>{AI_FEEDBACK_VERDICT_LABELS[f.verdict as TAiFeedbackVerdict] ?? f.verdict}</Badge>
              <span>by {f.agent}</span>
              {f.correctedIntent && <span>· intent should be “{f.correctedIntent}”</span>}
              {f.comment && <span>· {f.comment}</span>}
              {f.correctAnswer && <span className="basis-full whitespace-pre-wrap text-zinc-700">Right answer: {f.correctAnswer}</span>}
            </li>
          ))}
        </ul>
      )}
      {canFlag && !open && (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label="Flag this AI reply">
          <Flag className="size-3.5" aria-hidden /> Flag
        </Button>
      )}
      {canFlag && open && (
        <FlagForm
          intentLabels={intentLabels}
          busy={flag.isPending}
          error={flag.error ? errorText(flag.error) : null}
          onCancel={() => setOpen(false)}
          onSubmit={(form) => flag.mutate({ ticketId, messageId, ...form })}
        />
      )}
    </div>
  );
}

interface FlagFormValues {
  verdict: TAiFeedbackVerdict;
  correctAnswer: string;
  correctedIntent: string;
  comment: string;
}

function FlagForm({
  intentLabels,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  intentLabels: string[];
  busy: boolean;
  error: string | null;
  onSubmit: (form: FlagFormValues) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<FlagFormValues>({ verdict: "incorrect", correctAnswer: "", correctedIntent: "", comment: "" });
  const set = (patch: Partial<FlagFormValues>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form
      aria-label="Flag AI reply"
      className="grid gap-2 rounded-md border border-zinc-200 bg-zinc-50 p-2 md:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(form);
      }}
    >
      <fieldset className="md:col-span-2">
        <legend className="mb-1 font-medium text-zinc-700">This reply is</legend>
        <div className="flex flex-wrap gap-3">
          {AI_FEEDBACK_VERDICTS.map((v) => (
            <label key={v} className="flex items-center gap-1">
              <input type="radio" name="verdict" value={v} checked={form.verdict === v} onChange={() => set({ verdict: v })} />
              {AI_FEEDBACK_VERDICT_LABELS[v]}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        <span className="block font-medium text-zinc-700">The ticket is really about</span>
        <select className={`${INPUT} h-8`} value={form.correctedIntent} onChange={(e) => set({ correctedIntent: e.target.value })}>
          <option value="">(intent was right)</option>
          {intentLabels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="block font-medium text-zinc-700">Why (optional)</span>
        <input className={`${INPUT} h-8`} value={form.comment} onChange={(e) => set({ comment: e.target.value })} placeholder="Quoted the old refund window" />
      </label>
      <label className="md:col-span-2">
        <span className="block font-medium text-zinc-700">Right answer (optional)</span>
        <textarea className={`${INPUT} h-16 py-1`} value={form.correctAnswer} onChange={(e) => set({ correctAnswer: e.target.value })} />
      </label>
      {error && (
        <p role="alert" className="text-red-700 md:col-span-2">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2 md:col-span-2">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save flag"}
        </Button>
      </div>
    </form>
  );
}

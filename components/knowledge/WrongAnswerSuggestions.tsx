"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { errorText } from "@/components/ui/error-text";
import { guardrailInputOf } from "./guardrail-form";
import { GuardrailEditor } from "./GuardrailEditor";
import { guardrailSuggestion } from "./guardrail-suggestion";

type WrongAnswers = RouterOutputs["knowledge"]["guardrails"]["wrongAnswers"];

/**
 * Recent AI answers agents flagged incorrect, each with a button that opens the guardrail form prefilled from it,
 * so the same wrong answer is stopped before it is sent again.
 */
export function WrongAnswerSuggestions({ answers }: { answers: WrongAnswers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const [added, setAdded] = useState<Set<string>>(new Set());
  const create = useMutation(
    trpc.knowledge.guardrails.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.knowledge.guardrails.list.queryKey() }),
    }),
  );
  if (answers.length === 0) {
    return <p className="text-[13px] text-zinc-500">No AI answers flagged incorrect yet. When an agent flags one, it appears here to turn into a rule.</p>;
  }
  return (
    <ul aria-label="Answers flagged incorrect" className="space-y-2">
      {answers.map((a) => (
        <li key={a.feedbackId} className="rounded-lg border border-zinc-200 bg-white p-3 text-[13px]">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="whitespace-pre-wrap text-zinc-800">“{a.answer}”</p>
              <p className="mt-1 text-xs text-zinc-500">
                Flagged by {a.agent} <DateTime value={a.createdAt} />
                {a.reason && <> · {a.reason}</>} ·{" "}
                <Link href={`/inbox/${a.ticketId}`} className="text-indigo-700 hover:underline">
                  ticket
                </Link>
              </p>
              {a.correctAnswer && <p className="mt-1 text-xs text-zinc-600">Right answer: {a.correctAnswer}</p>}
            </div>
            {added.has(a.feedbackId) ? (
              <span className="text-xs text-emerald-700">Rule added</span>
            ) : (
              open !== a.feedbackId && (
                <Button size="sm" onClick={() => setOpen(a.feedbackId)}>
                  Suggest a guardrail
                </Button>
              )
            )}
          </div>
          {open === a.feedbackId && (
            <div className="mt-2">
              <GuardrailEditor
                initial={guardrailSuggestion(a.answer, a.reason)}
                submitLabel="Add rule"
                busy={create.isPending}
                error={create.error ? errorText(create.error) : null}
                onCancel={() => setOpen(null)}
                onSubmit={(form) =>
                  create.mutate(guardrailInputOf(form), {
                    onSuccess: () => {
                      setOpen(null);
                      setAdded((s) => new Set(s).add(a.feedbackId));
                    },
                  })
                }
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { Note } from "@/components/ui/Note";
import { Section } from "@/components/ui/Section";
import type { TTierMapSnapshot } from "@/workflows/model/tier-map";
import { CategoryTierTable } from "./CategoryTierTable";
import { EscalationCriteriaForm } from "./EscalationCriteriaForm";
import { acceptSuggestions, draftOf, sameDraft, withEscalation, withTier, type TierMapDraft } from "./tier-map-draft";
import { errorText } from "@/components/ui/error-text";

type Overview = RouterOutputs["tierMap"]["get"];

/**
 * The tier map as one form: tiers per category and the escalation criteria, saved together as a new
 * version. The version the user started from goes with the save, so a save made by someone else in the
 * meantime is reported instead of overwritten.
 */
export function TierMapEditor({ overview, readOnly }: { overview: Overview; readOnly: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState<TTierMapSnapshot | null>(overview.map);
  const [draft, setDraft] = useState<TierMapDraft>(() => draftOf(overview.map));
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const save = useMutation(trpc.tierMap.save.mutationOptions());
  const dirty = !sameDraft(draft, draftOf(baseline));
  const conflict = save.error?.data?.code === "CONFLICT";

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const edit = (next: TierMapDraft) => {
    setDraft(next);
    setSavedNote(null);
  };

  async function onSave() {
    setSavedNote(null);
    const result = await save.mutateAsync({ map: draft, expectedVersion: baseline?.version ?? 0 }).catch(() => null); // shown from save.error
    if (result === null) return;
    setBaseline(result.map);
    setDraft(draftOf(result.map));
    setSavedNote(result.saved ? `Saved as version ${result.map.version}.` : `Nothing changed: version ${result.map.version} is current.`);
    void queryClient.invalidateQueries({ queryKey: trpc.tierMap.versions.queryKey() });
  }

  const hasSuggestions = overview.categories.some((c) => c.suggested !== null);
  return (
    <>
      {readOnly && <Note>You can read the tier map. Changing it needs the designer, publisher or admin role.</Note>}
      <Section
        title="Categories"
        aside={overview.audit ? <>Suggestions from the audit of <DateTime value={overview.audit.generatedAt} /> UTC</> : undefined}
      >
        {overview.auditProblem !== null && (
          <Note>
            Suggested tiers are unavailable: {overview.auditProblem}{" "}
            <Link href="/history-audit" className="font-medium underline">
              Open the audit
            </Link>{" "}
            to run it.
          </Note>
        )}
        <CategoryTierTable
          categories={overview.categories}
          draft={draft}
          readOnly={readOnly}
          hasSuggestions={hasSuggestions}
          onTier={(category, tier) => edit(withTier(draft, category, tier))}
          onAcceptAll={() => edit(acceptSuggestions(draft, overview.categories))}
        />
      </Section>
      <Section title="Escalation criteria">
        <EscalationCriteriaForm
          criteria={draft.escalation}
          defaultTier={draft.defaultTier}
          readOnly={readOnly}
          onChange={(patch) => edit(withEscalation(draft, patch))}
          onDefaultTier={(defaultTier) => edit({ ...draft, defaultTier })}
        />
      </Section>
      {!readOnly && (
        <div className="sticky bottom-0 z-10 -mx-1 mb-8 flex flex-wrap items-center gap-3 border-t border-zinc-200 bg-zinc-50/95 px-1 py-3 backdrop-blur">
          <Button variant="primary" onClick={() => void onSave()} disabled={!dirty || save.isPending}>
            {save.isPending ? "Saving…" : "Save tier map"}
          </Button>
          <Button variant="ghost" onClick={() => edit(draftOf(baseline))} disabled={!dirty || save.isPending}>
            Discard changes
          </Button>
          <span className="text-xs text-zinc-500">
            {baseline === null ? "Not saved yet: flows that use the tier map fall back to their own settings." : `Current: version ${baseline.version}`}
            {dirty ? " · unsaved changes" : ""}
          </span>
          <span role="status" className="text-[13px] text-emerald-700">
            {savedNote}
          </span>
          {save.error && (
            <p role="alert" className="flex flex-wrap items-center gap-2 text-[13px] text-red-700">
              {errorText(save.error)}
              {conflict && (
                <Button size="sm" onClick={() => router.refresh()}>
                  Load the latest version
                </Button>
              )}
            </p>
          )}
        </div>
      )}
    </>
  );
}

"use client";

import { useEffect, useRef } from "react";
import type { TRuleGroup } from "@/workflows/model";
import { Button } from "@/components/ui/Button";
import { ruleSummary } from "../lib/node-summary";
import { RuleGroupEditor } from "./RuleGroupEditor";
import { WideRules } from "./wide-rules";

/**
 * The rule builder with room to work: nested groups get the page's width instead of the config panel's.
 * Edits apply as they are made (the panel behind shows them too); Escape or Done closes it.
 */
export function RuleBuilderDialog({ title, group, onChange, onClose }: { title: string; group: TRuleGroup; onChange: (group: TRuleGroup) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      className="m-auto w-[min(72rem,calc(100vw-4rem))] max-w-none rounded-lg bg-white p-0 shadow-xl backdrop:bg-zinc-900/30"
      onClose={onClose}
      data-testid="rule-builder-dialog"
    >
      <div className="flex max-h-[calc(100vh-6rem)] flex-col">
        <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-2.5">
          <h2 className="text-sm font-semibold text-zinc-900">{title}</h2>
          <Button size="sm" variant="primary" onClick={() => dialog.current?.close()}>
            Done
          </Button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-4">
          <WideRules.Provider value>
            <RuleGroupEditor group={group} onChange={onChange} />
          </WideRules.Provider>
        </div>
        <p className="border-t border-zinc-200 bg-amber-50 px-4 py-2 text-xs text-amber-900" data-testid="rule-summary-wide">
          {ruleSummary(group)}
        </p>
      </div>
    </dialog>
  );
}

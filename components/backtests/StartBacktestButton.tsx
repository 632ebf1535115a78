"use client";

import { useState } from "react";
import { FlaskConical } from "lucide-react";
import { useCan } from "@/components/providers/viewer";
import { Button } from "@/components/ui/Button";
import { StartBacktestDialog } from "./StartBacktestDialog";
import type { CandidateChoice } from "./selection-defaults";

/** "Backtest" beside a version (or the draft): opens the start dialog. Hidden for roles that may not run one. */
export function StartBacktestButton({ flowId, candidate, label }: { flowId: string; candidate: CandidateChoice; label: string }) {
  const mayRun = useCan("backtests.run");
  const [open, setOpen] = useState(false);
  if (!mayRun) return null;
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={label} title={label}>
        <FlaskConical className="size-3.5" aria-hidden /> Backtest
      </Button>
      {open && <StartBacktestDialog flowId={flowId} candidate={candidate} onClose={() => setOpen(false)} />}
    </>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useConfirmedMutation } from "@/components/ui/useConfirmedMutation";
import type { CandidateChoice } from "@/components/backtests/selection-defaults";
import { StartBacktestDialog } from "@/components/backtests/StartBacktestDialog";
import { ReleaseSummary } from "./ReleaseSummary";
import { errorText } from "@/components/ui/error-text";

/**
 * "Make live" for a flow with an active version that is not the live flow: a confirm naming the version
 * new tickets will start on and the flow they start on now, with that version's warnings and last backtest,
 * then `flows.setLive`; the page is refreshed.
 */
export function MakeLiveButton({
  flowId,
  flowName,
  activeVersion,
  currentLiveFlowName,
}: {
  flowId: string;
  flowName: string;
  activeVersion: number;
  /** The flow new tickets run on now; null when none is live. */
  currentLiveFlowName: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const setLive = useMutation(trpc.flows.setLive.mutationOptions());
  const dialog = useConfirmedMutation(setLive, () => router.refresh());
  const busy = setLive.isPending;
  const [backtesting, setBacktesting] = useState<CandidateChoice | null>(null);

  return (
    <>
      <Button onClick={dialog.show} aria-haspopup="dialog" title={`Start new tickets on v${activeVersion} of this flow`}>
        Make live
      </Button>
      <ConfirmDialog
        open={dialog.open}
        onClose={dialog.close}
        onConfirm={() => void dialog.confirm({ flowId })}
        busy={busy}
        focusCancel
        title={<>Make &ldquo;{flowName}&rdquo; live?</>}
        description={
          <>
            <p>
              New tickets will start on <strong className="font-medium text-zinc-900">v{activeVersion}</strong> of this flow
              {currentLiveFlowName !== null ? (
                <>
                  {" "}instead of <strong className="font-medium text-zinc-900">{currentLiveFlowName}</strong>, the flow that is live now.
                </>
              ) : (
                <>. No flow is live now.</>
              )}
            </p>
            <p>Tickets already running keep the version they started on.</p>
          </>
        }
        error={setLive.error ? `Could not make this flow live: ${errorText(setLive.error)}` : null}
        confirmLabel={`Make v${activeVersion} live`}
        busyLabel="Making live…"
      >
        <ReleaseSummary
          flowId={flowId}
          target="active"
          onStartBacktest={(candidate) => {
            dialog.close();
            setBacktesting(candidate);
          }}
        />
      </ConfirmDialog>
      {backtesting !== null && <StartBacktestDialog flowId={flowId} candidate={backtesting} onClose={() => setBacktesting(null)} />}
    </>
  );
}

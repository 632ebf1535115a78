"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";

/**
 * "Make live" for a flow with an active version that is not the live flow: a modal confirm (native
 * <dialog>: focus moves in, Tab stays in, Escape cancels, focus returns to the button) naming the version
 * new tickets will start on and the flow they start on now, then `flows.setLive`; the page is refreshed.
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
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  const busy = setLive.isPending;

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const show = () => {
    setLive.reset();
    setOpen(true);
  };

  const confirm = async () => {
    try {
      await setLive.mutateAsync({ flowId });
      setOpen(false);
      router.refresh();
    } catch {
      // Shown from setLive.error below; the dialog stays open so the user can retry or cancel.
    }
  };

  return (
    <>
      <Button onClick={show} aria-haspopup="dialog" title={`Start new tickets on v${activeVersion} of this flow`}>
        Make live
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-0 shadow-xl backdrop:bg-zinc-900/30"
        onCancel={(e) => {
          // Escape: never close while the request is in flight.
          e.preventDefault();
          if (!busy) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        {open && (
          <form
            className="space-y-3 p-4 text-left"
            onSubmit={(e) => {
              e.preventDefault();
              if (!busy) void confirm();
            }}
          >
            <h2 id={titleId} className="text-sm font-semibold text-zinc-900">
              Make &ldquo;{flowName}&rdquo; live?
            </h2>
            <div id={descriptionId} className="space-y-2 text-xs font-normal text-zinc-600">
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
            </div>
            {setLive.error && (
              <p role="alert" className="rounded-md bg-red-50 p-2 text-xs font-normal text-red-700">
                Could not make this flow live: {setLive.error.message}
              </p>
            )}
            <div className="flex justify-end gap-2">
              <Button onClick={() => setOpen(false)} disabled={busy} autoFocus>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? "Making live…" : `Make v${activeVersion} live`}
              </Button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}

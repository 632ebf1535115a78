"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { guardedDestination } from "./leave-guard";

export interface LeaveGuardOptions {
  /** There are changes the server does not have yet. */
  dirty: boolean;
  /** Why the last save failed, when it did: then saving first is not offered. */
  saveError?: string;
  /** Saves now; resolves true once the server has the changes. */
  save: () => Promise<boolean>;
}

/**
 * Asks before a page with unsaved changes is left. The app router has no navigation events, so in-app link
 * clicks (side nav, breadcrumbs, back links) are caught on the document before Next's own handler sees
 * them; reload and close get the browser's own prompt. Returns the dialog to render.
 */
export function useLeaveGuard({ dirty, saveError, save }: LeaveGuardOptions): ReactNode {
  const router = useRouter();
  const [destination, setDestination] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      const anchor = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const to = guardedDestination(e, { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") }, window.location);
      if (to === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      setFailed(null);
      setDestination(to);
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      e.returnValue = "";
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onUnload);
    };
  }, [dirty]);

  const go = (to: string) => {
    setDestination(undefined);
    router.push(to);
  };
  const broken = saveError ?? failed ?? null;

  return (
    <ConfirmDialog
      open={destination !== undefined}
      onClose={() => setDestination(undefined)}
      busy={busy}
      focusCancel
      title="Leave with unsaved changes?"
      description={
        broken === null
          ? "Your latest changes have not been saved yet. Save them and leave, or stay on this page."
          : "Your latest changes could not be saved, so leaving now loses them. Stay to keep editing and try again."
      }
      error={broken === null ? null : `The save failed: ${broken}`}
      dismissLabel="Stay"
      confirmLabel={broken === null ? "Save and leave" : "Leave anyway"}
      busyLabel="Saving…"
      onConfirm={() => {
        const to = destination;
        if (to === undefined) return;
        if (broken !== null) return go(to);
        setBusy(true);
        void save()
          .then((ok) => (ok ? go(to) : setFailed("the server did not accept them")))
          .finally(() => setBusy(false));
      }}
    />
  );
}

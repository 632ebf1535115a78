"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./Button";

/**
 * A modal confirm on the native <dialog>: focus moves in, Tab stays in, Escape cancels (never while the
 * request runs), focus returns to the opener. The error stays inside, so the user can retry or cancel.
 */
export function ConfirmDialog({
  open,
  onClose,
  onConfirm,
  busy,
  title,
  description,
  error,
  confirmLabel,
  busyLabel,
  focusCancel = false,
  dismissLabel = "Cancel",
  children,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  busy: boolean;
  title: ReactNode;
  description: ReactNode;
  /** Shown in an alert when the last attempt failed. */
  error: string | null;
  confirmLabel: string;
  busyLabel: string;
  /** Put the initial focus on Cancel (for confirms whose effect is broad, like making a flow live). */
  focusCancel?: boolean;
  /** The button that closes without doing anything; "Cancel" unless that would read as the action itself. */
  dismissLabel?: string;
  children?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-0 shadow-xl backdrop:bg-zinc-900/30"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
      onClose={onClose}
    >
      {open && (
        <form
          className="space-y-3 p-4 text-left"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) onConfirm();
          }}
        >
          <h2 id={titleId} className="text-sm font-semibold text-zinc-900">
            {title}
          </h2>
          <div id={descriptionId} className="space-y-2 text-xs font-normal text-zinc-600">
            {description}
          </div>
          {children}
          {error !== null && (
            <p role="alert" className="rounded-md bg-red-50 p-2 text-xs font-normal text-red-700">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button onClick={onClose} disabled={busy} autoFocus={focusCancel}>
              {dismissLabel}
            </Button>
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? busyLabel : confirmLabel}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}

"use client";

import { useState } from "react";

interface Mutation<TInput> {
  reset(): void;
  mutateAsync(input: TInput): Promise<unknown>;
}

/**
 * The state of a button that asks before it acts (for a ConfirmDialog): `show` opens the dialog with the last
 * error cleared; `confirm` runs the mutation, then closes the dialog and runs `after` (refresh what changed).
 * A failure leaves the dialog open, where the mutation's `error` is shown, so the user can retry or cancel.
 */
export function useConfirmedMutation<TInput>(mutation: Mutation<TInput>, after: () => unknown) {
  const [open, setOpen] = useState(false);
  return {
    open,
    show: () => {
      mutation.reset();
      setOpen(true);
    },
    close: () => setOpen(false),
    confirm: async (input: TInput) => {
      try {
        await mutation.mutateAsync(input);
        setOpen(false);
        await after();
      } catch {
        // Shown from the mutation's error in the dialog, which stays open.
      }
    },
  };
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";

/**
 * The state of a settings list edited in place: which row (or the new one) has its form open, which row is
 * being deleted, and the last sentence saying what was done. Opening a form clears the previous attempt's
 * errors (`reset` each mutation) so an old refusal never shows under a new form.
 */
export function useEditInPlace<Row>(resets: ReadonlyArray<() => void>) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    editing,
    deleting,
    done,
    close: () => setEditing(null),
    setDeleting,
    open(which: string | "new") {
      for (const reset of resets) reset();
      setDone(null);
      setEditing(which);
    },
    /** After a save or delete: closes the form, says what happened, reloads the server-rendered list. */
    finish(message: string) {
      setEditing(null);
      setDeleting(null);
      setDone(message);
      router.refresh();
    },
  };
}

import type { ReactNode } from "react";
import { Info } from "lucide-react";

/** A quiet aside: how to read what is shown. */
export function Note({ children }: { children: ReactNode }) {
  return (
    <p className="mb-4 flex items-start gap-2 rounded-md bg-sky-50 px-3 py-2 text-xs text-sky-900 ring-1 ring-inset ring-sky-200">
      <Info className="mt-px size-3.5 shrink-0 text-sky-600" aria-hidden />
      <span>{children}</span>
    </p>
  );
}

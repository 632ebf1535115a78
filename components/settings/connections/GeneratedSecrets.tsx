"use client";

import { KeyRound } from "lucide-react";
import type { ReactNode } from "react";
import { CopyButton } from "./CopyButton";
import type { TConnectionKindOption } from "./types";

/**
 * The secrets the studio made up for a connection, shown this once, right after the save that made them: the page
 * never has them again, so the admin copies them into the sending system now.
 */
export function GeneratedSecrets({ kind, secrets, children }: { kind: TConnectionKindOption; secrets: Record<string, string>; children?: ReactNode }) {
  const entries = Object.entries(secrets);
  return (
    <div role="region" aria-label="Copy your new secret" className="space-y-3 rounded-lg bg-amber-50 p-4 text-[13px] ring-1 ring-amber-200">
      <p className="flex items-start gap-2 font-medium text-amber-900">
        <KeyRound className="mt-0.5 size-4 shrink-0" aria-hidden />
        Copy {entries.length === 1 ? "this secret" : "these secrets"} now: the studio shows {entries.length === 1 ? "it" : "them"} only this once.
      </p>
      {entries.map(([key, value]) => {
        const label = kind.fields.find((f) => f.key === key)?.label ?? key;
        return (
          <div key={key}>
            <h3 className="text-xs font-medium text-zinc-600">{label}</h3>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <code data-secret={key} className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-zinc-900 ring-1 ring-inset ring-amber-200">
                {value}
              </code>
              <CopyButton text={value} what={label.toLowerCase()} />
            </div>
          </div>
        );
      })}
      {children}
    </div>
  );
}

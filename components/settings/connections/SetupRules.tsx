"use client";

import { CopyButton } from "./CopyButton";
import type { TSetupGuideView } from "./types";

type TRule = NonNullable<TSetupGuideView["rules"]>[number];

/**
 * The triggers or rules to create in the helpdesk, one block each: a helpdesk that cannot say why it fired needs one
 * rule per event, and each has its own name, conditions and body to paste.
 */
export function SetupRules({ rules }: { rules: readonly TRule[] }) {
  return (
    <div>
      <h3 className="text-xs font-medium text-zinc-500">Rules to create ({rules.length})</h3>
      <ol className="mt-1 space-y-2">
        {rules.map((rule, i) => (
          <li key={rule.name}>
            <details className="group rounded ring-1 ring-zinc-200" open={i === 0}>
              <summary className="cursor-pointer select-none px-3 py-2 font-medium text-zinc-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                {i + 1}. {rule.name}
              </summary>
              <div className="space-y-3 border-t border-zinc-200 px-3 py-2">
                <div className="flex items-center gap-2">
                  <span className="text-xs text-zinc-500">Name</span>
                  <code className="rounded bg-zinc-50 px-1.5 py-0.5 font-mono text-xs text-zinc-900">{rule.name}</code>
                  <CopyButton text={rule.name} what={`name of “${rule.name}”`} />
                </div>
                {rule.conditions.length > 0 && (
                  <div>
                    <div className="flex items-center justify-between gap-2">
                      <span className="text-xs text-zinc-500">Conditions</span>
                      <CopyButton text={rule.conditions.join("\n")} what={`conditions of “${rule.name}”`} />
                    </div>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-zinc-800">
                      {rule.conditions.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {rule.webhookBody !== undefined && (
                  <div>
                    <div className="flex items-center justify-between gap-2">
                      <span className="text-xs text-zinc-500">Webhook body (JSON)</span>
                      <CopyButton text={rule.webhookBody} what={`body of “${rule.name}”`} />
                    </div>
                    <pre
                      className="mt-1 max-h-60 overflow-auto rounded bg-zinc-50 p-3 font-mono text-xs text-zinc-900 ring-1 ring-inset ring-zinc-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                      tabIndex={0}
                      aria-label={`Webhook body of ${rule.name}`}
                    >
                      {rule.webhookBody}
                    </pre>
                  </div>
                )}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

"use client";

import { CopyButton } from "./CopyButton";
import { SetupRules } from "./SetupRules";
import type { TSetupGuideView } from "./types";

/**
 * What to paste into the helpdesk: the webhook address, the steps, the exact webhook body, the trigger conditions,
 * and any further bodies or code to copy.
 */
export function SetupGuidePanel({ guide, title }: { guide: TSetupGuideView; title: string }) {
  return (
    <div className="space-y-4 rounded-lg bg-white p-4 text-[13px] ring-1 ring-zinc-200">
      <div>
        <h3 className="text-xs font-medium text-zinc-500">Webhook address</h3>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-900 ring-1 ring-inset ring-zinc-200">{guide.webhookUrl}</code>
          <CopyButton text={guide.webhookUrl} what="webhook address" />
        </div>
        <p className="mt-1 text-xs text-zinc-500">{title} must be able to reach this address; behind a proxy, set STUDIO_PUBLIC_URL to the studio’s public address.</p>
      </div>
      {guide.steps.length > 0 && (
        <div>
          <h3 className="text-xs font-medium text-zinc-500">Steps</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-zinc-800">
            {guide.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </div>
      )}
      {guide.rules !== undefined && guide.rules.length > 0 && <SetupRules rules={guide.rules} />}
      {/* With rules, each carries its own body: one more copy of the first would only confuse. */}
      {guide.webhookBody !== undefined && !(guide.rules !== undefined && guide.rules.length > 0) && (
        <div>
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-xs font-medium text-zinc-500">Webhook body (JSON)</h3>
            <CopyButton text={guide.webhookBody} what="webhook body" />
          </div>
          <pre className="mt-1 max-h-72 overflow-auto rounded bg-zinc-50 p-3 font-mono text-xs text-zinc-900 ring-1 ring-inset ring-zinc-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500" tabIndex={0} aria-label="Webhook body">
            {guide.webhookBody}
          </pre>
        </div>
      )}
      {guide.conditions !== undefined && guide.conditions.length > 0 && (
        <div>
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-xs font-medium text-zinc-500">Conditions</h3>
            <CopyButton text={guide.conditions.join("\n")} what="conditions" />
          </div>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-zinc-800">
            {guide.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {guide.examples?.map((example) => (
        <div key={example.title}>
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-xs font-medium text-zinc-500">{example.title}</h3>
            <CopyButton text={example.code} what={`example “${example.title}”`} />
          </div>
          <pre className="mt-1 max-h-72 overflow-auto rounded bg-zinc-50 p-3 font-mono text-xs text-zinc-900 ring-1 ring-inset ring-zinc-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500" tabIndex={0} aria-label={example.title}>
            {example.code}
          </pre>
        </div>
      ))}
    </div>
  );
}

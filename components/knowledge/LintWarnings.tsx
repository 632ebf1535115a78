import { TriangleAlert } from "lucide-react";
import type { LintWarning } from "@/lib/knowledge/lint-article";

const NAMES: Record<LintWarning["code"], string> = {
  "long-paragraph": "Long paragraph",
  "missing-headings": "No headings",
  "answer-late": "Answer not at the top",
  "too-long": "Very long",
  "broken-link": "Broken link",
  "empty-section": "Empty section",
};

export function LintWarnings({ warnings }: { warnings: LintWarning[] }) {
  if (warnings.length === 0) return <p className="text-[13px] text-emerald-700">The structure looks good: the answer comes first and the text is easy to scan.</p>;
  return (
    <ul aria-label="Structure warnings" className="space-y-1.5">
      {warnings.map((w, i) => (
        <li key={i} className="flex items-start gap-2 text-[13px] text-amber-900">
          <TriangleAlert className="mt-0.5 size-3.5 shrink-0 text-amber-600" aria-hidden />
          <span>
            <span className="font-medium">{NAMES[w.code]}:</span> {w.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

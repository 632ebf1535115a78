import { alternativesSentence, detailKeyWords } from "./trace-words";

/**
 * A step's details (scores, thresholds, the cases tried) as a compact list. The interpreter writes free-form
 * JSON here, so values are shown by shape: numbers rounded, short lists inline, rule verdicts one per line; a
 * classification's runner-up intents read as a sentence below the list.
 */
export function TraceDetails({ details }: { details: Record<string, unknown> }) {
  const alternatives = alternativesSentence(details.alternatives);
  const rows = Object.entries(details).filter(([key]) => !(key === "alternatives" && alternatives !== null));
  return (
    <div className="mt-1 rounded bg-zinc-50 px-2 py-1 text-[11px] text-zinc-700">
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-zinc-500">{detailKeyWords(key)}</dt>
            <dd className="min-w-0 whitespace-pre-line break-words">{describeValue(value)}</dd>
          </div>
        ))}
      </dl>
      {alternatives !== null && <p className="mt-0.5">{alternatives}</p>}
    </div>
  );
}

const MAX_TEXT = 400;

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, "");
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.map(describeValue).join(", ");
  // Rules checked by a condition and cases tried by a switch: one verdict per line.
  if (Array.isArray(value) && value.length > 0 && value.every(isVerdict)) return value.map(describeVerdict).join("\n");
  // What held for a handoff: each criterion in words, with the value the run saw.
  if (Array.isArray(value) && value.length > 0 && value.every(isHeld)) return cut(value.map((v) => (v.was ? `${v.says} (was ${v.was})` : v.says)).join("\n"));
  // Cited articles and the like: their titles, not their ids.
  if (Array.isArray(value) && value.length > 0 && value.every(isTitled)) return cut(value.map((v) => v.title).join(", "));
  if (Array.isArray(value)) return cut(value.map(describeValue).join("\n"));
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${detailKeyWords(k)}: ${typeof v === "object" && v !== null ? "…" : describeValue(v)}`);
    return cut(parts.join("; "));
  }
  return cut(String(value));
}

function isHeld(v: unknown): v is { says: string; was?: string | null } {
  return typeof v === "object" && v !== null && typeof (v as { says?: unknown }).says === "string";
}

function isTitled(v: unknown): v is { title: string } {
  return typeof v === "object" && v !== null && typeof (v as { title?: unknown }).title === "string";
}

type Verdict = { matched: boolean; negated?: unknown; rule?: unknown; case?: unknown; actual?: unknown };

function isVerdict(v: unknown): v is Verdict {
  return typeof v === "object" && v !== null && typeof (v as Verdict).matched === "boolean" && (typeof (v as Verdict).rule === "string" || typeof (v as Verdict).case === "string");
}

function describeVerdict(v: Verdict): string {
  // A negated rule passes when its inner test does not match, as the step's reason reads it ("✓ not: …").
  const negated = v.negated === true;
  const mark = v.matched !== negated ? "✓" : "✗";
  if (typeof v.case === "string") return `${mark} case "${v.case}"`;
  const rule = `${negated ? "not: " : ""}${String(v.rule)}`;
  return "actual" in v ? `${mark} ${rule} (was ${describeValue(v.actual)})` : `${mark} ${rule}`;
}

"use client";

import { useId, useState } from "react";
import { Badge, type Tone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { plural } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import type { RouterOutputs } from "@/server/api/root";
import type { TTier } from "@/workflows/model/tier-map";
import { countsPerTier, TIER_NAMES, TIERS, type TierMapDraft } from "./tier-map-draft";

type TierMapCategory = RouterOutputs["tierMap"]["get"]["categories"][number];

export const TIER_TONES: Record<TTier, Tone> = { 1: "green", 2: "blue", 3: "amber" };
const SELECT = "h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:bg-zinc-50 disabled:text-zinc-600";

export function tierLabel(tier: TTier): string {
  return `Tier ${tier} ${TIER_NAMES[tier]}`;
}

/**
 * Every category of the history with its volume, the audit's suggestion and the confirmed tier. A
 * category left unconfirmed gets the map's default tier; the select says which.
 */
export function CategoryTierTable({
  categories,
  draft,
  readOnly,
  hasSuggestions,
  onTier,
  onAcceptAll,
}: {
  categories: readonly TierMapCategory[];
  draft: TierMapDraft;
  readOnly: boolean;
  hasSuggestions: boolean;
  onTier: (category: string, tier: TTier | null) => void;
  onAcceptAll: () => void;
}) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const needle = filter.trim().toLowerCase();
  const shown = needle === "" ? categories : categories.filter((c) => c.category.toLowerCase().includes(needle));
  const counts = countsPerTier(draft, categories);
  const pending = categories.filter((c) => c.suggested !== null && draft.tiers[c.category] !== c.suggested.tier).length;

  return (
    <div className="space-y-3">
      <ul aria-label="Categories per tier" className="flex flex-wrap gap-2 text-xs">
        {counts.map((c) => (
          <li key={String(c.tier)} className="rounded-md bg-white px-2.5 py-1.5 ring-1 ring-zinc-200">
            {c.tier === null ? <Badge>Not confirmed</Badge> : <Badge tone={TIER_TONES[c.tier]}>{tierLabel(c.tier)}</Badge>}
            <span className="ml-2 tabular-nums text-zinc-700">
              {c.categories} {c.categories === 1 ? "category" : "categories"} · {plural(c.tickets, "ticket")}
            </span>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <label htmlFor={filterId} className="block text-[11px] font-medium text-zinc-600">
            Filter categories
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="e.g. card"
            className="mt-1 h-7 w-64 rounded-md border border-zinc-300 bg-white px-2 text-xs focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
          />
        </div>
        {!readOnly && (
          <Button size="sm" onClick={onAcceptAll} disabled={!hasSuggestions || pending === 0} title={hasSuggestions ? undefined : "Run the audit first"}>
            Accept all suggestions{hasSuggestions && pending > 0 ? ` (${pending})` : ""}
          </Button>
        )}
      </div>
      <Table aria-label="Tier map">
        <THead>
          <tr>
            <TH>Category</TH>
            <TH className="text-right">Tickets</TH>
            <TH>Suggested</TH>
            <TH>Why</TH>
            <TH>Confirmed tier</TH>
          </tr>
        </THead>
        <TBody>
          {shown.length === 0 ? (
            <tr>
              <TD colSpan={5} className="py-6 text-center text-zinc-500">
                {categories.length === 0 ? "No categories yet: import ticket history or run the audit to categorise it." : `No category matches "${filter.trim()}".`}
              </TD>
            </tr>
          ) : (
            shown.map((c) => <CategoryRow key={c.category} category={c} tier={draft.tiers[c.category] ?? null} defaultTier={draft.defaultTier} readOnly={readOnly} onTier={onTier} />)
          )}
        </TBody>
      </Table>
      {needle !== "" && shown.length > 0 && (
        <p className="text-xs text-zinc-500" aria-live="polite">
          Showing {shown.length} of {categories.length} categories.
        </p>
      )}
    </div>
  );
}

function CategoryRow({
  category: c,
  tier,
  defaultTier,
  readOnly,
  onTier,
}: {
  category: TierMapCategory;
  tier: TTier | null;
  defaultTier: TTier;
  readOnly: boolean;
  onTier: (category: string, tier: TTier | null) => void;
}) {
  const differs = c.suggested !== null && tier !== null && tier !== c.suggested.tier;
  return (
    <TR>
      <TD className="font-medium">{c.category}</TD>
      <TD className="text-right tabular-nums">{c.tickets.toLocaleString("en-US")}</TD>
      <TD>{c.suggested === null ? <span className="text-zinc-400">—</span> : <Badge tone={TIER_TONES[c.suggested.tier]}>{tierLabel(c.suggested.tier)}</Badge>}</TD>
      <TD className="max-w-md text-xs text-zinc-600">
        {c.suggested === null || c.suggested.reasons.length === 0 ? (
          <span className="text-zinc-400">—</span>
        ) : (
          <ul className="list-disc space-y-0.5 pl-4">
            {c.suggested.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </TD>
      <TD>
        <select
          aria-label={`Tier for ${c.category}`}
          className={SELECT}
          value={tier === null ? "" : String(tier)}
          disabled={readOnly}
          onChange={(e) => onTier(c.category, e.target.value === "" ? null : (Number(e.target.value) as TTier))}
        >
          <option value="">Not confirmed (default: Tier {defaultTier})</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {tierLabel(t)}
            </option>
          ))}
        </select>
        {differs && <p className="mt-1 text-[11px] text-zinc-500">Differs from the suggestion</p>}
      </TD>
    </TR>
  );
}

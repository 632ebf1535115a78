"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { CUSTOMER_TURNS_RANGE, REPEAT_CONTACTS_RANGE, type TEscalationCriteria, type TTier } from "@/workflows/model/tier-map";
import { KeywordChips } from "./KeywordChips";
import { customerTurnsProblem, repeatContactsProblem, TIERS } from "./tier-map-draft";
import { tierLabel } from "./CategoryTierTable";

const CARD = "space-y-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200";
const REPEAT_DEFAULT = 3;
/** Three answers from the AI and the customer is still writing: the point where a person usually does better. */
const TURNS_DEFAULT = 3;

/**
 * The criteria that send any ticket to a human (tier 3) whatever its category, and the tier for
 * categories nobody confirmed. A set-tier node that uses the map checks these first.
 */
export function EscalationCriteriaForm({
  criteria,
  defaultTier,
  readOnly,
  onChange,
  onDefaultTier,
}: {
  criteria: TEscalationCriteria;
  defaultTier: TTier;
  readOnly: boolean;
  onChange: (patch: Partial<TEscalationCriteria>) => void;
  onDefaultTier: (tier: TTier) => void;
}) {
  const defaultId = useId();
  const repeatOn = criteria.repeatContacts24h !== null;
  // Maps saved before the conversation criteria existed have neither: off.
  const turnsOn = (criteria.customerTurns ?? null) !== null;
  return (
    <fieldset className={CARD} disabled={readOnly}>
      <legend className="sr-only">Escalation criteria</legend>
      <p className="text-xs text-zinc-600">Any criterion that holds sends the ticket to Tier 3 (a human), whatever its category.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Toggle checked={criteria.humanRequest} onChange={(v) => onChange({ humanRequest: v })} label="Asks for a human" hint="The customer asks to talk to a person." />
        <Toggle checked={criteria.negativeSentiment} onChange={(v) => onChange({ negativeSentiment: v })} label="Negative sentiment" hint="The ticket reads as frustrated or angry." />
        <Toggle checked={criteria.enterprise} onChange={(v) => onChange({ enterprise: v })} label="Enterprise account" hint="The customer is on an enterprise plan." />
      </div>
      <KeywordChips value={criteria.keywords} onChange={(keywords) => onChange({ keywords })} disabled={readOnly} />
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <Toggle
            checked={repeatOn}
            onChange={(v) => onChange({ repeatContacts24h: v ? REPEAT_DEFAULT : null })}
            label="Repeat contacts"
            hint="The same customer wrote this often within 24 hours, this ticket included."
          />
          <ThresholdInput
            value={criteria.repeatContacts24h ?? REPEAT_DEFAULT}
            disabled={readOnly || !repeatOn}
            onChange={(n) => onChange({ repeatContacts24h: n })}
            range={REPEAT_CONTACTS_RANGE}
            problemOf={repeatContactsProblem}
            lead="Escalate at"
            tail="contacts or more in 24 h"
          />
        </div>
        <div>
          <Toggle
            checked={turnsOn}
            onChange={(v) => onChange({ customerTurns: v ? TURNS_DEFAULT : null })}
            label="Long back-and-forth"
            hint="The customer kept writing to the AI before any person replied; the first message counts as a turn."
          />
          <ThresholdInput
            value={criteria.customerTurns ?? TURNS_DEFAULT}
            disabled={readOnly || !turnsOn}
            onChange={(n) => onChange({ customerTurns: n })}
            range={CUSTOMER_TURNS_RANGE}
            problemOf={customerTurnsProblem}
            lead="Escalate after more than"
            tail="customer turns"
          />
        </div>
        <Toggle
          checked={criteria.repeatedQuestion === true}
          onChange={(v) => onChange({ repeatedQuestion: v })}
          label="Repeated question"
          hint={'The customer\'s latest reply says again what they already wrote, or says so ("again", "as I said").'}
        />
        <div>
          <label htmlFor={defaultId} className="block text-[13px] font-medium text-zinc-700">
            Default tier
          </label>
          <p className="text-xs text-zinc-500">For categories not confirmed above, and new ones.</p>
          <select
            id={defaultId}
            value={defaultTier}
            onChange={(e) => onDefaultTier(Number(e.target.value) as TTier)}
            className="mt-1 h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs disabled:bg-zinc-50"
          >
            {TIERS.map((t) => (
              <option key={t} value={t}>
                {tierLabel(t)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/**
 * Keeps what is typed ("1" on the way to "12") and reports only allowed whole numbers; anything else is said
 * next to the box (the saved value stays until the box holds an allowed one), and leaving the box restores it.
 */
function ThresholdInput({
  value,
  disabled,
  onChange,
  range,
  problemOf,
  lead,
  tail,
}: {
  value: number;
  disabled: boolean;
  onChange: (n: number) => void;
  range: { readonly min: number; readonly max: number };
  problemOf: (typed: string) => string | null;
  lead: string;
  tail: string;
}) {
  const [text, setText] = useState(String(value));
  const id = useId();
  const problemId = useId();
  useEffect(() => setText(String(value)), [value]);
  const problem = disabled ? null : problemOf(text);
  return (
    <div className="mt-2 max-w-md">
      <label htmlFor={id} className="flex items-center gap-2 text-xs text-zinc-700">
        {lead}
        <input
          id={id}
          type="number"
          min={range.min}
          max={range.max}
          step={1}
          disabled={disabled}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (problemOf(e.target.value) === null) onChange(Number(e.target.value));
          }}
          onBlur={() => setText(String(value))}
          className={`h-7 w-16 rounded-md border bg-white px-2 text-xs tabular-nums disabled:bg-zinc-50 disabled:text-zinc-400 ${problem !== null ? "border-red-500" : "border-zinc-300"}`}
        />
        {tail} ({range.min}–{range.max})
      </label>
      {problem !== null && (
        <p id={problemId} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {problem} Until then the tier map keeps {value}.
        </p>
      )}
    </div>
  );
}

function Toggle({ checked, onChange, label, hint }: { checked: boolean; onChange: (v: boolean) => void; label: string; hint: ReactNode }) {
  const hintId = useId();
  return (
    <label className="flex items-start gap-2 text-[13px] text-zinc-800">
      <input type="checkbox" role="switch" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 size-4 accent-indigo-600" />
      <span>
        <span className="font-medium">{label}</span>
        <span id={hintId} className="block text-xs text-zinc-500">
          {hint}
        </span>
      </span>
    </label>
  );
}

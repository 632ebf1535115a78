"use client";

import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { placedErrors } from "@/components/ui/error-text";
import { Field, FormStatus, describedBy, errorsOf, inputClass } from "@/components/settings/form-parts";
import { ZSetTargetSchema, type TSetTarget, type TTargetKey } from "@/lib/targets/target-schema";
import { TARGET_HORIZONS, TARGET_METRICS, TARGET_METRIC_DEFS, targetDueOn, type TTargetMetric } from "@/workflows/metrics/targets";
import { formatDay, fromInput, toInput } from "./format";

const FIELDS = ["value", "note", "key.category", "key.horizonMonths"] as const;

/** What the form changes: nothing yet (a new target), or the version in force of one key. */
export type TFormSubject = { mode: "set" } | { mode: "change"; key: TTargetKey; version: number; value: number; label: string };

/**
 * Sets a target, or saves a new version of one. Checked as typed against the same schema the server uses, so the
 * sentences are the same; Escape cancels.
 */
export function TargetForm(props: { subject: TFormSubject; categories: string[]; today: string; onSaved: (message: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.targets.set.mutationOptions());
  const id = useId();
  const { subject } = props;
  const [metric, setMetric] = useState<TTargetMetric>(subject.mode === "change" ? subject.key.metric : "automation-rate");
  const [category, setCategory] = useState(subject.mode === "change" ? subject.key.category : "");
  const [horizon, setHorizon] = useState<number>(subject.mode === "change" ? subject.key.horizonMonths : 3);
  const [value, setValue] = useState(subject.mode === "change" ? toInput(subject.key.metric, subject.value) : "");
  const [note, setNote] = useState("");
  const [touched, setTouched] = useState(false);
  const def = TARGET_METRIC_DEFS[metric];
  const input = {
    key: { metric, category: def.perCategory ? category : "", horizonMonths: horizon },
    ...(subject.mode === "change" ? { expectedVersion: subject.version } : {}),
    value: fromInput(metric, value),
    ...(note.trim() === "" ? {} : { note }),
  };
  const local = touched ? errorsOf(ZSetTargetSchema, input) : {};
  const server = save.error ? placedErrors(save.error, FIELDS) : {};
  const errorFor = (field: (typeof FIELDS)[number]) => local[field] ?? server[field];
  const title = subject.mode === "set" ? "Set a target" : `Change the ${subject.label}`;

  return (
    <form
      aria-label={title}
      className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-xs"
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onCancel();
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (Object.keys(errorsOf(ZSetTargetSchema, input)).length > 0) return;
        try {
          const saved = await save.mutateAsync(input as TSetTarget);
          props.onSaved(subject.mode === "set" ? `Target set: version ${saved.version}.` : `Saved as version ${saved.version}.`);
        } catch {
          // Shown under its field, or below the form.
        }
      }}
    >
      <h2 className="text-sm font-semibold text-zinc-900">{title}</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={`${id}-metric`} label="Metric">
          <select id={`${id}-metric`} autoFocus={subject.mode === "set"} disabled={subject.mode === "change"} className={inputClass(undefined)} value={metric} onChange={(e) => setMetric(e.target.value as TTargetMetric)}>
            {TARGET_METRICS.map((m) => (
              <option key={m} value={m}>
                {TARGET_METRIC_DEFS[m].label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-category`} label="Tickets" error={errorFor("key.category")} hint={def.perCategory ? undefined : "This metric is set for all tickets."}>
          <select
            id={`${id}-category`}
            disabled={subject.mode === "change" || !def.perCategory}
            className={inputClass(errorFor("key.category"))}
            value={def.perCategory ? category : ""}
            onChange={(e) => setCategory(e.target.value)}
            {...describedBy(`${id}-category`, errorFor("key.category"), !def.perCategory)}
          >
            <option value="">All tickets</option>
            {props.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-horizon`} label="Due in" error={errorFor("key.horizonMonths")}>
          <select id={`${id}-horizon`} disabled={subject.mode === "change"} className={inputClass(errorFor("key.horizonMonths"))} value={horizon} onChange={(e) => setHorizon(Number(e.target.value))}>
            {TARGET_HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h} months ({formatDay(targetDueOn(props.today, h))})
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-value`} label={def.unit === "share" ? "Target (%)" : "Target (hours)"} error={errorFor("value")} hint={def.better === "higher" ? "Higher is better." : "Lower is better."}>
          <input
            id={`${id}-value`}
            autoFocus={subject.mode === "change"}
            inputMode="decimal"
            className={inputClass(errorFor("value"))}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onBlur={() => setTouched(true)}
            {...describedBy(`${id}-value`, errorFor("value"), true)}
          />
        </Field>
      </div>
      <Field id={`${id}-note`} label="Why (optional)" error={errorFor("note")}>
        <input id={`${id}-note`} className={inputClass(errorFor("note"))} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What the team plans to change to get there" />
      </Field>
      <FormStatus error={server.other ?? null} />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : subject.mode === "set" ? "Set target" : "Save new version"}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

"use client";

import { parseDuration, formatDuration } from "@/workflows/model";
import type { FormField } from "../lib/schema-fields";
import { NumberInput, Select, TagInput, TextInput } from "./inputs";
import { SpecialField } from "./SpecialField";

export interface FieldControlProps {
  id: string;
  field: Exclude<FormField, { control: "checkbox" }>;
  value: unknown;
  invalid: boolean;
  queues: readonly string[];
  onChange: (value: unknown) => void;
}

/** The input for one schema field; optional fields are removed from the config when emptied. */
export function FieldControl({ id, field, value, invalid, queues, onChange }: FieldControlProps) {
  const text = typeof value === "string" ? value : "";
  const emptyTo = (v: string) => onChange(v === "" && field.optional ? undefined : v);
  switch (field.control) {
    case "text":
      // A queue picked from the workspace's list beats a typo the compiler would reject later.
      if (field.key === "queue" && queues.length > 0) {
        return <Select id={id} value={text || undefined} allowEmpty={field.optional} invalid={invalid} options={queues.map((q) => ({ value: q, label: q }))} onChange={(v) => onChange(v ?? (field.optional ? undefined : ""))} />;
      }
      return <TextInput id={id} value={text} multiline={field.multiline} invalid={invalid} onChange={emptyTo} />;
    case "duration":
      return <TextInput id={id} value={text} placeholder="30m, 4h, 2d" invalid={invalid} onChange={emptyTo} />;
    case "number":
      return <NumberInput id={id} value={value} min={field.min} max={field.max} step={field.integer ? 1 : 0.05} invalid={invalid} onChange={onChange} />;
    case "select":
      return <Select id={id} value={value as string | number | undefined} options={field.options} allowEmpty={field.optional} invalid={invalid} onChange={onChange} />;
    case "tags":
      return <TagInput id={id} values={Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []} onChange={onChange} />;
    case "special":
      return <SpecialField editor={field.editor} value={value} onChange={onChange} />;
  }
}

/** "4h → 4 hours"-style confirmation under duration inputs, so a typo is visible before compiling. */
export function durationHint(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") return "e.g. 30m, 4h, 2d or 1h30m";
  const parsed = parseDuration(value);
  return parsed.ok ? `= ${formatDuration(parsed.ms)} · e.g. 30m, 4h, 2d` : "e.g. 30m, 4h, 2d or 1h30m";
}

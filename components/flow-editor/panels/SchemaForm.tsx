"use client";

import { useMemo } from "react";
import type { CompileError, TNodeKind } from "@/workflows/model";
import { errorsForField } from "../lib/error-index";
import { formFields, schemaMessages } from "../lib/schema-fields";
import type { EditorNodeData } from "../lib/types";
import { FieldControl, durationHint } from "./FieldControl";
import { FieldRow } from "./inputs";

interface Props {
  nodeId: string;
  kind: TNodeKind;
  data: EditorNodeData;
  errors: readonly CompileError[];
  queues: readonly string[];
  onChange: (data: EditorNodeData, key: string) => void;
}

/**
 * The config form of one node, generated from its kind's zod schema. Messages under each input come
 * from the schema (instant) plus the compiler's checks the schema cannot make (unknown queue, bad
 * regex, operator not for field); the compiler's copy of a schema message is not repeated.
 */
export function SchemaForm({ nodeId, kind, data, errors, queues, onChange }: Props) {
  const fields = formFields(kind);
  const messages = useMemo(() => schemaMessages(kind, data), [kind, data]);
  const set = (key: string, value: unknown) => {
    const next = { ...data };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next, key);
  };
  return (
    <div className="space-y-3">
      {fields.map((field) => {
        const id = `cfg-${nodeId}-${field.key}`;
        const compiled = errorsForField(errors, field.key).filter((e) => e.code !== "invalid-config").map((e) => e.message);
        const all = [...(messages.get(field.key) ?? []), ...compiled];
        const value = data[field.key] ?? field.defaultValue;
        if (field.control === "checkbox") {
          return (
            <label key={field.key} className="flex items-center gap-2 text-xs text-zinc-700">
              <input type="checkbox" className="size-3.5 accent-indigo-600" checked={value === true} onChange={(e) => set(field.key, e.target.checked)} />
              {field.label}
            </label>
          );
        }
        return (
          <FieldRow
            key={field.key}
            label={field.optional ? `${field.label} (optional)` : field.label}
            htmlFor={field.control === "special" ? undefined : id}
            hint={field.control === "duration" ? durationHint(value) : undefined}
            messages={all}
          >
            <FieldControl id={id} field={field} value={value} invalid={all.length > 0} queues={queues} onChange={(v) => set(field.key, v)} />
          </FieldRow>
        );
      })}
    </div>
  );
}

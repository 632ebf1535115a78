"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { fieldError } from "@/components/ui/error-text";
import { FieldError, inputClass } from "../form-parts";
import type { TDataSourceFormValues, TLookupFieldType } from "./types";

type Row = TDataSourceFormValues["fields"][number];
const TYPES: TLookupFieldType[] = ["string", "number", "boolean"];
const TYPE_LABEL: Record<TLookupFieldType, string> = { string: "Text", number: "Number", boolean: "Yes / no" };

/** The response schema as a table: each field's name (for templates), where it is in the answer, and its type. */
export function FieldsEditor({ id, rows, onChange, serverError }: { id: string; rows: Row[]; onChange: (rows: Row[]) => void; serverError: unknown }) {
  const set = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-[13px] font-medium text-zinc-700">Response fields</legend>
      <p id={`${id}-fields-hint`} className="text-xs text-zinc-500">
        What to read from the JSON answer. The path follows keys and list positions with dots: <code>order.status</code>, <code>items.0.name</code>. A
        field that is missing reads as empty; one of another type makes the lookup fail, so you notice.
      </p>
      {rows.length > 0 && (
        <table className="w-full text-left text-[13px]" aria-describedby={`${id}-fields-hint`}>
          <thead>
            <tr className="text-xs text-zinc-500">
              <th scope="col" className="pb-1 font-medium">Name</th>
              <th scope="col" className="pb-1 font-medium">Path in the answer</th>
              <th scope="col" className="pb-1 font-medium">Type</th>
              <th scope="col" className="sr-only">Remove</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const nameError = fieldError(serverError, `fields.${i}.name`);
              const pathError = fieldError(serverError, `fields.${i}.path`);
              return (
                <tr key={i} className="align-top">
                  <td className="pr-2 pb-2">
                    <input aria-label={`Field ${i + 1} name`} value={row.name} placeholder="status" spellCheck={false} onChange={(e) => set(i, { name: e.target.value })} className={inputClass(nameError, "mt-0")} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${id}-f${i}-name-error` : undefined} />
                    <FieldError id={`${id}-f${i}-name-error`} error={nameError} />
                  </td>
                  <td className="pr-2 pb-2">
                    <input aria-label={`Field ${i + 1} path`} value={row.path} placeholder="order.status" spellCheck={false} onChange={(e) => set(i, { path: e.target.value })} className={inputClass(pathError, "mt-0 font-mono")} aria-invalid={pathError ? true : undefined} aria-describedby={pathError ? `${id}-f${i}-path-error` : undefined} />
                    <FieldError id={`${id}-f${i}-path-error`} error={pathError} />
                  </td>
                  <td className="pr-2 pb-2">
                    <select aria-label={`Field ${i + 1} type`} value={row.type} onChange={(e) => set(i, { type: e.target.value as TLookupFieldType })} className={inputClass(undefined, "mt-0")}>
                      {TYPES.map((t) => (
                        <option key={t} value={t}>
                          {TYPE_LABEL[t]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="pb-2">
                    <Button size="sm" aria-label={`Remove field ${row.name || i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                      <Trash2 className="size-3.5" aria-hidden />
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Button size="sm" onClick={() => onChange([...rows, { name: "", path: "", type: "string" }])}>
        <Plus className="size-3.5" aria-hidden /> Add field
      </Button>
    </fieldset>
  );
}

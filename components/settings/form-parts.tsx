"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/errors/issue-sentences";
import { cx } from "@/components/ui/cx";

export const INPUT =
  "mt-1 block h-8 w-full rounded-md border-0 px-2.5 text-[13px] text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 focus:outline-none focus:ring-2 focus:ring-indigo-500 disabled:bg-zinc-50 disabled:text-zinc-500";
export const INPUT_INVALID = "ring-red-400 focus:ring-red-500";
export const LABEL = "block text-[13px] font-medium text-zinc-700";

/** The sentence for each invalid field of `value`, by dotted path ("hours.2.end"); empty when it is valid. */
export function errorsOf<S extends z.ZodType>(schema: S, value: unknown): FieldErrors {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
}

/** A labelled input with its sentence error below it, tied to the input for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-xs text-red-700">
      {error}
    </p>
  );
}

/** aria attributes of an input whose Field shows `error`. */
export function describedBy(id: string, error: string | undefined, hint?: boolean) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

export function inputClass(error: string | undefined, extra?: string): string {
  return cx(INPUT, error ? INPUT_INVALID : undefined, extra);
}

export function FormStatus({ error, done }: { error?: string | null; done?: string | null }) {
  return (
    <>
      {error && (
        <p role="alert" className="text-[13px] text-red-700">
          {error}
        </p>
      )}
      {done && !error && (
        <p role="status" className="text-[13px] text-emerald-700">
          {done}
        </p>
      )}
    </>
  );
}

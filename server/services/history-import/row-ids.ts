import "server-only";
import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A prefix for the ids of one batch's new rows; each row appends its index, zero-padded. Ids that grow with
 * time land at the right edge of the primary-key index, where random UUIDs would touch a random page of an
 * ever larger index on every insert: at 200,000 tickets that is the difference that matters most.
 */
export function batchIdPrefix(): string {
  counter = (counter + 1) % 36 ** 4;
  return `h${Date.now().toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(3).toString("hex")}`;
}

/** SQL for a row's id from the prefix parameter and the row's `n` (its index in the batch). */
export const rowIdSql = (prefixParam: string, row = "r") => `${prefixParam} || lpad(${row}.n::text, 6, '0')`;

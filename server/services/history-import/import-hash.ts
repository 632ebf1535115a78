import "server-only";
import { createHash } from "node:crypto";
import type { TImportTicket } from "../../../lib/history-import/import-record";

/**
 * A fingerprint of a record as imported. Stored on the ticket, so re-importing an unchanged record is
 * recognised in the database without comparing every column and message.
 */
export function importHashOf(ticket: TImportTicket): string {
  return createHash("sha1").update(JSON.stringify(ticket)).digest("base64url");
}

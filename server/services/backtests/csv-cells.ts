import "server-only";
/**
 * One CSV line (RFC 4180, CRLF) for a spreadsheet. A cell with a comma, quote or line break is quoted. A text
 * cell that starts like a formula (= + - @, or a tab or carriage return) gets a leading apostrophe: subjects are
 * written by customers, and a spreadsheet would otherwise run `=HYPERLINK(...)` typed into a ticket.
 */
export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

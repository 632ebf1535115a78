import "server-only";
import { SIGNAL_WINDOW_DAYS } from "@/lib/signals/view";
import type { TSignalExample, TSignalsReport } from "./signal-types";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const one = (x: number) => String(Math.round(x * 10) / 10);
const subjects = (examples: readonly TSignalExample[]) => examples.map((e) => e.subject).join(" | ");

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every signal as one CSV row: what it is, its figures and its example subjects. */
export function signalsCsv(report: TSignalsReport): string {
  const rows: Array<Array<string | number>> = [["signal", "name", "tickets", "expected", "repeat contacts", "escalated", "rate", "flagged", "how likely chance", "examples"]];
  for (const c of report.rising.categories) {
    rows.push(["rising category", c.category, c.observed, one(c.expected), "", "", "", c.rising ? "yes" : "no", c.chance, subjects(c.examples)]);
  }
  for (const a of report.friction.areas) {
    rows.push(["page area", a.area, a.tickets, one(a.expected), a.repeatContacts, a.escalated, "", a.rising ? "yes" : "no", a.chance, subjects(a.examples)]);
  }
  for (const r of report.repeats.categories) {
    rows.push(["repeat contacts", r.category, r.tickets, "", r.repeatContacts, "", pct(r.rate), "", "", subjects(r.examples)]);
  }
  if (report.unsure.ok) {
    for (const t of report.unsure.topics) rows.push(["possible new intent", t.terms.join(" "), t.size, "", "", "", "", "", "", subjects(t.examples)]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The signals as a Markdown document, for a wiki page or a message. `brief` keeps only what stands out (Slack). */
export function signalsMarkdown(report: TSignalsReport, options: { brief?: boolean } = {}): string {
  const { view, windows } = report;
  const current = windows.at(-1)!;
  const lines: string[] = [
    `# Business signals, ${current.from} to ${current.to}`,
    "",
    `The last ${SIGNAL_WINDOW_DAYS} days against the ${windows.length - 1} weeks before them (${view.origin === "all" ? "live and imported tickets" : `${view.origin} tickets only`}).`,
    "",
    "## Rising categories",
    "",
  ];
  const rising = report.rising.categories.filter((c) => c.rising);
  if (rising.length === 0) lines.push(`No category rose beyond its usual range (${report.rising.checked} checked, at least ${report.rising.minObserved} tickets needed).`);
  for (const c of rising) {
    lines.push(`- **${c.category}**: ${c.observed} tickets, ${one(c.expected)} expected, ${c.chance}.${examplesLine(c.examples, options)}`);
  }
  lines.push("", "## Friction by page", "");
  const areas = options.brief ? report.friction.areas.filter((a) => a.rising) : report.friction.areas;
  if (report.friction.ticketsWithPage === 0) lines.push("No ticket in these days says which page it came from.");
  else if (areas.length === 0) lines.push("No page area rose beyond its usual range.");
  for (const a of areas) {
    lines.push(`- **${a.area}**: ${a.tickets} tickets (${one(a.expected)} expected${a.rising ? `, ${a.chance}` : ""}), ${a.escalated} escalated, ${a.repeatContacts} repeat contacts.${examplesLine(a.examples, options)}`);
  }
  lines.push("", "## Repeat contacts by category", "");
  const repeats = options.brief ? report.repeats.categories.slice(0, 3) : report.repeats.categories;
  if (repeats.length === 0) lines.push("No customer came back about the same issue.");
  for (const r of repeats) {
    lines.push(`- **${r.category}**: ${r.repeatContacts} of ${r.tickets} tickets (${pct(r.rate)}, likely between ${pct(r.low)} and ${pct(r.high)}).${examplesLine(r.examples, options)}`);
  }
  lines.push("", "## Possible new intents", "");
  if (!report.unsure.ok) lines.push(`Could not group unsure tickets: ${report.unsure.message}`);
  else if (report.unsure.topics.length === 0) lines.push(`No group of ${report.unsure.minSize} or more unsure tickets says the same thing (${report.unsure.unsure} unsure tickets in the last ${report.unsure.windowDays} days).`);
  else for (const t of report.unsure.topics) lines.push(`- **${t.terms.slice(0, 3).join(" ")}**: ${t.size} tickets${t.nearestIntent ? `, nearest intent ${t.nearestIntent}` : ""}.${examplesLine(t.examples, options)}`);
  return lines.join("\n") + "\n";
}

function examplesLine(examples: readonly TSignalExample[], options: { brief?: boolean }): string {
  if (options.brief || examples.length === 0) return "";
  return ` For example: ${examples.map((e) => `"${e.subject.replace(/"/g, "'")}"`).join(", ")}.`;
}

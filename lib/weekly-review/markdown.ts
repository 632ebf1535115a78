import { reviewDocument, type TReviewState, type TSpan } from "./document";

/** Markdown's own characters in text people wrote (subjects, titles, notes), so they print as written. */
function escape(text: string): string {
  return text.replace(/([\\`*[\]<>|])/g, "\\$1");
}

function spans(line: TSpan[]): string {
  return line.map((s) => (s.href ? `[${escape(s.text)}](${s.href})` : escape(s.text))).join("");
}

function stamp(by: string, at: string): string {
  return `${by}, ${at.slice(0, 16).replace("T", " ")} UTC`;
}

/** The review as a Markdown file: items as task-list entries, checked where a reviewer checked them off. */
export function reviewMarkdown(state: TReviewState, origin: string): string {
  const out: string[] = [];
  for (const block of reviewDocument(state, origin)) {
    if (block.kind === "heading") out.push("", `${"#".repeat(block.level)} ${escape(block.text)}`, "");
    else if (block.kind === "paragraph") out.push(escape(block.text), "");
    else {
      const checked = block.checked ? ` _(checked by ${stamp(block.checked.by, block.checked.at)})_` : "";
      out.push(`- [${block.checked ? "x" : " "}] ${escape(block.title)}${checked}`);
      for (const line of block.lines) out.push(`  - ${spans(line)}`);
      if (block.note) out.push(`  > **Note** (${stamp(block.note.by, block.note.at)}): ${escape(block.note.text).replace(/\n/g, "\n  > ")}`);
    }
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

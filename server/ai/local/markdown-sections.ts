import "server-only";
/**
 * An article body split into sections at its `#`, `##` and `###` headings, so retrieval can point at the
 * paragraph that answers the question instead of a whole article. Deeper headings (####+) stay inside their
 * section's text. A first-level heading that repeats the article title is the article's intro, not a
 * section of its own.
 */
export interface TMarkdownSection {
  /** null for the text before the first heading (or under a heading that repeats the title). */
  heading: string | null;
  /** The heading with its parents ("Fees > Transfers abroad"), for indexing and display. */
  path: string | null;
  text: string;
}

const HEADING = /^(#{1,3})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function splitMarkdownSections(body: string, title = ""): TMarkdownSection[] {
  const sections: TMarkdownSection[] = [];
  const parents: string[] = [];
  let current: { heading: string | null; path: string | null; lines: string[] } = { heading: null, path: null, lines: [] };
  let inFence = false;
  const close = () => {
    const text = current.lines.join("\n").trim();
    if (text) sections.push({ heading: current.heading, path: current.path, text });
  };
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (!m) {
      current.lines.push(line);
      continue;
    }
    close();
    const level = m[1]!.length;
    const heading = m[2]!.trim();
    parents.length = level - 1;
    const isTitle = level === 1 && sameText(heading, title);
    parents[level - 1] = isTitle ? "" : heading;
    const path = parents.filter((p) => p).join(" > ");
    current = { heading: isTitle ? null : heading, path: isTitle ? null : path || null, lines: [] };
  }
  close();
  return sections;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(a) === norm(b);
}

/**
 * Cuts an article into the pieces the Markdown parser reads one at a time, so that reading grows with the
 * article's length and no article can stall the server. The parser (micromark, under mdast-util-from-markdown)
 * is CommonMark-exact but does more than linear work in a few places: a line of hundreds of nested list or quote
 * markers, and a paragraph full of `*`, `_`, `[` or `]` (each closer looks back over every opener). Bounding the
 * piece it reads, the nesting a line may open and the markers a piece may hold bounds each parse; an ordinary
 * article never reaches these bounds and reads exactly as CommonMark says.
 */

/** A piece is closed at the first blank line after this many characters (outside a code fence). */
export const CHUNK_CHARS = 2000;
/** Past twice that without a blank line, it is closed at the next line anyway. */
const HARD_CHUNK_CHARS = 2 * CHUNK_CHARS;
/** Containers (quotes, list items) one line may open; deeper markers are dropped. */
export const MAX_LINE_NESTING = 8;
/** Emphasis markers (`*`, `_`), brackets and backticks a piece may hold; later ones are read as the characters themselves. */
export const MAX_MARKERS = 400;

/**
 * Stand-ins for markers past the budget while the parser reads the piece: Unicode noncharacters, which no text
 * exchanged between programs contains, so putting the markers back (`restoreMarkers`) gives the article's own text.
 * A backslash escape would mean the same to the parser, but the parser reads escapes many times slower than text.
 */
const STAND_IN: Record<string, string> = { "*": "\uFDD0", _: "\uFDD1", "[": "\uFDD2", "]": "\uFDD3", "`": "\uFDD4" };
const MARKER_OF: Record<string, string> = Object.fromEntries(Object.entries(STAND_IN).map(([marker, standIn]) => [standIn, marker]));
const STAND_INS = /[\uFDD0-\uFDD4]/g;

export function restoreMarkers(text: string): string {
  return text.replace(STAND_INS, (ch) => MARKER_OF[ch] ?? ch);
}

export interface MdChunk {
  text: string;
  /** The article line the piece's first line is. */
  firstLine: number;
  /** Whether markers past the budget were set aside (then `restoreMarkers` must be applied to what is read). */
  setAside: boolean;
}

interface Fence {
  char: string;
  length: number;
  opener: string;
}

export function chunksOf(markdown: string): MdChunk[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const chunks: MdChunk[] = [];
  let current: string[] = [];
  let size = 0;
  let firstLine = 1;
  let fence: Fence | null = null;
  const close = (nextLine: number) => {
    if (current.length > 0) chunks.push({ firstLine, ...bounded(current) });
    current = [];
    size = 0;
    firstLine = nextLine;
  };
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.length > HARD_CHUNK_CHARS) {
      // One line longer than a whole piece: read it alone, in pieces.
      close(lineNo);
      for (let at = 0; at < raw.length; at += HARD_CHUNK_CHARS) chunks.push({ firstLine: lineNo, ...bounded([capNesting(raw.slice(at, at + HARD_CHUNK_CHARS))]) });
      firstLine = lineNo + 1;
      return;
    }
    const line = fence === null ? capNesting(raw) : raw;
    if (fence === null) fence = fenceOpening(line);
    else if (closesFence(line, fence)) fence = null;
    current.push(line);
    size += line.length + 1;
    if ((size >= CHUNK_CHARS && fence === null && line.trim() === "") || size >= HARD_CHUNK_CHARS) {
      close(lineNo + 1);
      if (fence !== null) {
        // Cut inside a code block: the next piece reopens it, so the code stays code.
        current.push(fence.opener);
        firstLine = lineNo;
      }
    }
  });
  close(lines.length + 1);
  return chunks;
}

function fenceOpening(line: string): Fence | null {
  const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (m === null) return null;
  if (m[1]![0] === "`" && line.slice(m[0].length).includes("`")) return null; // an info string with ` is not a fence
  return { char: m[1]![0]!, length: m[1]!.length, opener: m[0] };
}

function closesFence(line: string, fence: Fence): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1]![0] === fence.char && m[1]!.length >= fence.length;
}

/** The line with container markers past MAX_LINE_NESTING removed; one pass, no backtracking. */
export function capNesting(line: string): string {
  let i = 0;
  let depth = 0;
  let cut = -1;
  for (;;) {
    let j = i;
    while (j < i + 3 && line[j] === " ") j++;
    const ch = line[j];
    let end = -1;
    if (ch === ">") end = line[j + 1] === " " || line[j + 1] === "\t" ? j + 2 : j + 1;
    else if ((ch === "-" || ch === "+" || ch === "*") && (line[j + 1] === " " || line[j + 1] === "\t")) end = j + 2;
    else {
      let k = j;
      while (k < j + 9 && line[k]! >= "0" && line[k]! <= "9") k++;
      if (k > j && (line[k] === "." || line[k] === ")") && (line[k + 1] === " " || line[k + 1] === "\t")) end = k + 2;
    }
    if (end < 0) break;
    depth++;
    if (depth === MAX_LINE_NESTING) cut = end;
    i = end;
  }
  return cut < 0 || cut >= i ? line : line.slice(0, cut) + line.slice(i);
}

/** The piece's lines joined, with markers past their budget set aside (not in code fences). */
function bounded(lines: string[]): { text: string; setAside: boolean } {
  let markers = 0;
  let setAside = false;
  let fence: Fence | null = null;
  const out: string[] = [];
  for (const line of lines) {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      out.push(line);
      continue;
    }
    fence = fenceOpening(line);
    if (fence !== null || markers + line.length <= MAX_MARKERS) {
      // Cheap first: a line too short to pass the budget is only counted.
      if (fence === null) for (let i = 0; i < line.length; i++) if (STAND_IN[line[i]!] !== undefined) markers++;
      out.push(line);
      continue;
    }
    let text = "";
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      const standIn = STAND_IN[ch];
      if (standIn !== undefined && ++markers > MAX_MARKERS) {
        text += standIn;
        setAside = true;
      } else text += ch;
    }
    out.push(text);
  }
  return { text: out.join("\n"), setAside };
}

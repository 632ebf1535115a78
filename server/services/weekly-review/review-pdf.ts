import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { reviewDocument, type TReviewState } from "../../../lib/weekly-review/document";

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 50;
const WIDTH = PAGE.width - 2 * MARGIN;
const INDENT = 18;
const GREY = rgb(0.35, 0.35, 0.4);
const INK = rgb(0.1, 0.1, 0.12);

/** What the standard fonts cannot draw (they encode WinAnsi only), in letters they can. */
const SUBSTITUTES: Record<string, string> = { "→": "->", "−": "-", "≥": ">=", "≤": "<=", "\t": " " };

/**
 * The review as a PDF: the same content as the Markdown export, laid out on A4 with the standard Helvetica fonts
 * (embedded by name, so no font file ships with the app). Text the fonts cannot encode is replaced, never dropped.
 */
export async function reviewPdf(state: TReviewState, origin: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Weekly review ${state.snapshot.week}`);
  doc.setCreator("Flow studio");
  doc.setCreationDate(new Date(state.snapshot.builtAt));
  doc.setModificationDate(new Date(state.snapshot.builtAt));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/\r?\n/g, " ")].map((ch) => (drawable.has(ch.codePointAt(0)!) ? ch : (SUBSTITUTES[ch] ?? "?"))).join("");

  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const room = (needed: number) => {
    if (y - needed >= MARGIN) return;
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
  };
  const write = (text: string, opts: { font?: PDFFont; size?: number; indent?: number; color?: ReturnType<typeof rgb>; gapAfter?: number } = {}) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10;
    const x = MARGIN + (opts.indent ?? 0);
    const lineHeight = size * 1.35;
    for (const line of wrap(clean(text), font, size, WIDTH - (opts.indent ?? 0))) {
      room(lineHeight);
      y -= lineHeight;
      page.drawText(line, { x, y, size, font, color: opts.color ?? INK });
    }
    y -= opts.gapAfter ?? 0;
  };
  const checkbox = (checked: boolean) => {
    room(14);
    const top = y - 3;
    page.drawRectangle({ x: MARGIN, y: top - 9, width: 9, height: 9, borderColor: INK, borderWidth: 0.8 });
    if (checked) {
      page.drawLine({ start: { x: MARGIN + 1.8, y: top - 4.5 }, end: { x: MARGIN + 3.8, y: top - 7.2 }, thickness: 1.2, color: INK });
      page.drawLine({ start: { x: MARGIN + 3.8, y: top - 7.2 }, end: { x: MARGIN + 7.6, y: top - 1.5 }, thickness: 1.2, color: INK });
    }
  };

  for (const block of reviewDocument(state, origin)) {
    if (block.kind === "heading") {
      room(40);
      y -= block.level === 1 ? 0 : 10;
      write(block.text, { font: bold, size: block.level === 1 ? 18 : 13, gapAfter: 6 });
    } else if (block.kind === "paragraph") {
      write(block.text, { gapAfter: 6 });
    } else {
      checkbox(block.checked !== null);
      write(block.title, { font: bold, indent: INDENT });
      if (block.checked) write(`Checked by ${block.checked.by}, ${stamp(block.checked.at)}`, { indent: INDENT, size: 8.5, color: GREY });
      for (const line of block.lines) write(line.map((s) => s.text).join(""), { indent: INDENT + 8 });
      if (block.note) write(`Note (${block.note.by}, ${stamp(block.note.at)}): ${block.note.text}`, { indent: INDENT + 8, color: GREY });
      y -= 6;
    }
  }
  return doc.save();
}

function stamp(at: string): string {
  return `${at.slice(0, 16).replace("T", " ")} UTC`;
}

/** Greedy word wrap by measured width; a word wider than the line is cut where it overflows. */
export function wrap(text: string, font: Pick<PDFFont, "widthOfTextAtSize">, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

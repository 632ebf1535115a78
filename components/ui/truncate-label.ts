/** Average advance of an 11 px system-font character in chart axes, generous enough for underscores and capitals. */
const CHAR_PX_AT_11 = 6.4;

/**
 * A chart label cut to fit with an ellipsis ("rect_debit_payment_not_reco…"); the full text goes in a
 * tooltip. Cuts at a word boundary when one is close to the end, so names keep whole words where they can.
 */
export function truncateLabel(text: string, maxChars: number): string {
  const max = Math.max(2, Math.floor(maxChars));
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join("");
  const boundary = Math.max(head.lastIndexOf("_"), head.lastIndexOf(" "), head.lastIndexOf("-"));
  const cut = boundary >= max * 0.7 ? head.slice(0, boundary) : head;
  return `${cut.replace(/[\s_-]+$/, "")}…`;
}

/** How many characters fit in an axis of `widthPx` at `fontPx`. */
export function charsThatFit(widthPx: number, fontPx = 11): number {
  return Math.max(4, Math.floor(widthPx / (CHAR_PX_AT_11 * (fontPx / 11))));
}

/**
 * A word list (rule values, tags) with the words still being typed added at its end. The tag box reports
 * this on every keystroke, so a value typed but not yet confirmed with Enter is part of the draft that
 * autosave stores, and survives a reload.
 */
export function withTypedWords(committed: readonly string[], typed: string): string[] {
  const out = [...committed];
  for (const word of typed.split(",")) {
    const w = word.trim();
    if (w !== "" && !out.includes(w)) out.push(w);
  }
  return out;
}

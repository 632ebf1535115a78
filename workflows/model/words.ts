/**
 * A code key in words, for every place that names a key or a list item to people (diff lines, error sentences,
 * trace details, editor fields), so they all read a key the same way.
 */

/** "maxPassages" -> "Max passages", "repeat_contacts" -> "Repeat contacts"; digits stay as typed ("24h"). */
export function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One item of a list named in the plural: "Categories" -> "Category", "cases" -> "case"; "status" stays. Keeps the case. */
export function singular(words: string): string {
  if (words.endsWith("ies")) return `${words.slice(0, -3)}y`;
  if (/(ss|us)$/.test(words)) return words;
  return words.endsWith("s") ? words.slice(0, -1) : words;
}

/** Legend labels in the text colour, not the series colour: a light series' name would be unreadable. */
export function legendText(value: string) {
  return <span className="text-zinc-700">{value}</span>;
}

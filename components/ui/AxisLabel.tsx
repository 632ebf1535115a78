import { truncateLabel } from "./truncate-label";

/**
 * A category-axis tick for recharts that cuts a long name with an ellipsis to fit the axis, and keeps the
 * full name as the SVG title (the tooltip on hover). recharts passes x, y and payload.
 */
export function AxisLabel({
  x = 0,
  y = 0,
  payload,
  maxChars,
  anchor = "end",
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxChars: number;
  anchor?: "end" | "middle";
}) {
  const full = String(payload?.value ?? "");
  const shown = truncateLabel(full, maxChars);
  return (
    <g transform={`translate(${x},${y})`}>
      <title>{full}</title>
      <text x={anchor === "end" ? -4 : 0} dy={anchor === "end" ? 4 : 12} textAnchor={anchor} fontSize={11} fill="#52525b">
        {shown}
      </text>
    </g>
  );
}

import { GRAPH_LIMITS, countText } from "./limits";
import { singular } from "./words";

/**
 * Measures a step's settings (or a flow's settings) before anything parses them, so a value too deep, too
 * long or too large is refused with a sentence instead of overflowing a recursive parser or walk later. One
 * iterative pass with an explicit stack: its cost is linear in the value, whatever its shape.
 */
export interface BoundsProblem {
  /** Dotted path from the settings' root, e.g. "cases.1.label"; "" for the settings themselves. */
  field: string;
  /** What is too big and the bound, to follow "<step name>: ". */
  text: string;
}

interface Frame {
  value: unknown;
  parent: Frame | undefined;
  key: string | number | undefined;
  /** Containers from the root down to this value, this one included when it is one. */
  depth: number;
  /** Rule groups from the root down to this value, this one included when it is one. */
  groups: number;
}

interface Worst {
  frame: Frame;
  size: number;
}

export function settingsBoundsProblems(data: unknown, limits: typeof GRAPH_LIMITS = GRAPH_LIMITS): BoundsProblem[] {
  let deepest: Worst | undefined;
  let deepestGroups = 0;
  /** The first group nested deeper than allowed: where the error points. */
  let tooDeepGroup: Frame | undefined;
  let longList: Worst | undefined;
  let longText: Worst | undefined;
  let longKey: Worst | undefined;
  let rules = 0;

  const stack: Frame[] = [{ value: data, parent: undefined, key: undefined, depth: 0, groups: 0 }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value } = frame;
    if (typeof value === "string") {
      if (value.length > limits.textLength && longText === undefined) longText = { frame, size: value.length };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const depth = frame.depth + 1;
    if (deepest === undefined || depth > deepest.size) deepest = { frame, size: depth };
    if (Array.isArray(value)) {
      if (value.length > limits.listItems && longList === undefined) longList = { frame, size: value.length };
      // Pushed last to first, so the walk (and the first problem it finds) follows the document's order.
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, key: i, depth, groups: frame.groups });
      continue;
    }
    const kind = (value as { kind?: unknown }).kind;
    const groups = frame.groups + (kind === "group" ? 1 : 0);
    if (kind === "rule" || kind === "group") rules++;
    if (groups > deepestGroups) deepestGroups = groups;
    if (groups > limits.ruleGroupDepth && tooDeepGroup === undefined) tooDeepGroup = frame;
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (key.length > limits.textLength && longKey === undefined) longKey = { frame, size: key.length };
      stack.push({ value: (value as Record<string, unknown>)[key], parent: frame, key, depth, groups });
    }
  }

  const problems: BoundsProblem[] = [];
  if (deepest !== undefined && deepest.size > limits.dataDepth) {
    problems.push({ field: "", text: `its settings nest ${countText(deepest.size)} levels deep; settings can nest at most ${limits.dataDepth} levels` });
  }
  if (tooDeepGroup !== undefined) {
    const text = `its rule groups nest ${countText(deepestGroups)} deep; groups can nest at most ${limits.ruleGroupDepth} deep, so flatten some of them`;
    problems.push({ field: pathOf(tooDeepGroup), text });
  }
  if (rules > limits.rulesPerNode) {
    const text = `its conditions hold ${countText(rules)} rules and groups; one step can hold at most ${countText(limits.rulesPerNode)}, so split them over several steps`;
    problems.push({ field: "", text });
  }
  if (longList !== undefined) {
    const text = `${whereText(longList.frame)} has ${countText(longList.size)} items; a list can have at most ${countText(limits.listItems)}`;
    problems.push({ field: pathOf(longList.frame), text });
  }
  if (longText !== undefined) {
    const text = `${whereText(longText.frame)} is ${countText(longText.size)} characters long; a text can be at most ${countText(limits.textLength)} characters, so shorten it`;
    problems.push({ field: pathOf(longText.frame), text });
  }
  if (longKey !== undefined) {
    const text = `a name in ${whereText(longKey.frame)} is ${countText(longKey.size)} characters long; a name can be at most ${countText(limits.textLength)} characters`;
    problems.push({ field: pathOf(longKey.frame), text });
  }
  return problems;
}

/** The keys down to `frame`; none when the path is itself too long to show (it is in a value nested too deep). */
function keysOf(frame: Frame): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key);
  return keys.length > GRAPH_LIMITS.dataDepth ? [] : keys.reverse();
}

function pathOf(frame: Frame): string {
  return keysOf(frame).map(String).join(".");
}

/** ["cases", 1, "label"] → "case 2 › label"; the root is "its settings". Positions count from 1, as people do. */
function whereText(frame: Frame): string {
  const keys = keysOf(frame);
  if (keys.length === 0) return "its settings";
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const next = keys[i + 1];
    if (typeof key === "string" && typeof next === "number") {
      parts.push(`${singular(key)} ${next + 1}`);
      i++;
    } else {
      parts.push(typeof key === "number" ? `#${key + 1}` : key);
    }
  }
  return parts.join(" › ");
}

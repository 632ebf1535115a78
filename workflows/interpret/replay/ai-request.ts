import type { ActivityInputs } from "../activities";
import type { AiActivityName, AiRequest } from "./types";

/** The activities answered by a model in a backtest; every other one gets a simulated result. Takes any name: stored cache rows name theirs as text. */
export function isAiActivity(name: string): name is AiActivityName {
  return name === "classifyIntent" || name === "detectSentiment" || name === "draftReply";
}

/**
 * A request with its cache key. The known input shapes (what the interpreter sends) are keyed by their
 * fields joined with NUL, which no ticket id, intent or text contains in practice: `classifyIntent\0t1\0<text>`,
 * `draftReply\0t1\0<intent JSON>\0<maxPassages>\0<text>`. The text goes in as it is, not as JSON: a backtest
 * keys every model call it replays, and escaping the whole conversation each time was a visible cost.
 * Any other input (an extra field) is keyed `name\0ticketId\u0001<stable JSON>` (sorted keys, so the order the
 * input was built in does not matter), which the SOH keeps apart from the shapes above. The ticket id is
 * in the key already and `dryRun` does not change the answer, so neither is repeated in the JSON.
 */
export function aiRequestOf<N extends AiActivityName>(name: N, input: ActivityInputs[N]): AiRequest {
  return new LazyKeyRequest(name, input) as AiRequest;
}

const builtKeys = new WeakMap<object, string>();

/**
 * The key is built on first use. The replay creates a request for every model step and finds most answers
 * in memory by ticket and input (answer-table.ts); only a miss, resolved through the cache table, needs the key.
 */
class LazyKeyRequest<N extends AiActivityName> {
  constructor(
    readonly name: N,
    readonly input: ActivityInputs[N],
  ) {}

  get key(): string {
    // Not a private field: test matchers and copies call the getter on objects other than this instance.
    let key = builtKeys.get(this);
    if (key === undefined) builtKeys.set(this, (key = `${this.name}\u0000${this.input.ticketId}${inputPart(this.name, this.input)}`));
    return key;
  }

  /** Logged or sent as a plain request, key included. */
  toJSON(): { name: N; key: string; input: ActivityInputs[N] } {
    return { name: this.name, key: this.key, input: this.input };
  }
}

function inputPart(name: AiActivityName, input: ActivityInputs[AiActivityName]): string {
  let fields = 0;
  for (const k in input) if (k !== "dryRun") fields++; // counted, not listed: no array per request
  if (name === "draftReply") {
    const i = input as ActivityInputs["draftReply"];
    if (fields === 4 && typeof i.text === "string" && typeof i.maxPassages === "number" && i.intent !== undefined) {
      return `\u0000${JSON.stringify(i.intent)}\u0000${i.maxPassages}\u0000${i.text}`;
    }
  } else if (fields === 2 && typeof input.text === "string") {
    return `\u0000${input.text}`;
  }
  return `\u0001${stableInputJson(input as unknown as Record<string, unknown>)}`;
}

function stableInputJson(input: Record<string, unknown>): string {
  const keys = Object.keys(input).sort();
  let out = "{";
  let first = true;
  for (const k of keys) {
    if (k === "ticketId" || k === "dryRun") continue;
    const v = input[k];
    if (v === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(k)}:${stableJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) if (obj[k] !== undefined) parts.push(`${JSON.stringify(k)}:${stableJson(obj[k])}`);
  return `{${parts.join(",")}}`;
}

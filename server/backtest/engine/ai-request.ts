import type { ActivityInputs, ActivityName } from "../../../workflows/interpret/activities";
import type { AiActivityName, AiRequest } from "../types";

/** The activities answered by a model in a backtest; every other one gets a simulated result. */
export function isAiActivity(name: ActivityName): name is AiActivityName {
  return name === "classifyIntent" || name === "detectSentiment" || name === "draftReply";
}

/**
 * A request with its cache key: `${name}|${ticketId}|${stable JSON of the input}`. The ticket id is in the
 * key already and `dryRun` does not change the answer, so both are left out of the JSON; keys are sorted so
 * the same input always gives the same key, whatever order the step built it in.
 */
export function aiRequestOf<N extends AiActivityName>(name: N, input: ActivityInputs[N]): AiRequest {
  return { name, key: `${name}|${input.ticketId}|${inputJson(name, input)}`, input } as AiRequest;
}

/**
 * The hot path spells out the known input shapes (keys already in sorted order: the same string the
 * generic stable JSON gives); an input with any other field falls back to the generic one.
 */
function inputJson(name: AiActivityName, input: ActivityInputs[AiActivityName]): string {
  const fields = Object.keys(input).length;
  if (name === "draftReply") {
    const i = input as ActivityInputs["draftReply"];
    if (fields === 4) return `{"intent":${JSON.stringify(i.intent)},"maxPassages":${JSON.stringify(i.maxPassages)},"text":${JSON.stringify(i.text)}}`;
  } else if (fields === 2) {
    return `{"text":${JSON.stringify((input as ActivityInputs["classifyIntent"]).text)}}`;
  }
  return stableInputJson(input as unknown as Record<string, unknown>);
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

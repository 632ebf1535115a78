import "server-only";
import type OpenAI from "openai";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { TDataSourceSummary } from "../../services/lookups/lookup-types";
import type { DraftData } from "../provider";
import { recordForModel } from "./prompts";

/** Rounds of function calls a draft may make before it must answer: a lookup or two, and a retry with a corrected value. */
export const MAX_TOOL_ROUNDS = 3;

/** One function offered to the model: a data source, its parameters, and how each fills the source's path. */
export interface DraftTool {
  name: string;
  source: TDataSourceSummary;
  params: Array<{ param: string; variable: string; description: string }>;
}

/** A function per data source of the intent that the run has not looked up already (its record is in the prompt). */
export function draftTools(data: DraftData): DraftTool[] {
  const known = new Set(data.known.map((r) => r.source));
  const used = new Set<string>();
  return data.sources
    .filter((s) => !known.has(s.name))
    .map((source) => {
      let name = `lookup_${safeName(source.name)}`.slice(0, 64);
      for (let n = 2; used.has(name); n++) name = `${name.slice(0, 60)}_${n}`;
      used.add(name);
      return { name, source, params: source.variables.map(paramOf) };
    });
}

/** The function as the Chat Completions API takes it: strict, every parameter a required string. */
export function toolSpec(tool: DraftTool): OpenAI.Chat.Completions.ChatCompletionFunctionTool {
  const fields = tool.source.fields.map((f) => f.name).join(", ");
  return {
    type: "function",
    function: {
      name: tool.name,
      description: `${tool.source.description || `Looks up ${tool.source.name}`}${fields ? ` Returns: ${fields}.` : ""}`.slice(0, 1000),
      strict: true,
      parameters: {
        type: "object",
        properties: Object.fromEntries(tool.params.map((p) => [p.param, { type: "string", description: p.description }])),
        required: tool.params.map((p) => p.param),
        additionalProperties: false,
      },
    },
  };
}

/**
 * A call's arguments as the lookup's `args`: keyed by the variable's name after `args.` (`args.email` → `email`), or
 * by the variable itself for values the studio would otherwise read from the ticket (`text.number`).
 */
export function argsOf(tool: DraftTool, json: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = {};
  }
  const given = parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  const args: Record<string, string> = {};
  for (const p of tool.params) {
    const value = given[p.param];
    if (typeof value === "string" && value.trim() !== "") args[argKey(p.variable)] = value.trim();
    else if (typeof value === "number" && Number.isFinite(value)) args[argKey(p.variable)] = String(value);
  }
  return args;
}

/** What the model reads back from a call. */
export function toolResultContent(result: TLookupResult): string {
  const { source: _source, ...rest } = recordForModel(result);
  return JSON.stringify(rest);
}

function paramOf(variable: string): DraftTool["params"][number] {
  if (variable === "text.number") return { param: "order_number", variable, description: "The order, invoice or reference number the customer gave (digits only)." };
  const name = variable.startsWith("args.") ? variable.slice("args.".length) : variable;
  return { param: safeName(name), variable, description: `The ${name.replace(/[_-]+/g, " ")} the customer gave.` };
}

function argKey(variable: string): string {
  return variable.startsWith("args.") ? variable.slice("args.".length) : variable;
}

function safeName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "");
  return safe === "" ? "source" : safe;
}

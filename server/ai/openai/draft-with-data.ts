import "server-only";
import type OpenAI from "openai";
import type { z } from "zod";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { DraftData, DraftInput } from "../provider";
import { draftAnswerSchema } from "./answer-schemas";
import { argsOf, draftTools, MAX_TOOL_ROUNDS, toolResultContent, toolSpec } from "./draft-tools";
import { draftPrompt } from "./prompts";
import type { Outcome, StructuredRequest, StructuredStep } from "./structured-call";
import type { TOpenAiOperation } from "./usage";

type Draft = ActivityResult<"draftReply">;
type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** What the provider lends a draft with data: its model's names and its retried request. */
export interface DraftCallKit {
  modelTag: string;
  failedTag: (reason: string) => string;
  runStep: <S extends z.ZodType>(operation: TOpenAiOperation, request: StructuredRequest<S>) => Promise<Outcome<StructuredStep<z.infer<S>>>>;
}

/**
 * A draft that may use the intent's data sources: each source the run has not looked up yet is offered as a
 * function; the model's calls are looked up through the port (a backtest's port only reads recorded results) and
 * answered, for at most a few rounds, then the structured answer is asked for. Records the run already fetched
 * travel in the prompt. A failure hands off with an empty draft, as every draft failure does.
 */
export async function draftWithData(input: DraftInput & { data: DraftData }, kit: DraftCallKit): Promise<Draft> {
  const titles = new Map<string, string>();
  for (const p of input.passages) if (!titles.has(p.articleId)) titles.set(p.articleId, p.title);
  const tools = draftTools(input.data);
  const toolsByName = new Map(tools.map((t) => [t.name, t]));
  const results = new Map<string, TLookupResult>(input.data.known.map((r) => [r.source, r]));
  const sourceNames = [...new Set([...input.data.known.map((r) => r.source), ...tools.map((t) => t.source.name)])];
  const schema = draftAnswerSchema([...titles.keys()], sourceNames);
  const prompt = draftPrompt({ text: input.text, intent: input.intent, passages: input.passages, page: input.page, known: input.data.known, withData: true });
  const found = (names: readonly string[] | undefined) => (names ?? []).filter((n) => results.get(n)?.status === "found");
  const check = (a: z.infer<typeof schema>) => (a.text.trim() !== "" && a.citations.length === 0 && found(usedDataOf(a)).length === 0 ? "the draft relies on no passage or found record" : null);
  const empty = (model: string): Draft => ({ text: "", confidence: 0, citations: [], blockedBy: null, model, usedData: [] });
  const followUp: Message[] = [];

  for (let round = 0; ; round++) {
    const offer = tools.length > 0 ? { tools: tools.map(toolSpec), toolChoice: round < MAX_TOOL_ROUNDS ? ("auto" as const) : ("none" as const) } : {};
    const outcome = await kit.runStep("draftReply", { schemaName: "draft", schema, ...prompt, followUp: [...followUp], maxCompletionTokens: 900, check, ...offer });
    if (!outcome.ok) return empty(kit.failedTag(outcome.reason));
    const step = outcome.value;
    if (step.kind === "answer") {
      const answer = step.value;
      if (answer.text.trim() === "") return empty(kit.modelTag);
      const cited = [...new Set(answer.citations)].filter((id) => titles.has(id)).map((articleId) => ({ articleId, title: titles.get(articleId)! }));
      return { text: answer.text, confidence: answer.confidence, citations: cited, blockedBy: null, model: kit.modelTag, usedData: [...new Set(found(usedDataOf(answer)))] };
    }
    followUp.push({ role: "assistant", content: step.message.content ?? null, tool_calls: step.message.tool_calls });
    for (const call of step.calls) {
      const tool = toolsByName.get(call.name);
      if (tool === undefined) {
        followUp.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify({ status: "failed", note: `There is no function ${call.name}` }) });
        continue;
      }
      const result = await input.data.lookup(tool.source.name, argsOf(tool, call.arguments));
      results.set(tool.source.name, result);
      followUp.push({ role: "tool", tool_call_id: call.id, content: toolResultContent(result) });
    }
  }
}

function usedDataOf(answer: object): string[] | undefined {
  return "usedData" in answer ? (answer.usedData as string[]) : undefined;
}

import "server-only";
import type OpenAI from "openai";
import type { z } from "zod";
import { toStrictJsonSchema } from "./answer-schemas";
import { InvalidOutputError } from "./retry";

/** A model call's answer, or why there is none (the provider then answers with its fallback). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One structured-output request: the prompt, the answer's zod schema, and checks zod cannot express. */
export interface StructuredRequest<S extends z.ZodType> {
  /** Names the JSON schema in `response_format` (letters, digits, _ and -). */
  schemaName: string;
  schema: S;
  system: string;
  user: string;
  maxCompletionTokens: number;
  /** Returns why a schema-valid answer is still unusable, or null. */
  check?: (answer: z.infer<S>) => string | null;
  /** The conversation so far after the user message: the model's tool calls and their results. */
  followUp?: OpenAI.Chat.Completions.ChatCompletionMessageParam[];
  /** Functions the model may call before it answers; `toolChoice` "none" asks for the answer now. */
  tools?: OpenAI.Chat.Completions.ChatCompletionFunctionTool[];
  toolChoice?: "auto" | "none";
}

/** A step of a conversation with tools: the answer, or the functions the model asks to call first. */
export type StructuredStep<T> =
  | { kind: "answer"; value: T }
  | { kind: "tools"; message: OpenAI.Chat.Completions.ChatCompletionMessage; calls: Array<{ id: string; name: string; arguments: string }> };

export interface StructuredAnswer<T> {
  value: T;
  promptTokens: number;
  completionTokens: number;
}

/**
 * A single attempt: no SDK retries (our loop decides), the call's own timeout, and a strict answer
 * check. Tokens are reported through `onTokens` before the answer is judged, since an unusable
 * answer was still paid for.
 */
export async function requestStructured<S extends z.ZodType>(
  client: OpenAI,
  model: string,
  request: StructuredRequest<S>,
  options: { timeoutMs: number; onTokens: (promptTokens: number, completionTokens: number) => void },
): Promise<StructuredAnswer<z.infer<S>>> {
  let tokens = { promptTokens: 0, completionTokens: 0 };
  const onTokens = (promptTokens: number, completionTokens: number) => {
    tokens = { promptTokens, completionTokens };
    options.onTokens(promptTokens, completionTokens);
  };
  const step = await requestStep(client, model, request, { timeoutMs: options.timeoutMs, onTokens });
  if (step.kind === "tools") throw new InvalidOutputError("asked to call a function no tool offered");
  return { value: step.value, ...tokens };
}

/** One attempt of a request that may offer tools: the answer, checked as above, or the calls the model asks for. */
export async function requestStep<S extends z.ZodType>(
  client: OpenAI,
  model: string,
  request: StructuredRequest<S>,
  options: { timeoutMs: number; onTokens: (promptTokens: number, completionTokens: number) => void },
): Promise<StructuredStep<z.infer<S>>> {
  const tools = request.tools !== undefined && request.tools.length > 0 ? { tools: request.tools, tool_choice: request.toolChoice ?? "auto" } : {};
  const completion = await client.chat.completions.create(
    {
      model,
      messages: [{ role: "system", content: request.system }, { role: "user", content: request.user }, ...(request.followUp ?? [])],
      response_format: { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: toStrictJsonSchema(request.schema) } },
      max_completion_tokens: request.maxCompletionTokens,
      ...tools,
    },
    { timeout: options.timeoutMs, maxRetries: 0 },
  );
  options.onTokens(completion.usage?.prompt_tokens ?? 0, completion.usage?.completion_tokens ?? 0);
  const calls = functionCalls(completion);
  if (calls.length > 0 && request.tools !== undefined && request.toolChoice !== "none") return { kind: "tools", message: completion.choices[0]!.message, calls };
  return { kind: "answer", value: parseAnswer(completion, request) };
}

function functionCalls(completion: OpenAI.Chat.Completions.ChatCompletion): Array<{ id: string; name: string; arguments: string }> {
  const calls = completion.choices?.[0]?.message.tool_calls ?? [];
  return calls.flatMap((c) => (c.type === "function" ? [{ id: c.id, name: c.function.name, arguments: c.function.arguments }] : []));
}

function parseAnswer<S extends z.ZodType>(completion: OpenAI.Chat.Completions.ChatCompletion, request: StructuredRequest<S>): z.infer<S> {
  const choice = completion.choices?.[0];
  if (choice === undefined) throw new InvalidOutputError("no choices");
  if (choice.message.refusal) throw new InvalidOutputError(`refused: ${clip(choice.message.refusal)}`);
  if (choice.finish_reason === "length") throw new InvalidOutputError("truncated at the token limit");
  const content = choice.message.content;
  if (content == null || content.trim() === "") throw new InvalidOutputError("empty content");
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new InvalidOutputError("content is not JSON");
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new InvalidOutputError(`schema mismatch (${issues.join("; ")})`);
  }
  const problem = request.check?.(parsed.data);
  if (problem) throw new InvalidOutputError(problem);
  return parsed.data;
}

function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

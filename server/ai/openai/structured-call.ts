import "server-only";
import type OpenAI from "openai";
import type { z } from "zod";
import { toStrictJsonSchema } from "./answer-schemas";
import { InvalidOutputError } from "./retry";

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
}

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
  const completion = await client.chat.completions.create(
    {
      model,
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: request.user },
      ],
      response_format: { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: toStrictJsonSchema(request.schema) } },
      max_completion_tokens: request.maxCompletionTokens,
    },
    { timeout: options.timeoutMs, maxRetries: 0 },
  );
  const promptTokens = completion.usage?.prompt_tokens ?? 0;
  const completionTokens = completion.usage?.completion_tokens ?? 0;
  options.onTokens(promptTokens, completionTokens);
  const value = parseAnswer(completion, request);
  return { value, promptTokens, completionTokens };
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

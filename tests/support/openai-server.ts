import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small local server that speaks the OpenAI Chat Completions protocol (POST /v1/chat/completions), so
 * the OpenAI provider is tested through the real SDK and real HTTP without any outside network. Each
 * request is answered by a scripted behaviour, including the failures a real endpoint shows.
 */
export interface OpenAiTestUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export type OpenAiTestBehaviour =
  /** A normal answer; an object is sent as its JSON text, as structured outputs do. */
  | { kind: "content"; content: string | object; usage?: OpenAiTestUsage; finishReason?: "stop" | "length" }
  /** Content that is not JSON at all. */
  | { kind: "invalid-json"; usage?: OpenAiTestUsage }
  /** The model declined: `message.refusal` set and no content. */
  | { kind: "refusal"; refusal?: string; usage?: OpenAiTestUsage }
  /** An HTTP error such as 429 (with Retry-After, in seconds) or 500. */
  | { kind: "status"; status: number; retryAfter?: string; message?: string }
  /** Never answers; the client must time out. */
  | { kind: "hang" }
  /** Closes the socket without any response. */
  | { kind: "drop" }
  /** The model asks to call functions first (`finish_reason: "tool_calls"`); an object argument is sent as its JSON text. */
  | { kind: "tool-calls"; calls: Array<{ id?: string; name: string; arguments: string | object }>; usage?: OpenAiTestUsage };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body: model, messages, response_format, ... */
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string; tool_calls?: Array<{ id: string; type: string; function: { name: string; arguments: string } }>; tool_call_id?: string }>;
    tools?: Array<{ type: string; function: { name: string; description?: string; strict?: boolean; parameters: Record<string, unknown> } }>;
    tool_choice?: string;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
    [key: string]: unknown;
  };
}

export type OpenAiTestHandler = (request: RecordedRequest, index: number) => OpenAiTestBehaviour | Promise<OpenAiTestBehaviour>;

export interface OpenAiTestServer {
  /** Pass as the SDK's baseURL: `http://127.0.0.1:<port>/v1`. */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const DEFAULT_TEST_USAGE: OpenAiTestUsage = { prompt_tokens: 50, completion_tokens: 10 };

/** Answers with the behaviours in order; the last one repeats for any further request. */
export function scripted(...behaviours: OpenAiTestBehaviour[]): OpenAiTestHandler {
  if (behaviours.length === 0) throw new Error("scripted() needs at least one behaviour");
  return (_request, index) => behaviours[Math.min(index, behaviours.length - 1)]!;
}

export async function startOpenAiTestServer(handler: OpenAiTestHandler): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `test server: ${(err as Error).message}`, type: "server_error" } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const recorded: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : {} };
    if (recorded.method !== "POST" || recorded.path !== "/v1/chat/completions") {
      sendJson(res, 404, { error: { message: `Unknown route ${recorded.method} ${recorded.path}`, type: "invalid_request_error" } });
      return;
    }
    const index = requests.push(recorded) - 1;
    respond(res, await handler(recorded, index), recorded.body.model ?? "unknown", index);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging requests keep their sockets open; end them so close() returns.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, behaviour: OpenAiTestBehaviour, model: string, index: number): void {
  switch (behaviour.kind) {
    case "content": {
      const content = typeof behaviour.content === "string" ? behaviour.content : JSON.stringify(behaviour.content);
      sendJson(res, 200, completion(model, index, { content, refusal: null }, behaviour.finishReason ?? "stop", behaviour.usage));
      return;
    }
    case "invalid-json":
      sendJson(res, 200, completion(model, index, { content: '{"label": "billing", "confidence": 0.9', refusal: null }, "stop", behaviour.usage));
      return;
    case "refusal":
      sendJson(res, 200, completion(model, index, { content: null, refusal: behaviour.refusal ?? "I can't help with that." }, "stop", behaviour.usage));
      return;
    case "status": {
      const headers: Record<string, string> = behaviour.retryAfter !== undefined ? { "retry-after": behaviour.retryAfter } : {};
      const type = behaviour.status === 429 ? "rate_limit_error" : "server_error";
      sendJson(res, behaviour.status, { error: { message: behaviour.message ?? `scripted ${behaviour.status}`, type, code: null, param: null } }, headers);
      return;
    }
    case "tool-calls": {
      const tool_calls = behaviour.calls.map((c, i) => ({
        id: c.id ?? `call_${index}_${i}`,
        type: "function",
        function: { name: c.name, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments) },
      }));
      sendJson(res, 200, completion(model, index, { content: null, refusal: null, tool_calls }, "tool_calls", behaviour.usage));
      return;
    }
    case "hang":
      return;
    case "drop":
      res.socket?.destroy();
      return;
    default: {
      const unreachable: never = behaviour;
      throw new Error(`Unknown behaviour ${JSON.stringify(unreachable)}`);
    }
  }
}

function completion(model: string, index: number, message: { content: string | null; refusal: string | null; tool_calls?: unknown[] }, finishReason: string, usage = DEFAULT_TEST_USAGE) {
  return {
    id: `chatcmpl-test-${index}`,
    object: "chat.completion",
    created: 1_767_225_600,
    model,
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finishReason, logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

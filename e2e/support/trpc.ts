import type { APIRequestContext } from "@playwright/test";

/**
 * Calls a tRPC mutation over HTTP as the signed-in e2e admin (the `request` fixture carries the saved
 * session), for the set-up steps a spec does not test through the UI. Fails with the server's message.
 */
export async function mutate<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
  if (!response.ok() || body.result === undefined) throw new Error(`${path} failed: ${body.error?.json.message ?? response.status()}`);
  return body.result.data.json;
}

/** A flow's draft graph as `flows.get` returns it, loosely typed: specs change it and save it back with flows.saveDraft. */
export interface DraftGraph {
  nodes: Array<{ id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }>;
  edges: Array<{ id: string; source: string; sourceHandle?: string | null; target: string }>;
}

export async function draftGraphOf(request: APIRequestContext, flowId: string): Promise<DraftGraph> {
  const response = await request.get(`/api/trpc/flows.get?input=${encodeURIComponent(JSON.stringify({ json: { id: flowId } }))}`);
  const body = (await response.json()) as { result?: { data: { json: { draftGraph: DraftGraph } } }; error?: { json: { message: string } } };
  if (!response.ok() || body.result === undefined) throw new Error(`flows.get failed: ${body.error?.json.message ?? response.status()}`);
  return body.result.data.json.draftGraph;
}

import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { mutate } from "../../e2e/support/trpc";

/**
 * Hostile patterns and documents, saved as the admin would save them: a guardrail and a flow rule whose patterns
 * take a backtracking engine longer than a lifetime on a long text, run on such a text; a 200,000-character
 * article listed; and an article whose link looks like a path but leads off-site, opened in the browser. The
 * server answers each (or refuses it with a sentence) and keeps answering, and no off-site link is drawn.
 */
const stamp = Date.now();

async function expectHealthy(request: APIRequestContext) {
  expect((await request.get("/api/health")).status()).toBe(200);
}

async function errorMessage(response: APIResponse): Promise<string> {
  const body = (await response.json()) as { error?: { json?: { message?: string } } };
  return body.error?.json?.message ?? "";
}

async function list(request: APIRequestContext, query: string): Promise<APIResponse> {
  return request.get(`/api/trpc/knowledge.list?input=${encodeURIComponent(JSON.stringify({ json: { query } }))}`);
}

test("a (a+)+$ guardrail checked against a long draft answers, and the app stays responsive", async ({ request }) => {
  const guardrail = await mutate<{ id: string }>(request, "knowledge.guardrails.create", { rule: `Nested repeats ${stamp}`, kind: "regex", patterns: ["(a+)+$"] });
  try {
    const check = await request.post("/api/trpc/knowledge.guardrails.check", { data: { json: { text: `${"a".repeat(19_999)}!` } } });
    expect(check.status()).toBe(200);
    const verdict = ((await check.json()) as { result: { data: { json: { verdict: { ok: boolean }; problem: string | null } } } }).result.data.json;
    expect(verdict.problem).toBeNull();
    await expectHealthy(request);
  } finally {
    // Left enabled it would block every draft ending in "a".
    await mutate(request, "knowledge.guardrails.delete", { id: guardrail.id });
  }
});

test("a look-around guardrail is refused at save with a sentence saying why", async ({ request }) => {
  const response = await request.post("/api/trpc/knowledge.guardrails.create", { data: { json: { rule: `Look-ahead ${stamp}`, kind: "regex", patterns: ["refund(?= within)"] } } });
  expect(response.status()).toBe(400);
  expect(await errorMessage(response)).toContain("look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported: patterns run in a linear-time engine so a customer's text can never stall a flow");
  await expectHealthy(request);
});

/** A flow that sends a ticket down "true" when its text matches `pattern`. */
function patternFlow(pattern: string) {
  return {
    nodes: [
      { id: "trigger", type: "trigger", position: { x: 0, y: 150 }, data: { label: "New ticket", on: "ticket.created" } },
      {
        id: "check",
        type: "condition",
        position: { x: 320, y: 150 },
        data: { label: "Words only?", rules: { kind: "group", match: "all", rules: [{ kind: "rule", field: "ticket.text", op: "matches_regex", pattern }] } },
      },
      { id: "yes", type: "end", position: { x: 680, y: 0 }, data: { label: "Words only", outcome: "automated" } },
      { id: "no", type: "end", position: { x: 680, y: 300 }, data: { label: "Something else", outcome: "escalated" } },
    ],
    edges: [
      { id: "e1", source: "trigger", sourceHandle: "next", target: "check" },
      { id: "e2", source: "check", sourceHandle: "true", target: "yes" },
      { id: "e3", source: "check", sourceHandle: "false", target: "no" },
    ],
  };
}

test("a ^(\\w+\\s?)*$ flow rule run on a long test ticket answers, and the app stays responsive", async ({ request }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Hostile pattern ${stamp}` });
  const graph = patternFlow("^(\\w+\\s?)*$");
  const saved = await mutate<{ errors: unknown[] }>(request, "flows.saveDraft", { flowId: flow.id, graph });
  expect(saved.errors).toEqual([]);

  const response = await request.post("/api/trpc/flows.testTicket", {
    data: { json: { flowId: flow.id, target: { kind: "draft", graph }, ticket: { body: `${"a".repeat(3_999)}!` } } },
  });
  expect(response.status()).toBe(200);
  const result = ((await response.json()) as { result: { data: { json: { status: string; trace: { nodeId: string; decision: string }[] } } } }).result.data.json;
  expect(result.status).toBe("completed");
  expect(result.trace.map((line) => `${line.nodeId}:${line.decision}`)).toContain("check:false");
  await expectHealthy(request);
});

test("a look-around flow rule is named in the draft's errors and in the editor with a sentence saying why", async ({ request, page }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Look-around pattern ${stamp}` });
  const saved = await mutate<{ errors: { message: string }[] }>(request, "flows.saveDraft", { flowId: flow.id, graph: patternFlow("(?<!not )happy") });
  const sentence = "look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported";
  expect(saved.errors.map((e) => e.message).join("\n")).toContain(sentence);
  await expectHealthy(request);

  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByTestId("node-check").click();
  await expect(page.getByTestId("config-panel")).toContainText(`Not a usable pattern: ${sentence}`);
  await page.screenshot({ path: "test-results-security/patterns-rule-editor.png" });
});

test("a 200,000-character article is saved and the knowledge list answers with it", async ({ request }) => {
  const word = `huge${stamp}`;
  const paragraph = "Open the app, tap **Cards** and then [Freeze](/knowledge) to stop payments [right away. ";
  const body = `# Huge ${word}\n\n${paragraph.repeat(Math.ceil(200_000 / paragraph.length))}`.slice(0, 200_000);
  const article = await mutate<{ id: string }>(request, "knowledge.create", { title: `Huge ${word}`, body });
  try {
    const response = await list(request, word);
    expect(response.status()).toBe(200);
    const listed = ((await response.json()) as { result: { data: { json: { articles: { id: string }[] } } } }).result.data.json.articles;
    expect(listed.map((a) => a.id)).toEqual([article.id]);
    expect((await list(request, "")).status()).toBe(200);
    await expectHealthy(request);
  } finally {
    await mutate(request, "knowledge.delete", { id: article.id });
  }
});

test("a link that looks like a path but leads off-site is drawn as text, never as a link", async ({ request, page, baseURL }) => {
  const body = [
    "# Links",
    "",
    "Open [x](/\\evil.example) or [y](//evil.example) or [z](javascript:alert(1)) or [w](/\\t/evil.example).",
    "",
    "Open [the guardrails](/knowledge/guardrails) or [the docs](https://docs.example.com/help).",
  ].join("\n");
  const article = await mutate<{ id: string }>(request, "knowledge.create", { title: `Links ${stamp}`, body });
  try {
    await page.goto(`/knowledge/${article.id}`);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("the guardrails")).toBeVisible();
    const hrefs = await preview.locator("a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    const origin = new URL(baseURL!).origin;
    expect(hrefs.sort()).toEqual([`${origin}/knowledge/guardrails`, "https://docs.example.com/help"]);
    for (const text of ["x", "y", "z", "w"]) await expect(preview.getByText(text, { exact: true })).toBeVisible();
    await page.screenshot({ path: "test-results-security/patterns-links.png", fullPage: true });
  } finally {
    await mutate(request, "knowledge.delete", { id: article.id });
  }
});

import { describe, expect, it } from "vitest";
import { all, any, eq, flow, n, not, rule } from "../compile/test-graphs";
import { explain } from "../kinds/shared/explain-rules";
import { drive, path, planOf, ticket } from "./test-driver";

/*
 *  trigger ──▶ condition ──true──▶ route(escalations)
 *                  └──false──▶ route(general)
 */
const escalation = (rules: unknown) =>
  planOf(
    flow({ t: n.trigger(), c: n.condition(rules), hot: n.route("escalations"), cold: n.route("general") }, [
      "t -> c",
      "c:true -> hot",
      "c:false -> cold",
    ]),
  );

describe("condition", () => {
  it("takes the true branch and names the rule that matched, with the value it saw", () => {
    const plan = escalation(any(rule("ticket.text", "contains_any", { values: ["cancel", "legal"] }), rule("customer.enterprise", "is_true")));
    const { state } = drive(plan, ticket({ body: "I want to CANCEL my plan!" }));
    expect(path(state)).toEqual(["t:start", "c:true", "hot:escalations", "hot:escalations"]);
    const decision = state.trace.find((e) => e.nodeId === "c")!;
    expect(decision.reason).toContain('✓ Subject, first and latest message contains any of "cancel", "legal"');
    expect(state.outcome).toMatchObject({ kind: "routed", queue: "escalations" });
  });

  it("matches whole words only: 'cancellation' is not 'cancel'", () => {
    const plan = escalation(any(rule("ticket.body", "contains_any", { values: ["cancel"] })));
    expect(path(drive(plan, ticket({ body: "about my cancellation fee" })).state)).toContain("c:false");
  });

  it("short-circuits ANY at the first match and records only what it checked", () => {
    const plan = escalation(any(rule("customer.enterprise", "is_true"), rule("customer.contactsLast24h", "gt", { value: 2 })));
    const { state } = drive(plan, ticket({}, { enterprise: true }));
    const checked = state.trace.find((e) => e.nodeId === "c")!.details!.checked as unknown[];
    expect(checked).toHaveLength(1);
  });

  it("evaluates nested ALL / NOT groups", () => {
    // enterprise AND NOT (tagged spam OR channel social)
    const rules = all(rule("customer.enterprise", "is_true"), not(rule("ticket.tags", "contains_any", { values: ["spam"] }), eq("ticket.channel", "social")));
    const plan = escalation(rules);
    expect(path(drive(plan, ticket({}, { enterprise: true })).state)).toContain("c:true");
    expect(path(drive(plan, ticket({ tags: ["Spam"] }, { enterprise: true })).state)).toContain("c:false");
    expect(path(drive(plan, ticket({ channel: "social" }, { enterprise: true })).state)).toContain("c:false");
    expect(path(drive(plan, ticket({}, { enterprise: false })).state)).toContain("c:false");
    // Under NOT, the leaf that does not hold is the one that lets the condition pass: it gets the ✓.
    const reason = drive(plan, ticket({}, { enterprise: true })).state.trace.find((e) => e.nodeId === "c")!.reason;
    expect(reason).toBe('✓ Enterprise account is true (was true); ✓ not: Tags contains any of "spam" (was []); ✓ not: Channel equals "social" (was "email")');
  });

  it("compares numbers, ranges, lists and regexes", () => {
    const cases: Array<[unknown, Parameters<typeof ticket>, string]> = [
      [rule("customer.contactsLast24h", "gt", { value: 2 }), [{}, { contactsLast24h: 3 }], "true"],
      [rule("customer.contactsLast24h", "gt", { value: 2 }), [{}, { contactsLast24h: 2 }], "false"],
      [rule("customer.contactsLast24h", "between", { min: 2, max: 4 }), [{}, { contactsLast24h: 4 }], "true"],
      [rule("customer.plan", "in", { values: ["Pro", "business"] }), [{}, { plan: "pro" }], "true"],
      [rule("customer.plan", "not_in", { values: ["pro"] }), [{}, { plan: "pro" }], "false"],
      [rule("ticket.subject", "matches_regex", { pattern: "order\\s*#?\\d{5}" }), [{ subject: "Where is ORDER #12345" }], "true"],
      [rule("ticket.pageUrl", "is_empty"), [{ pageUrl: null }], "true"],
      [rule("intent.label", "is_not_empty"), [{}], "false"], // not classified yet: unknown
    ];
    for (const [r, args, expected] of cases) {
      expect(path(drive(escalation(any(r)), ticket(...args)).state), JSON.stringify(r)).toContain(`c:${expected}`);
    }
  });

  it("knows business hours at the flow's UTC offset", () => {
    const plan = planOf(
      flow({ t: n.trigger(), c: n.condition(any(rule("time.businessHours", "is_true"))), a: n.end(), b: n.end() }, ["t -> c", "c:true -> a", "c:false -> b"], {
        businessHours: { utcOffsetMinutes: -300, days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
      }),
    );
    expect(path(drive(plan, ticket({ createdAt: "2026-03-02T15:00:00.000Z" })).state)).toContain("c:true"); // 10:00 in UTC-5
    expect(path(drive(plan, ticket({ createdAt: "2026-03-02T10:00:00.000Z" })).state)).toContain("c:false"); // 05:00 in UTC-5
    expect(path(drive(plan, ticket({ createdAt: "2026-03-01T15:00:00.000Z" })).state)).toContain("c:false"); // Sunday
  });
});

/*
 *  trigger ─▶ classify ─▶ switch ──cards──▶ route(cards)
 *                            ├──money──▶ route(billing)
 *                            └──fallback──▶ route(general)
 */
describe("switch", () => {
  const plan = planOf(
    flow(
      {
        t: n.trigger(),
        k: n.classify(),
        s: n.switch(["cards", "Cards", any(eq("intent.label", "card_issue"))], ["money", "Money", any(rule("intent.label", "in", { values: ["billing", "refund"] }))]),
        rc: n.route("cards"),
        rb: n.route("billing"),
        rg: n.route("general"),
      },
      ["t -> k", "k -> s", "s:cards -> rc", "s:money -> rb", "s:fallback -> rg"],
    ),
  );

  it("takes the first case that matches", () => {
    const { state } = drive(plan, ticket(), { classifyIntent: () => ({ label: "refund", confidence: 0.8, alternatives: [] }) });
    expect(path(state)).toContain("s:Money");
    expect(state.outcome?.queue).toBe("billing");
    expect(state.trace.find((e) => e.nodeId === "s")!.reason).toMatch(/^Case "Money" matched: ✓ Intent is one of "billing", "refund" \(was "refund"\)/);
  });

  it("falls back when no case matches, saying how many were tried", () => {
    const { state } = drive(plan, ticket(), { classifyIntent: () => ({ label: "weather", confidence: 0.8, alternatives: [] }) });
    expect(path(state)).toContain("s:fallback");
    expect(state.trace.find((e) => e.nodeId === "s")!.reason).toBe("No case matched (2 tried)");
    expect(state.outcome?.queue).toBe("general");
  });
});

describe("explain", () => {
  it("quotes what a rule saw exactly as JSON does, cutting long text at 57 characters", () => {
    const values = ["plain text", 'say "hi"', "back\\slash", "tab\there", "line\nbreak", "é and 😀", `${"x".repeat(56)}😀 a surrogate pair cut in half`, ""];
    for (const actual of values) {
      const shown = actual.length > 60 ? `${actual.slice(0, 57)}...` : actual;
      expect(explain([{ rule: "subject contains x", actual, matched: true }])).toBe(`✓ subject contains x (was ${JSON.stringify(shown)})`);
    }
  });
});

import "server-only";
import type { SetupGuide } from "../contract";
import { STUDIO_SIGNATURE_HEADER, STUDIO_TIMESTAMP_HEADER, type TStudioSettings } from "./settings";

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The example bodies, one per event the studio takes. */
export const STUDIO_EXAMPLE_BODIES = {
  ticketCreated: {
    type: "ticket.created",
    externalId: "T-1001",
    subject: "Where is my order?",
    body: "I ordered on Monday and have heard nothing since.",
    channel: "email",
    priority: "normal",
    tags: ["orders"],
    pageUrl: "https://shop.example.com/orders/5512",
    customer: { externalId: "C-42", email: "dana@example.com", name: "Dana Reyes", plan: "pro", enterprise: false },
  },
  customerMessage: { type: "message.added", ticketExternalId: "T-1001", externalId: "M-2001", author: "customer", body: "Any news on this?" },
  agentMessage: { type: "message.added", ticketExternalId: "T-1001", externalId: "M-2002", author: "agent", authorName: "Ava", body: "It ships tomorrow." },
  ticketUpdated: { type: "ticket.updated", ticketExternalId: "T-1001", status: "solved", priority: "low", csat: 5, csatComment: "Quick and kind." },
} as const;

/** Node.js 18 or later, as an ES module: sign the exact text you send. */
export function nodeSigningExample(webhookUrl: string): string {
  return [
    `// sign-and-send.mjs — run with STUDIO_SIGNING_SECRET set to this connection's signing secret`,
    `import { createHmac } from "node:crypto";`,
    ``,
    `const body = JSON.stringify(${JSON.stringify({ externalId: "T-1001", subject: "Where is my order?", body: "I ordered on Monday.", customer: { externalId: "C-42", email: "dana@example.com" } })});`,
    `const timestamp = String(Math.floor(Date.now() / 1000));`,
    `const signature = createHmac("sha256", process.env.STUDIO_SIGNING_SECRET).update(\`\${timestamp}.\${body}\`).digest("hex");`,
    ``,
    `const res = await fetch(${JSON.stringify(webhookUrl)}, {`,
    `  method: "POST",`,
    `  headers: { "Content-Type": "application/json", "${STUDIO_TIMESTAMP_HEADER}": timestamp, "${STUDIO_SIGNATURE_HEADER}": \`v1=\${signature}\` },`,
    `  body,`,
    `});`,
    `console.log(res.status, await res.text());`,
  ].join("\n");
}

/** The same with openssl and curl; the signature line is what a test runs. */
export function shellSigningExample(webhookUrl: string): string {
  return [
    `# STUDIO_SIGNING_SECRET holds this connection's signing secret`,
    `BODY='${JSON.stringify({ externalId: "T-1001", subject: "Where is my order?", body: "I ordered on Monday.", customer: { externalId: "C-42" } })}'`,
    `TS=$(date +%s)`,
    SHELL_SIGNATURE_LINE,
    `curl -sS -X POST '${webhookUrl}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "${STUDIO_TIMESTAMP_HEADER}: $TS" \\`,
    `  -H "${STUDIO_SIGNATURE_HEADER}: v1=$SIG" \\`,
    `  --data-raw "$BODY"`,
  ].join("\n");
}

/** hex HMAC-SHA256 of "<timestamp>.<body>"; sed keeps the digest whatever label this openssl prints before it. */
export const SHELL_SIGNATURE_LINE = `SIG=$(printf '%s' "$TS.$BODY" | openssl dgst -sha256 -hmac "$STUDIO_SIGNING_SECRET" | sed 's/^.* //')`;

/** What a developer does to send their system's tickets to the studio, and to take the flows' effects back. */
export function studioSetupGuide(settings: TStudioSettings, webhookUrl: string): SetupGuide {
  const callback =
    settings.callbackUrl === undefined
      ? `No callback address is set, so this connection is inbound only: the flows' replies, notes and changes stay in the studio (agents see them there). To have your system deliver them, set a callback address under Settings below.`
      : `The studio posts each of the flows' effects to ${settings.callbackUrl} as JSON, signed the same way with the same secret: check ${STUDIO_SIGNATURE_HEADER} before acting, and answer 2xx once it is done. Each carries an Idempotency-Key header that stays the same when the studio retries, so drop one you have already carried out. Answer 429 or 5xx (with Retry-After if you like) to have it retried; any other answer fails that step of the flow with your words. Bodies: {"type": "reply" | "note", "ticketExternalId", "body"}, {"type": "assign", "ticketExternalId", "queue", "assignee"} (the studio's queue name and agent email unless you mapped them below), {"type": "update", "ticketExternalId", "priority", "status", "addTags", "removeTags", "fields"}; "Test connection" sends {"type": "ping"} (answer {"name": "…"} to be named).`;
  return {
    steps: [
      `Keep the signing secret the studio showed when you saved this connection where your system can read it (for example as STUDIO_SIGNING_SECRET). Lost it? Generate a new one under Settings below and save.`,
      `For each event, POST one JSON object to the webhook address above with Content-Type: application/json.`,
      `Sign every request: ${STUDIO_TIMESTAMP_HEADER} is the current unix time in seconds, and ${STUDIO_SIGNATURE_HEADER} is "v1=" followed by the hex HMAC-SHA256 of the timestamp, a dot and the exact body you send ("<timestamp>.<body>"), keyed with the signing secret. The studio refuses a request signed more than 5 minutes away from its clock, and the same request twice.`,
      `A new ticket is the body below (the same one the studio's plain ticket webhook takes). A customer's or an agent's message and a change of status, priority or satisfaction rating are the examples further down; ticketExternalId is the externalId you gave the ticket, and a message needs its own externalId so a retry is not stored twice.`,
      `An answer of 200 says what the studio did; 401 means the signature or timestamp was refused (the reason is in the body and on this page's status), 422 that a field is wrong (named in the body), 503 to try again later.`,
      callback,
      `Click "Test connection", then send a test ticket: this connection's "last event received" changes when the studio has it.`,
    ],
    webhookBody: json(STUDIO_EXAMPLE_BODIES.ticketCreated),
    conditions: [
      `Header ${STUDIO_TIMESTAMP_HEADER}: unix seconds, within 5 minutes of the studio's clock`,
      `Header ${STUDIO_SIGNATURE_HEADER}: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`,
      `One event a request: "type" is ticket.created (or absent), message.added or ticket.updated`,
    ],
    examples: [
      { title: "A customer's message", code: json(STUDIO_EXAMPLE_BODIES.customerMessage) },
      { title: "An agent's reply", code: json(STUDIO_EXAMPLE_BODIES.agentMessage) },
      { title: "A change of status, priority or rating", code: json(STUDIO_EXAMPLE_BODIES.ticketUpdated) },
      { title: "Signing and sending in Node.js", code: nodeSigningExample(webhookUrl) },
      { title: "Signing and sending in a shell (openssl and curl)", code: shellSigningExample(webhookUrl) },
    ],
  };
}

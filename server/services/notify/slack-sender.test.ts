import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxNotYet, OutboxUnreachable } from "../outbox/outbox";
import { slackSender } from "./slack-sender";

/** The Slack sender against a local server: what it posts, and how each kind of failure reaches the outbox. */
let server: Server | undefined;
const bodies: string[] = [];

async function slack(answer: (respond: (status: number, text: string) => void) => void): Promise<string> {
  bodies.length = 0;
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      bodies.push(body);
      answer((status, text) => res.writeHead(status, { "content-type": "text/plain" }).end(text));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("slackSender", () => {
  it("posts the message as it is, after the channel, escaped", async () => {
    const url = await slack((respond) => respond(200, "ok"));
    await slackSender(url).post({ channel: "<!here> #ops", mrkdwn: "Ticket &lt;1&gt; <https://studio.test/t/1|Open>" });
    expect(JSON.parse(bodies[0]!)).toEqual({ text: "&lt;!here&gt; #ops: Ticket &lt;1&gt; <https://studio.test/t/1|Open>" });
  });

  it("gives up on a Slack that does not answer, as unreachable for now, so the outbox tries again later", async () => {
    const url = await slack(() => undefined);
    const error = await slackSender(url, { timeoutMs: 200 })
      .post({ channel: "ops", mrkdwn: "hello" })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(OutboxUnreachable);
    expect((error as Error).message).toBe("Slack did not answer within 0.2 s; the message will be sent again later");
    expect(bodies).toHaveLength(1);
  });

  it("treats a 5xx or 429 as Slack away for now, and another refusal as a failure with the answer in its words", async () => {
    let status = 503;
    const url = await slack((respond) => respond(status, status === 503 ? "service_unavailable" : "no_service"));
    await expect(slackSender(url).post({ channel: "ops", mrkdwn: "hello" })).rejects.toBeInstanceOf(OutboxUnreachable);
    status = 429;
    await expect(slackSender(url).post({ channel: "ops", mrkdwn: "hello" })).rejects.toBeInstanceOf(OutboxUnreachable);
    status = 404;
    const refused = await slackSender(url)
      .post({ channel: "ops", mrkdwn: "hello" })
      .catch((err: unknown) => err);
    expect(refused).not.toBeInstanceOf(OutboxUnreachable);
    expect((refused as Error).message).toBe("Slack refused the message (404 no_service): check SLACK_WEBHOOK_URL, the webhook may have been removed");
  });

  it("waits as long as Slack asks when it limits the rate", async () => {
    bodies.length = 0;
    server = createServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(429, { "retry-after": "30", "content-type": "text/plain" }).end("rate_limited"));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const error = await slackSender(url)
      .post({ channel: "ops", mrkdwn: "hello" })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(OutboxNotYet);
    expect(error).toMatchObject({ retryInMs: 30_000, message: "Slack asked to wait 30 s before the next message" });
  });

  it("logs instead of posting when no webhook is configured", async () => {
    const lines: string[] = [];
    const sender = slackSender(undefined, { log: (line) => lines.push(line) });
    expect(sender.destination).toBe("log");
    await sender.post({ channel: "ops", mrkdwn: "hello" });
    expect(lines).toEqual(["[notify] ops: hello (SLACK_WEBHOOK_URL not set: logged, not sent)"]);
  });
});

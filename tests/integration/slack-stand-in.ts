import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@prisma/client";
import { createNotifier, type Notifier } from "../../server/services/notify/notifier";
import { slackSender } from "../../server/services/notify/slack-sender";
import { outboxDispatcher, type OutboxDispatcher, type OutboxDispatcherOptions } from "../../server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "../../server/services/outbox/outbox-handlers";
import { temporalFlowStarter } from "../../temporal/flow-starter";

/** How the stand-in answers: as Slack does, not at all (a hang), or with a server error. */
export type SlackBehaviour = "ok" | "hang" | "fail";

/**
 * A local HTTP server standing in for a Slack incoming webhook: it keeps the `text` of every message it accepts,
 * and counts every request, answered or not.
 */
export async function slackStandIn(): Promise<{
  url: string;
  texts: string[];
  requests(): number;
  behave(next: SlackBehaviour): void;
  close(): Promise<void>;
}> {
  const texts: string[] = [];
  let requests = 0;
  let behaviour: SlackBehaviour = "ok";
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      requests++;
      if (behaviour === "hang") return;
      if (behaviour === "fail") return void res.writeHead(503, { "content-type": "text/plain" }).end("service_unavailable");
      texts.push((JSON.parse(body) as { text: string }).text);
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    texts,
    requests: () => requests,
    behave: (next) => void (behaviour = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The outbox as a process wires it, posting Slack messages to `url`, and a notifier that queues in it. Runs'
 * starts and signals go to Temporal as in the app, so messages other tests left are delivered as they would be.
 */
export function slackOutbox(
  prisma: PrismaClient,
  url: string,
  options: Omit<OutboxDispatcherOptions, "prisma" | "handlers"> & { timeoutMs?: number } = {},
): { notifier: Notifier; outbox: OutboxDispatcher } {
  const { timeoutMs, ...dispatcher } = options;
  const slack = slackSender(url, { timeoutMs, log: () => undefined });
  const outbox = outboxDispatcher({ prisma, handlers: outboxHandlers({ flowStarter: temporalFlowStarter(), slack }), log: () => undefined, ...dispatcher });
  return { notifier: createNotifier({ prisma, outbox }, url), outbox };
}

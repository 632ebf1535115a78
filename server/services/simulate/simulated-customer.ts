import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { ratingOf, type CustomerPlan } from "./customer-plan";
import type { IngestClient } from "./webhook-client";

export interface CustomerDeps {
  prisma: PrismaClient;
  client: IngestClient;
  sleep(ms: number): Promise<void>;
  now(): number;
  /** The run's ticket source and id, so its tickets can be told apart and a second run never collides. */
  source: string;
  run: string;
}

export interface CustomerResult {
  ticketId: string;
  answeredByAi: boolean;
  cameBack: boolean;
  askedForPerson: boolean;
  rating: number | null;
}

const THANKS = "Thanks, that sorted it.";
const WANTS_HUMAN = "That did not help. I would like to talk to a person, please.";
const CAME_BACK = "I wrote about this before and the answer did not solve it. Can a person look at it, please?";

/**
 * One customer through the live path: the ticket goes in through the webhook, the customer reads what the flow
 * answered, thanks it, asks for a person (on the open ticket, or in a new one when the flow had already closed it:
 * a repeat contact) or says nothing, and answers the survey once somebody resolved the ticket. Waits end at `until`.
 */
export async function playCustomer(deps: CustomerDeps, plan: CustomerPlan, until: number): Promise<CustomerResult> {
  const { prisma, client } = deps;
  const ticket = (n: string, subject: string, body: string) =>
    client.createTicket({
      source: deps.source,
      externalId: `${deps.run}-${n}`,
      subject,
      body,
      channel: plan.channel,
      pageUrl: plan.pageUrl,
      customer: { externalId: plan.customerId, name: `Simulated customer ${plan.n}` },
    });
  const { ticketId } = await ticket(String(plan.n), plan.subject, plan.body);
  const result: CustomerResult = { ticketId, answeredByAi: false, cameBack: false, askedForPerson: false, rating: null };
  const decided = await waitFor(deps, until, () => prisma.flowRun.findFirst({ where: { ticketId, shadow: false, decidedAt: { not: null } }, select: { id: true } }));
  if (!decided) return result;
  result.answeredByAi = (await prisma.message.count({ where: { ticketId, author: "ai", internal: false, aiMeta: { not: Prisma.DbNull } } })) > 0;
  if (result.answeredByAi && plan.followUp === "thanks") await client.reply(ticketId, { author: "customer", body: THANKS, externalId: `${deps.run}-${plan.n}-thanks` });
  if (result.answeredByAi && plan.followUp === "wants-human") {
    result.askedForPerson = true;
    const closed = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { resolvedAt: true } });
    if (closed?.resolvedAt) {
      result.cameBack = true;
      await ticket(`${plan.n}-again`, `Again: ${plan.subject}`, `${CAME_BACK}\n\n${plan.body}`);
    } else {
      await client.reply(ticketId, { author: "customer", body: WANTS_HUMAN, externalId: `${deps.run}-${plan.n}-human` });
    }
  }
  if (!plan.rates) return result;
  const resolved = await waitFor(deps, until, () => prisma.ticket.findFirst({ where: { id: ticketId, resolvedAt: { not: null } }, select: { id: true } }));
  if (!resolved) return result;
  const byPerson = (await prisma.message.count({ where: { ticketId, author: "agent", internal: false } })) > 0;
  result.rating = ratingOf(plan, byPerson || result.askedForPerson);
  await client.rate(ticketId, result.rating);
  return result;
}

async function waitFor<T>(deps: CustomerDeps, until: number, probe: () => Promise<T | null>): Promise<T | null> {
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (deps.now() >= until) return null;
    await deps.sleep(500);
  }
}

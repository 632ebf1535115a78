import "server-only";
import type { TImportTicketInput } from "../../../lib/history-import/import-record";
import { fmix32 } from "./text/hash";

/**
 * A small hand-built history for the audit's integration test, with everything the audit should find planted and
 * counted: two templates (one answering two categories, one also written as internal notes that must not count),
 * unlabelled tickets for the classifier, bounces, stalls and escalations. `now` is fixed; every ticket is created
 * in the 60 days before it.
 */
export const FIXTURE_NOW = new Date("2026-06-01T00:00:00.000Z");
const HOUR = 3_600_000;
const NAMES = ["Ada", "Bob", "Chen", "Dana", "Eli", "Femi", "Gus", "Hana", "Ivo", "Jun"];

export const templateCard = (i: number) =>
  `Hi ${NAMES[i % NAMES.length]}, I'm sorry to hear your card ending in ${1000 + i * 7} is missing. I have blocked it so nobody can use it, ` +
  `and a replacement card is on its way to your address. It should arrive within ${3 + (i % 5)} working days.`;
export const templatePassword = (i: number) =>
  `Hello ${NAMES[(i + 3) % NAMES.length]}, to reset your password open the sign-in page, choose "Forgot password" and follow the link ` +
  `we e-mail you. The link is valid for ${12 + (i % 3) * 12} hours. If it does not arrive, please check your spam folder.`;

// Free-text replies that share (almost) no three-word run with each other: words drawn by a fixed hash.
const VOCAB = ("account balance branch charge cheque claim credit debit deposit fee form fund holder interest invoice " +
  "limit loan merchant mortgage notice overdraft payee payment pension receipt salary savings statement tax " +
  "teller transfer wallet wire yield agreement audit budget cashback clearing coupon currency dividend escrow " +
  "exchange ledger margin premium quote rebate reserve settlement surcharge tariff voucher withdrawal").split(" ");
export function uniqueReply(seed: number): string {
  const words: string[] = [];
  for (let i = 0; i < 16; i++) words.push(VOCAB[fmix32(seed * 1000 + i) % VOCAB.length]!);
  return `Thanks for waiting: ${words.join(" ")}.`;
}

interface Spec {
  category: string | null;
  subject: string;
  body: string;
  reply: string;
  /** Days before FIXTURE_NOW the ticket was created (fractions allowed). */
  daysAgo: number;
  frtHours: number;
  /** Null: still open. */
  resolutionHours: number | null;
  handleMinutes: number;
  csat?: number;
  reopens?: number;
  agentChanges?: number;
  queueChanges?: number;
  escalated?: boolean;
  internalNote?: string;
}

let counter = 0;
function build(s: Spec, customerIndex: number): TImportTicketInput {
  const id = `t${++counter}`;
  const created = new Date(FIXTURE_NOW.getTime() - s.daysAgo * 24 * HOUR);
  const at = (hours: number) => new Date(created.getTime() + hours * HOUR).toISOString();
  const messages: NonNullable<TImportTicketInput["messages"]> = [
    { externalId: "m1", author: "customer", body: s.body, createdAt: created.toISOString() },
    { externalId: "m2", author: "agent", authorName: "Agent Smith", body: s.reply, createdAt: at(s.frtHours) },
  ];
  if (s.internalNote) messages.push({ externalId: "n1", author: "agent", body: s.internalNote, internal: true, createdAt: at(s.frtHours / 2) });
  return {
    externalId: id,
    subject: s.subject,
    body: s.body,
    category: s.category,
    status: s.resolutionHours === null ? "open" : "solved",
    createdAt: created.toISOString(),
    firstResponseAt: at(s.frtHours),
    resolvedAt: s.resolutionHours === null ? null : at(s.resolutionHours),
    handleTimeSec: s.handleMinutes * 60,
    csat: s.csat ?? null,
    reopens: s.reopens ?? 0,
    agentChanges: s.agentChanges ?? 0,
    queueChanges: s.queueChanges ?? 0,
    escalated: s.escalated ?? false,
    queue: "audit-fixture",
    customer: { externalId: `c${customerIndex % 15}`, name: `Customer ${customerIndex % 15}`, enterprise: customerIndex % 15 < 2 },
    messages,
  };
}

const LOST_TEXTS = ["I lost my card", "My card was stolen", "Card missing, please block my card", "Someone stole my wallet and card", "Lost card abroad"];

/** The fixture and what the audit must find in it. */
export function auditFixture() {
  counter = 0;
  const specs: Spec[] = [];
  // card_lost: 30 labelled tickets, each answered with the card template.
  for (let i = 0; i < 30; i++)
    specs.push({
      category: "card_lost", subject: "Lost card", body: `${LOST_TEXTS[i % 5]} (${i})`, reply: templateCard(i),
      daysAgo: 1 + i * 1.9, frtHours: 1 + (i % 4), resolutionHours: 10 + (i % 6) * 3, handleMinutes: 6 + (i % 3),
      csat: i % 3 === 0 ? 5 : undefined, reopens: i % 10 === 0 ? 1 : 0,
      agentChanges: i < 4 ? 1 : 0, queueChanges: i < 4 ? 1 : 0, // 4 bounced
    });
  // password: 25 labelled, template answers; 4 escalated and resolved; 2 with an exported negative sentiment.
  for (let i = 0; i < 25; i++)
    specs.push({
      category: "password", subject: "Password reset", body: `I forgot my password and cannot log in (${i})`, reply: templatePassword(i),
      daysAgo: 2 + i * 2.1, frtHours: 0.5 + (i % 5), resolutionHours: 6 + (i % 4) * 2, handleMinutes: 4 + (i % 2),
      csat: i % 2 === 0 ? 3 + (i % 3) : undefined, escalated: i < 4,
      agentChanges: i === 10 || i === 11 ? 2 : 0, // 2 bounced
    });
  // refund: 20 labelled; 15 free-text answers, 5 password-template answers; 5 angry; 3 replies 100 h late (stalled);
  // 2 still open and silent for weeks (stalled), 1 opened 10 h ago (not); 2 escalated without a template;
  // 5 carry the card template as an internal note, which is not a reply.
  for (let i = 0; i < 20; i++) {
    const open = i >= 17;
    specs.push({
      category: "refund", subject: "Refund", body: `${i < 5 ? "This is unacceptable. " : ""}Where is my refund for order ${500 + i}?`,
      reply: i < 5 ? templatePassword(100 + i) : uniqueReply(i),
      daysAgo: open ? (i === 19 ? 10 / 24 : 5 + i) : 3 + i * 2.5,
      frtHours: open ? 1 : i >= 14 ? 100 : 2, resolutionHours: open ? null : i >= 14 ? 110 : 20 + i, handleMinutes: 12 + i,
      csat: i % 4 === 0 ? 1 + (i % 5) : undefined, reopens: i % 5 === 1 ? 2 : 0, escalated: i === 7 || i === 8,
      internalNote: i >= 8 && i < 13 ? templateCard(200 + i) : undefined,
    });
  }
  // 10 unlabelled tickets about lost cards, answered in free text: the classifier must call them card_lost.
  for (let i = 0; i < 10; i++)
    specs.push({
      category: null, subject: "Card", body: `${LOST_TEXTS[(i + 2) % 5]}, need to block it`, reply: uniqueReply(50 + i),
      daysAgo: 5 + i * 4, frtHours: 3, resolutionHours: 15, handleMinutes: 10, reopens: i === 0 ? 1 : 0,
    });

  const tickets = specs.map((s, i) => build(s, i));
  // Exported sentiment lives on the ticket row; the importer has no field for it, so the test sets it afterwards.
  const negativeSentiment = [tickets[30 + 5]!.externalId, tickets[30 + 6]!.externalId];
  return {
    tickets,
    negativeSentiment,
    expect: {
      tickets: 85,
      labelled: 75,
      categorisedByAudit: 10,
      categories: { card_lost: 40, password: 25, refund: 20 },
      templates: [
        { count: 30, categories: [{ category: "card_lost", count: 30 }] },
        { count: 30, categories: [{ category: "password", count: 25 }, { category: "refund", count: 5 }] },
      ],
      templateShare: { card_lost: 30 / 40, password: 1, refund: 5 / 20 },
      negativeShare: { card_lost: 0, password: 2 / 25, refund: 5 / 20 },
      bounced: 6,
      stalled: 5,
      escalatedThenTemplated: 4,
      agentReplies: 85,
    },
  };
}

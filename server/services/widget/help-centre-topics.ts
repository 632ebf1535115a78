import "server-only";
import type { PrismaClient } from "@prisma/client";
import { matchesPage } from "../../../lib/knowledge/page-tags";

const SHOWN = 12;
const LEAD_MAX = 140;

export interface THelpTopic {
  id: string;
  title: string;
  /** The article's opening sentence, as plain text. */
  lead: string;
}

export interface THelpSection {
  slug: string;
  title: string;
  blurb: string;
}

/**
 * The demo help centre's sections, each a page of its own (/help-centre/<slug>), so the chat widget sends a
 * different page from each and page-tagged articles answer first there. A section lists the articles tagged
 * with its page: the same tags retrieval prefers.
 */
export const HELP_CENTRE_SECTIONS: readonly THelpSection[] = [
  { slug: "cards", title: "Cards", blurb: "Delivery, activation, PINs, declined payments and lost cards." },
  { slug: "payments", title: "Payments and transfers", blurb: "Transfers, top-ups, refunds, fees and exchange rates." },
  { slug: "account", title: "Account and security", blurb: "Passwords, identity checks and closing your account." },
  { slug: "orders", title: "Orders", blurb: "Tracking and cancelling orders from our shop." },
];

export const helpCentreSectionPath = (slug: string) => `/help-centre/${slug}`;

export function helpCentreSection(slug: string): THelpSection | null {
  return HELP_CENTRE_SECTIONS.find((s) => s.slug === slug) ?? null;
}

/**
 * Published knowledge-base articles for the demo help centre: the questions the chat can answer. Without a
 * section, the first few; with one, every article tagged with that section's page.
 */
export async function helpCentreTopics(prisma: PrismaClient, section?: THelpSection): Promise<THelpTopic[]> {
  const articles = await prisma.kbArticle.findMany({
    where: { status: "published" },
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    take: section === undefined ? SHOWN : undefined,
    select: { id: true, title: true, body: true, pages: true },
  });
  const shown = section === undefined ? articles : articles.filter((a) => matchesPage(a.pages, helpCentreSectionPath(section.slug)));
  return shown.map((a) => ({ id: a.id, title: a.title, lead: leadOf(a.body) }));
}

export function leadOf(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => p.trim().length > 0 && !p.trim().startsWith("#")) ?? "";
  const plain = paragraph
    .replace(/\*\*|__|`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  return sentence.length > LEAD_MAX ? `${sentence.slice(0, LEAD_MAX - 1).trimEnd()}…` : sentence;
}

import "server-only";
import { z } from "zod";

/** Where the Tier 1 categories came from: the saved tier map, else the latest audit's suggestions. */
export const ZGapTierSourceSchema = z.enum(["tier-map", "audit", "none"]);

const ZGapExampleSchema = z.object({
  ticketId: z.string(),
  subject: z.string(),
  body: z.string(),
  score: z.number(),
  article: z.object({ id: z.string(), title: z.string(), section: z.string().nullable() }).nullable(),
});
export type TGapExample = z.infer<typeof ZGapExampleSchema>;

const ZGapCategorySchema = z.object({
  category: z.string(),
  /** Tickets of the category in the history. */
  tickets: z.number().int(),
  /** How many of them were checked (a deterministic sample). */
  sampled: z.number().int(),
  /** Sampled tickets whose best match is strong and about their category (coversTicket). */
  strong: z.number().int(),
  /** strong / sampled (0 when nothing was sampled). */
  coverage: z.number(),
  /** The worst-covered sampled tickets, lowest best score first. */
  worst: z.array(ZGapExampleSchema),
});
export type TGapCategory = z.infer<typeof ZGapCategorySchema>;

export const ZGapReportSchema = z.object({
  generatedAt: z.string(),
  tierSource: ZGapTierSourceSchema,
  /** The tier-map version used, when the categories came from the tier map. */
  tierMapVersion: z.number().int().nullable(),
  strongMatchScore: z.number(),
  sampleLimit: z.number().int(),
  publishedArticles: z.number().int(),
  categories: z.array(ZGapCategorySchema),
});
export type TGapReport = z.infer<typeof ZGapReportSchema>;

export interface GapTicket {
  id: string;
  category: string;
  subject: string;
  body: string;
}

export interface GapMatch {
  articleId: string;
  title: string;
  section: string | null;
  score: number;
  /** The article's category; null for an article filed under none. */
  category?: string | null;
}

/**
 * Covered means the best match is strong AND is an article for the ticket's category (or one filed under no
 * category). Word overlap alone rates near neighbours as strong ("wrong exchange rate" against the article on
 * which rate we use), which made categories with no article at all look covered; see STRONG_MATCH_SCORE.
 */
export function coversTicket(match: GapMatch | null, ticketCategory: string, strongMatchScore: number): boolean {
  if (match === null || match.score < strongMatchScore) return false;
  return match.category == null || match.category === ticketCategory;
}

export const GAP_EXAMPLES = 5;
const EXAMPLE_CHARS = 400;

/**
 * The coverage of each category: the share of its sampled tickets whose best knowledge match is strong, and the
 * tickets matched worst. Sorted worst-covered first (ties: more tickets first), so the list reads as a to-do list.
 */
export function computeGapReport(input: {
  categories: { category: string; tickets: number }[];
  sample: GapTicket[];
  bestMatch: (text: string) => GapMatch | null;
  strongMatchScore: number;
  examples?: number;
}): TGapReport["categories"] {
  const byCategory = new Map<string, GapTicket[]>();
  for (const t of input.sample) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  const rows = input.categories.map(({ category, tickets }): TGapCategory => {
    const sample = byCategory.get(category) ?? [];
    const scored = sample.map((ticket) => ({ ticket, match: input.bestMatch(`${ticket.subject}\n${ticket.body}`) }));
    const strong = scored.filter((s) => coversTicket(s.match, category, input.strongMatchScore)).length;
    const worst = [...scored]
      .sort((a, b) => (a.match?.score ?? 0) - (b.match?.score ?? 0) || (a.ticket.id < b.ticket.id ? -1 : 1))
      .slice(0, input.examples ?? GAP_EXAMPLES)
      .map(({ ticket, match }) => ({
        ticketId: ticket.id,
        subject: ticket.subject,
        body: ticket.body.length > EXAMPLE_CHARS ? `${ticket.body.slice(0, EXAMPLE_CHARS - 1)}…` : ticket.body,
        score: match?.score ?? 0,
        article: match === null ? null : { id: match.articleId, title: match.title, section: match.section },
      }));
    return { category, tickets, sampled: sample.length, strong, coverage: sample.length === 0 ? 0 : strong / sample.length, worst };
  });
  return rows.sort((a, b) => a.coverage - b.coverage || b.tickets - a.tickets || (a.category < b.category ? -1 : 1));
}

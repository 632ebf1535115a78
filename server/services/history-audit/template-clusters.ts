import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TTemplateCluster } from "./audit-report";
import { UNCATEGORISED, ticketsInScope, type AuditScope } from "./audit-scope";
import { fnv1a32 } from "./text/hash";
import { DEFAULT_LSH, lshClusters } from "./text/lsh-clusters";
import { createMinHasher } from "./text/minhash";
import { normaliseReply } from "./text/normalise-reply";
import { wordShingles } from "./text/shingles";

/** Replies shorter than this (after normalising) are acknowledgements ("Thanks, closing."), not automation targets. */
export const MIN_TEMPLATE_WORDS = 5;
/** A reported template needs this many replies, or 0.5% of all agent replies when that is fewer (at least 3). */
export const DEFAULT_MIN_TEMPLATE_REPLIES = 20;
const MAX_REPORTED_TEMPLATES = 100;
const SHINGLE_WORDS = 3;
const EXAMPLE_CHARS = 600;

export function minTemplateReplies(agentReplies: number): number {
  return Math.max(3, Math.min(DEFAULT_MIN_TEMPLATE_REPLIES, Math.ceil(agentReplies * 0.005)));
}

export interface TemplateFindings {
  agentReplies: number;
  clusters: TTemplateCluster[];
  /** Ticket id -> the id of a reported cluster one of its agent replies belongs to. */
  templatedTickets: Map<string, string>;
}

interface Reply {
  ticketId: string;
  body: string;
  category: string;
}

/**
 * Clusters of near-identical agent replies (public replies only, internal notes excluded): each reply is
 * normalised (names, numbers, links masked), cut into 3-word shingles and MinHashed; LSH links replies whose
 * estimated Jaccard similarity is at least 0.6. Identical normalised texts are hashed once, which is what keeps
 * 50,000 replies to a second or two: templated replies are mostly identical after normalising.
 */
export async function findTemplateClusters(prisma: PrismaClient, scope: AuditScope, minReplies?: number): Promise<TemplateFindings> {
  const replies = await prisma.$queryRaw<Reply[]>`
    SELECT m."ticketId", m.body, coalesce(t.category, ${UNCATEGORISED}) AS category
    FROM "Message" m JOIN "Ticket" t ON t.id = m."ticketId"
    WHERE m.author = 'agent' AND NOT m.internal AND ${ticketsInScope(scope)}
    ORDER BY t."createdAt", t.id, m."createdAt", m.id`;

  const variantOf = new Int32Array(replies.length).fill(-1);
  const variants = new Map<string, number>();
  const variantWords: string[][] = [];
  replies.forEach((r, i) => {
    const words = normaliseReply(r.body);
    if (words.length < MIN_TEMPLATE_WORDS) return;
    const key = words.join(" ");
    let v = variants.get(key);
    if (v === undefined) {
      v = variantWords.length;
      variants.set(key, v);
      variantWords.push(words);
    }
    variantOf[i] = v;
  });

  const hasher = createMinHasher(DEFAULT_LSH.bands * DEFAULT_LSH.rows);
  const clusterOfVariant = lshClusters(variantWords.map((w) => hasher.signature(wordShingles(w, SHINGLE_WORDS))), DEFAULT_LSH);

  const members = new Map<number, number[]>();
  replies.forEach((_, i) => {
    if (variantOf[i] === -1) return;
    const cluster = clusterOfVariant[variantOf[i]!]!;
    const list = members.get(cluster);
    if (list) list.push(i);
    else members.set(cluster, [i]);
  });

  const threshold = minReplies ?? minTemplateReplies(replies.length);
  const clusters: TTemplateCluster[] = [];
  const templatedTickets = new Map<string, string>();
  const big = [...members.values()].filter((m) => m.length >= threshold).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  for (const replyIdx of big.slice(0, MAX_REPORTED_TEMPLATES)) {
    const exampleIdx = mostCommonVariantMember(replyIdx, variantOf);
    const example = replies[exampleIdx]!;
    // Named after its most common wording, so the id stays the same from one run to the next.
    const id = `tpl-${fnv1a32(variantWords[variantOf[exampleIdx]!]!.join(" ")).toString(36)}`;
    const byCategory = new Map<string, number>();
    for (const i of replyIdx) {
      const r = replies[i]!;
      byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
      if (!templatedTickets.has(r.ticketId)) templatedTickets.set(r.ticketId, id);
    }
    clusters.push({
      id,
      count: replyIdx.length,
      categories: [...byCategory]
        .map(([category, count]) => ({ category, count }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      example: example.body.length > EXAMPLE_CHARS ? `${example.body.slice(0, EXAMPLE_CHARS - 1)}…` : example.body,
      exampleTicketId: example.ticketId,
    });
  }
  return { agentReplies: replies.length, clusters, templatedTickets };
}

/** The first reply of the cluster's most frequent wording: the template as agents actually sent it. */
function mostCommonVariantMember(replyIdx: readonly number[], variantOf: Int32Array): number {
  const counts = new Map<number, { n: number; first: number }>();
  for (const i of replyIdx) {
    const v = variantOf[i]!;
    const c = counts.get(v);
    if (c) c.n++;
    else counts.set(v, { n: 1, first: i });
  }
  let best = { n: 0, first: replyIdx[0]! };
  for (const c of counts.values()) if (c.n > best.n) best = c;
  return best.first;
}

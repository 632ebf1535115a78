import type { Channel } from "@prisma/client";
import { calendar, HOUR, MINUTE } from "./calendar";
import { categoryProfile, type CategoryProfile } from "./catalog";
import { demoCustomers, type DemoCustomer } from "./customers";
import type { SourceText } from "./load-texts";
import { chance, pick, pickCumulative, prng, shuffle, subSeed, weighted, type Rand } from "./random";
import { templateFor } from "./templates";
import { drawTimeline, type Timeline } from "./timeline";

/** One ticket's facts, decided up front (numbers only); its texts are written when it is iterated. */
export interface TicketPlan {
  index: number;
  text: SourceText;
  /** Bitext's own answer is used once per Bitext row; a text drawn again gets a composed reply. */
  firstUseOfText: boolean;
  customer: DemoCustomer;
  profile: CategoryProfile;
  createdAt: number;
  channel: Channel;
  /** A repeat contact: the same customer wrote within the previous 24 hours. */
  repeatOf: number | null;
  incident: string | null;
  timeline: Timeline;
  /** Whether the first agent reply is the category's planted template (only when that reply exists by `now`). */
  usesTemplate: boolean;
}

export interface HistoryPlan {
  plans: TicketPlan[];
  profiles: Map<string, CategoryProfile>;
}

/** Relative volume of the categories whose replies are templates: different on purpose, for the audit to rank. */
const TEMPLATE_POPULARITY: Record<string, number> = {
  card_arrival: 2.6, card_delivery_estimate: 1.2, activate_my_card: 1.6, pin_blocked: 0.8, exchange_rate: 1.1,
  routing: 0.9, rewards_balance: 1.3, redeem_rewards: 0.7, track_order: 2.2, newsletter_subscription: 0.6,
  track_refund: 1.5, get_refund: 1,
};

export function planHistory(texts: SourceText[], opts: { seed: number; nowMs: number; count: number }): HistoryPlan {
  const { seed, nowMs, count } = opts;
  const rand = prng(subSeed(seed, "plan"));
  const cal = calendar(nowMs);

  const byCategory = new Map<string, SourceText[]>();
  for (const t of texts) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  const categories = [...byCategory.keys()].sort();
  const profiles = new Map<string, CategoryProfile>();
  for (const c of categories) {
    const pop = TEMPLATE_POPULARITY[c] ?? 0.4 * Math.pow(6, prng(subSeed(seed, `popularity:${c}`))());
    profiles.set(c, categoryProfile(seed, c, pop));
  }
  for (const c of categories) shuffle(prng(subSeed(seed, `texts:${c}`)), byCategory.get(c)!);
  const used = new Map<string, number>();

  // One cumulative weight table for normal days, one per incident (its categories boosted).
  const tableFor = (boosted: readonly string[]) => {
    const table = new Float64Array(categories.length);
    let sum = 0;
    categories.forEach((c, i) => {
      sum += byCategory.get(c)!.length * profiles.get(c)!.popularity * (boosted.includes(c) ? 12 : 1);
      table[i] = sum;
    });
    return table;
  };
  const tables = new Map<string, Float64Array>([["", tableFor([])]]);

  const customers = demoCustomers(seed, Math.round(count * 0.55));
  const frequent = customers.filter((c) => c.frequent);
  const plans: TicketPlan[] = [];

  const add = (createdAt: number, category: string, customer: DemoCustomer, repeatOf: number | null) => {
    const list = byCategory.get(category)!;
    const k = used.get(category) ?? 0;
    used.set(category, k + 1);
    const profile = profiles.get(category)!;
    const tRand = prng(subSeed(seed, `ticket:${plans.length}`));
    const channel = weighted<Channel>(tRand, { email: 42, chat: 30, web: 16, phone: 6, social: 6 });
    const templated = templateFor(category) !== undefined;
    const timeline = drawTimeline(tRand, {
      profile,
      createdAt,
      live: channel === "chat" || channel === "phone",
      enterprise: customer.enterprise,
      frequent: customer.frequent,
      templated,
    });
    const answered = timeline.firstResponseAt <= nowMs;
    const usesTemplate = answered && templated && tRand() < templateFor(category)!.share;
    // Friction the audit looks for: a ticket escalated on arrival, then answered with the canned reply anyway.
    if (usesTemplate && timeline.escalatedAt !== null) {
      timeline.escalatedAt = Math.round((createdAt + (timeline.firstResponseAt - createdAt) / 2) / MINUTE) * MINUTE;
    }
    plans.push({
      index: plans.length,
      text: list[k % list.length]!,
      firstUseOfText: k < list.length,
      customer,
      profile,
      createdAt,
      channel,
      repeatOf,
      incident: cal.incidentAt(createdAt)?.name ?? null,
      timeline,
      usesTemplate,
    });
    return plans.length - 1;
  };

  while (plans.length < count) {
    const createdAt = cal.sample(rand);
    const incident = cal.incidentAt(createdAt);
    const key = incident?.name ?? "";
    if (!tables.has(key)) tables.set(key, tableFor(incident!.categories));
    const category = categories[pickCumulative(rand, tables.get(key)!)]!;
    const customer = chance(rand, 0.2) && frequent.length > 0 ? pick(rand, frequent) : pick(rand, customers);
    const first = add(createdAt, category, customer, null);
    // Frequent customers often write again within a day, about the same thing or something close to it.
    if (customer.frequent && chance(rand, 0.35)) burst(rand, first);
  }

  function burst(r: Rand, first: number) {
    const again = 1 + (chance(r, 0.3) ? 1 : 0);
    let at = plans[first]!.createdAt;
    for (let n = 0; n < again && plans.length < count; n++) {
      at += Math.round((1 + r() * 10) * HOUR / MINUTE) * MINUTE;
      if (at > nowMs) return;
      const same = chance(r, 0.7);
      const category = same ? plans[first]!.profile.category : pick(r, categories);
      add(at, category, plans[first]!.customer, first);
    }
  }

  plans.sort((a, b) => a.createdAt - b.createdAt || a.index - b.index);
  return { plans, profiles };
}

import type { TImportCustomer } from "../../../lib/history-import/import-record";
import { pick, prng, subSeed, weighted } from "./random";

export interface DemoCustomer extends TImportCustomer {
  externalId: string;
  name: string;
  firstName: string;
  enterprise: boolean;
  /** Contacts support again and again: the repeat contacts the escalation criteria look for. */
  frequent: boolean;
}

const FIRST = [
  "Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jonas", "Kira", "Leo", "Mia", "Noah",
  "Olivia", "Pablo", "Quinn", "Rosa", "Sofia", "Theo", "Uma", "Victor", "Wendy", "Xavier", "Yara", "Zane", "Amelia",
  "Bruno", "Clara", "Dmitri", "Elif", "Farah", "Gabriel", "Helena", "Ibrahim", "Julia", "Karim", "Lena", "Mateo",
  "Nadia", "Oliver", "Paula", "Rahul", "Sara", "Tobias", "Ursula", "Vera", "William", "Ximena", "Yusuf", "Zoe",
  "Anton", "Bianca", "Carlos", "Dana", "Emil", "Freya", "Gustav", "Hana", "Ivan",
];
const LAST = [
  "Adams", "Brown", "Costa", "Dubois", "Evans", "Garcia", "Hughes", "Ivanov", "Jensen", "Kowalski", "Lopez", "Meyer",
  "Nguyen", "Olsen", "Patel", "Rossi", "Schmidt", "Tanaka", "Walsh", "Young", "Ahmed", "Bauer", "Carvalho", "Dias",
  "Eriksen", "Fontaine", "Gonzalez", "Horvat", "Ito", "Jovanovic", "Kaur", "Larsen", "Moretti", "Novak", "Okoye",
  "Park", "Quintero", "Reyes", "Silva", "Takahashi", "Usman", "Virtanen", "Weiss", "Yilmaz", "Zimmermann",
];
/** Enterprise accounts: several people of one company write in, all on the enterprise plan. */
const COMPANIES = [
  "Northwind Traders", "Contoso Logistics", "Fabrikam Foods", "Tailspin Travel", "Litware Systems", "Adatum Health",
  "Proseware Labs", "Woodgrove Retail", "Lucerne Publishing", "Wingtip Sports", "Coho Vineyards", "Alpine Ski House",
];

/** Frequent customers are this share of all customers... */
export const FREQUENT_SHARE = 0.05;
/** ...and enterprise contacts this share. */
const ENTERPRISE_SHARE = 0.04;

export function demoCustomers(seed: number, count: number): DemoCustomer[] {
  const rand = prng(subSeed(seed, "customers"));
  return Array.from({ length: count }, (_, i) => {
    const firstName = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const enterprise = rand() < ENTERPRISE_SHARE;
    const company = enterprise ? pick(rand, COMPANIES) : undefined;
    const domain = company ? `${company.toLowerCase().replace(/[^a-z]+/g, "")}.example` : pick(rand, ["mail.example", "inbox.example", "post.example"]);
    return {
      externalId: `demo-c${String(i + 1).padStart(5, "0")}`,
      name: `${firstName} ${last}`,
      firstName,
      email: `${firstName}.${last}.${i + 1}@${domain}`.toLowerCase(),
      plan: enterprise ? "enterprise" : weighted(rand, { standard: 70, pro: 30 }),
      enterprise,
      frequent: rand() < FREQUENT_SHARE,
    };
  });
}

/** The fields the importer stores (the generator's own bookkeeping stays out). */
export const toImportCustomer = (c: DemoCustomer): TImportCustomer => ({
  externalId: c.externalId,
  name: c.name,
  email: c.email,
  plan: c.plan,
  enterprise: c.enterprise,
});

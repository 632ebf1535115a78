/**
 * The demo workspace's agents by queue. The first of each queue was seeded before the demo history existed;
 * the others make reassignments inside a queue possible (a ticket bouncing between two agents of one team).
 */
export interface DemoAgent {
  name: string;
  email: string;
  queue: string;
}

export const AGENTS: readonly DemoAgent[] = [
  { name: "Maya Okafor", email: "maya.okafor@studio.example", queue: "billing" },
  { name: "Luis Romero", email: "luis.romero@studio.example", queue: "cards" },
  { name: "Hannah Berg", email: "hannah.berg@studio.example", queue: "transfers" },
  { name: "Kenji Watanabe", email: "kenji.watanabe@studio.example", queue: "account-security" },
  { name: "Amira Haddad", email: "amira.haddad@studio.example", queue: "disputes" },
  { name: "Tom Fischer", email: "tom.fischer@studio.example", queue: "general" },
  { name: "Priya Nair", email: "priya.nair@studio.example", queue: "escalations" },
  { name: "Sam Carter", email: "sam.carter@studio.example", queue: "technical" },
  { name: "Elena Petrova", email: "elena.petrova@studio.example", queue: "enterprise" },
  { name: "Jonah Mensah", email: "jonah.mensah@studio.example", queue: "billing" },
  { name: "Ines Moreau", email: "ines.moreau@studio.example", queue: "cards" },
  { name: "Oskar Lindqvist", email: "oskar.lindqvist@studio.example", queue: "cards" },
  { name: "Fatima Zahra", email: "fatima.zahra@studio.example", queue: "transfers" },
  { name: "Diego Alvarez", email: "diego.alvarez@studio.example", queue: "general" },
  { name: "Ruth Abebe", email: "ruth.abebe@studio.example", queue: "disputes" },
  { name: "Marek Novak", email: "marek.novak@studio.example", queue: "account-security" },
  { name: "Chen Wei", email: "chen.wei@studio.example", queue: "orders" },
  { name: "Aisha Bello", email: "aisha.bello@studio.example", queue: "orders" },
  { name: "Lukas Weber", email: "lukas.weber@studio.example", queue: "orders" },
  { name: "Nora Kelly", email: "nora.kelly@studio.example", queue: "credit" },
  { name: "Rafael Souza", email: "rafael.souza@studio.example", queue: "credit" },
];

const byQueue = new Map<string, DemoAgent[]>();
for (const a of AGENTS) byQueue.set(a.queue, [...(byQueue.get(a.queue) ?? []), a]);

export function agentsOf(queue: string): readonly DemoAgent[] {
  const agents = byQueue.get(queue);
  if (!agents) throw new Error(`The demo workspace has no agent in queue "${queue}"`);
  return agents;
}

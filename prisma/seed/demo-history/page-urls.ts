import type { Channel } from "@prisma/client";
import type { Rand } from "./random";

/** Where the customer was when they wrote: the help-centre article of the topic, or the app screen of its area. */
const APP_SCREENS: Record<string, string> = {
  billing: "/billing/statements",
  cards: "/cards",
  transfers: "/payments/transfers",
  "account-security": "/settings/security",
  disputes: "/payments/disputes",
  general: "/account",
  escalations: "/help/contact",
  technical: "/help/troubleshooting",
  orders: "/shop/orders",
  credit: "/credit-card",
  enterprise: "/account",
};

export function pageUrlOf(rand: Rand, channel: Channel, queue: string, category: string): string | null {
  // Email, phone and social messages do not come from a page.
  if (channel !== "web" && channel !== "chat") return null;
  const slug = category.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
  return rand() < 0.55
    ? `https://help.larkspur.example/hc/en/${queue}/${slug}`
    : `https://app.larkspur.example${APP_SCREENS[queue] ?? "/"}`;
}

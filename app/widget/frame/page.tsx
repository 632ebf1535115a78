import type { Metadata } from "next";
import { ChatFrame } from "@/components/widget/ChatFrame";
import { WIDGET_LIMITS } from "@/server/services/widget/widget-schemas";

export const metadata: Metadata = { title: { absolute: "Support chat" }, robots: { index: false } };

const DEFAULT_ACCENT = "#4f46e5";
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The chat inside the widget's iframe (public/widget.js embeds it): public, no studio session. The script passes
 * the host page and its look in the query; later page changes arrive by postMessage.
 */
export default async function WidgetFramePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const accent = one(search.accent);
  const heading = one(search.heading).trim().slice(0, 60);
  return (
    <ChatFrame
      heading={heading || "Support"}
      accent={HEX.test(accent) ? accent : DEFAULT_ACCENT}
      initialPage={{ url: one(search.pageUrl).slice(0, 4000), title: one(search.pageTitle).slice(0, 1000) }}
      limits={{ message: WIDGET_LIMITS.message, name: WIDGET_LIMITS.name, email: WIDGET_LIMITS.email, comment: WIDGET_LIMITS.comment }}
    />
  );
}

import type { ReactNode } from "react";
import { headers } from "next/headers";
import Link from "next/link";
import { HelpCentreNav } from "@/components/widget/HelpCentreNav";
import { HELP_CENTRE_SECTIONS, helpCentreSectionPath } from "@/server/services/widget/help-centre-topics";

/**
 * A demo of a customer's own help centre with the studio's chat widget on it, added the way a customer adds it:
 * one script tag. Public, outside the studio's shell, so ops can walk through a conversation as a customer would.
 * The tag sits in the layout, so moving between sections keeps the chat open and the widget tells it the new page.
 */
export default async function HelpCentreLayout({ children }: { children: ReactNode }) {
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "localhost:3000"}`;
  const sections = HELP_CENTRE_SECTIONS.map((s) => ({ href: helpCentreSectionPath(s.slug), title: s.title }));
  return (
    <div className="min-h-screen bg-white text-[15px] leading-6 text-slate-800">
      <header className="bg-teal-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-6 py-4">
          <Link href="/help-centre" className="text-lg font-semibold tracking-tight">
            Northwind Money
          </Link>
          <HelpCentreNav sections={sections} />
        </div>
      </header>
      {children}
      <footer className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-5xl px-6 py-6 text-[13px] text-slate-600">
          <p>
            A demo page of Flow Studio: Northwind Money is made up. The chat on this page is the studio’s widget, added with this one tag:
          </p>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-white px-3 py-2 text-[12px] text-slate-800 ring-1 ring-slate-200">
            {`<script src="${origin}/widget.js" async data-label="Chat with us" data-heading="Northwind Money support" data-color="#115e59"></script>`}
          </pre>
        </div>
      </footer>
      <script src="/widget.js" async data-label="Chat with us" data-heading="Northwind Money support" data-color="#115e59" />
    </div>
  );
}

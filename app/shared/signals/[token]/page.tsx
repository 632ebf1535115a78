import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { connection } from "next/server";
import { Link2Off } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { SignalSections } from "@/components/signals/SignalSections";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { formatDateTime } from "@/components/ui/format";
import { summarizeError } from "@/server/lib/error-summary";

export const metadata: Metadata = { title: "Shared signals", robots: { index: false } };

/**
 * The signals behind a shared link, for people without a seat: figures, trends and example subjects, read-only,
 * with no link into the app.
 */
export default async function SharedSignalsPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  let content;
  try {
    const { report, expiresAt } = await api.signals.shared({ token });
    content = (
      <>
        <header className="mb-6">
          <h1 className="text-lg font-semibold text-zinc-900">Business signals</h1>
          <p className="mt-1 text-[13px] text-zinc-600">
            The 7 days ending {report.view.to}
            {report.view.origin === "all" ? "" : ` (${report.view.origin} tickets only)`}, compared with the 8 weeks before them. A read-only view
            shared from the support studio; the link works until {formatDateTime(expiresAt)} UTC.
          </p>
          <p className="mt-2 flex gap-3 text-[13px]">
            <a className="text-indigo-700 hover:underline" href={`/api/signals/export?format=csv&token=${encodeURIComponent(token)}`} download>
              Download CSV
            </a>
            <a className="text-indigo-700 hover:underline" href={`/api/signals/export?format=markdown&token=${encodeURIComponent(token)}`} download>
              Download Markdown
            </a>
          </p>
        </header>
        <SignalSections report={report} readOnly />
      </>
    );
  } catch (error) {
    content =
      error instanceof TRPCError && error.code === "NOT_FOUND" ? (
        <EmptyState icon={Link2Off} title="This link no longer works">
          {error.message}
        </EmptyState>
      ) : (
        <ErrorState title="Could not load the signals" message={summarizeError(error).message} />
      );
  }
  return <main className="mx-auto max-w-6xl px-6 py-8">{content}</main>;
}

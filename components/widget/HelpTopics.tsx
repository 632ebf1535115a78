import { BookOpen } from "lucide-react";
import type { THelpTopic } from "@/server/services/widget/help-centre-topics";

/** The demo help centre's article cards: each article's title and its opening sentence. */
export function HelpTopics({ topics, label }: { topics: THelpTopic[]; label: string }) {
  if (topics.length === 0) return <p className="mt-4 text-slate-600">Our help articles are being updated. Please ask us in the chat instead.</p>;
  return (
    <ul aria-label={label} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {topics.map((t) => (
        <li key={t.id} className="rounded-xl border border-slate-200 p-4">
          <p className="flex items-start gap-2 font-medium text-slate-900">
            <BookOpen aria-hidden className="mt-1 size-4 shrink-0 text-teal-700" />
            {t.title}
          </p>
          {t.lead && <p className="mt-1.5 text-[14px] text-slate-600">{t.lead}</p>}
        </li>
      ))}
    </ul>
  );
}

import { MessageCircle } from "lucide-react";

/** The demo help centre's pointer to the chat. */
export function StillStuck() {
  return (
    <section className="mt-12 flex items-start gap-3 rounded-xl bg-teal-50 p-5">
      <MessageCircle aria-hidden className="mt-0.5 size-5 shrink-0 text-teal-800" />
      <div>
        <h2 className="font-semibold text-slate-900">Still stuck?</h2>
        <p className="mt-1 text-slate-700">Our virtual assistant answers most questions straight away, and a person from our team takes over whenever you ask.</p>
      </div>
    </section>
  );
}

"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { lintArticle } from "@/lib/knowledge/lint-article";
import { Button } from "@/components/ui/Button";
import { Section } from "@/components/ui/Section";
import { formOf, inputOf, sameForm, type ArticleForm } from "./article-form";
import { LintWarnings } from "./LintWarnings";
import { PageTagsInput } from "./PageTagsInput";
import { Markdown } from "./Markdown";
import { errorText } from "@/components/ui/error-text";

type Existing = { id: string; title: string; body: string; category: string | null; owner: string | null; tags: string[]; pages: string[]; status: string; reviewDue: Date | null; updatedAt: Date };

const INPUT = "h-8 w-full rounded-md border border-zinc-300 px-2 text-[13px] disabled:bg-zinc-50";
const LABEL = "block text-xs font-medium text-zinc-700";

/**
 * Writes an article in Markdown with a live preview and the structure lint as you type. A new article is
 * created on the first save; an existing one is saved with the `updatedAt` it was loaded with, so a save by
 * someone else in between is reported, not overwritten.
 */
export function ArticleEditor({ article, categories, owner, readOnly }: { article: Existing | null; categories: string[]; owner: string; readOnly: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [baseline, setBaseline] = useState(() => formOf(article, owner));
  const [form, setForm] = useState<ArticleForm>(baseline);
  const [loadedAt, setLoadedAt] = useState(article?.updatedAt);
  const [note, setNote] = useState<string | null>(null);
  const create = useMutation(trpc.knowledge.create.mutationOptions());
  const update = useMutation(trpc.knowledge.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const dirty = !sameForm(form, baseline);
  const lint = useMemo(() => lintArticle(form.body), [form.body]);
  // A change saved elsewhere (Mark reviewed moves the review date) reaches an untouched form; edits in progress
  // are kept, and saving them then reports the conflict instead of overwriting.
  const serverStamp = article?.updatedAt.getTime();
  useEffect(() => {
    if (article === null || loadedAt === undefined || article.updatedAt.getTime() <= loadedAt.getTime() || dirty) return;
    const next = formOf(article);
    setBaseline(next);
    setForm(next);
    setLoadedAt(article.updatedAt);
  }, [serverStamp]);
  const set = (patch: Partial<ArticleForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setNote(null);
  };

  async function onSave() {
    setNote(null);
    if (article === null) {
      const created = await create.mutateAsync(inputOf(form)).catch(() => null);
      if (created !== null) router.push(`/knowledge/${created.id}`);
      return;
    }
    const saved = await update.mutateAsync({ id: article.id, article: inputOf(form), expectedUpdatedAt: loadedAt }).catch(() => null);
    if (saved === null) return;
    const next = formOf(saved);
    setBaseline(next);
    setForm(next);
    setLoadedAt(saved.updatedAt);
    setNote("Saved.");
    router.refresh();
  }

  return (
    <form
      aria-label={article === null ? "New article" : "Edit article"}
      onSubmit={(e) => {
        e.preventDefault();
        if (!readOnly && !saving) void onSave();
      }}
      className="space-y-4"
    >
      <div className="grid gap-3 md:grid-cols-6">
        <label className="md:col-span-3">
          <span className={LABEL}>Title</span>
          <input className={INPUT} value={form.title} onChange={(e) => set({ title: e.target.value })} disabled={readOnly} required />
        </label>
        <label className="md:col-span-2">
          <span className={LABEL}>Category</span>
          <input className={INPUT} list="kb-categories" value={form.category} onChange={(e) => set({ category: e.target.value })} disabled={readOnly} placeholder="e.g. card_arrival" />
          <datalist id="kb-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label>
          <span className={LABEL}>Status</span>
          <select className={INPUT} value={form.status} onChange={(e) => set({ status: e.target.value as ArticleForm["status"] })} disabled={readOnly}>
            <option value="draft">Draft</option>
            <option value="published">Published</option>
          </select>
        </label>
        <label className="md:col-span-2">
          <span className={LABEL}>Owner</span>
          <input className={INPUT} value={form.owner} onChange={(e) => set({ owner: e.target.value })} disabled={readOnly} />
        </label>
        <label className="md:col-span-3">
          <span className={LABEL}>Tags</span>
          <input className={INPUT} value={form.tags} onChange={(e) => set({ tags: e.target.value })} disabled={readOnly} placeholder="comma-separated" />
        </label>
        <label>
          <span className={LABEL}>Review due</span>
          <input type="date" className={INPUT} value={form.reviewDue} onChange={(e) => set({ reviewDue: e.target.value })} disabled={readOnly} />
        </label>
        <div className="md:col-span-6">
          <PageTagsInput pages={form.pages} onChange={(pages) => set({ pages })} disabled={readOnly} />
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <label className="block">
          <span className={LABEL}>Body (Markdown)</span>
          <textarea
            className="mt-0.5 h-[28rem] w-full rounded-md border border-zinc-300 p-2 font-mono text-xs leading-5 disabled:bg-zinc-50"
            value={form.body}
            onChange={(e) => set({ body: e.target.value })}
            disabled={readOnly}
            spellCheck
          />
        </label>
        <section aria-label="Preview" className="rounded-md border border-zinc-200 bg-white p-3">
          <h2 className="mb-2 text-[11px] font-medium uppercase tracking-wide text-zinc-500">Preview</h2>
          <Markdown source={form.body} />
        </section>
      </div>
      <Section title={`Structure (${lint.length === 0 ? "no warnings" : `${lint.length} warning${lint.length === 1 ? "" : "s"}`})`}>
        <LintWarnings warnings={lint} />
      </Section>
      {!readOnly && (
        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-zinc-200 bg-zinc-50/95 px-1 py-3 backdrop-blur">
          <Button type="submit" variant="primary" disabled={saving || (article !== null && !dirty)}>
            {saving ? "Saving…" : article === null ? "Create article" : "Save article"}
          </Button>
          <Button variant="ghost" onClick={() => setForm(baseline)} disabled={!dirty || saving}>
            Discard changes
          </Button>
          <span className="text-xs text-zinc-500">{dirty ? "Unsaved changes" : ""}</span>
          <span role="status" className="text-[13px] text-emerald-700">
            {note}
          </span>
          {error && (
            <p role="alert" className="flex flex-wrap items-center gap-2 text-[13px] text-red-700">
              {errorText(error)}
              {error.data?.code === "CONFLICT" && (
                <Button size="sm" onClick={() => window.location.reload()}>
                  Reload the article
                </Button>
              )}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

import type { TKbArticleInputRaw } from "@/server/services/knowledge/kb-article-schema";

/** The editor's fields as the inputs hold them (strings), and the conversion to what the API takes. */
export interface ArticleForm {
  title: string;
  body: string;
  category: string;
  owner: string;
  tags: string;
  /** Page tags in their stored form (the tag input checks each as it is added). */
  pages: string[];
  status: "draft" | "published";
  /** yyyy-mm-dd, or "" for none. */
  reviewDue: string;
}

export function formOf(
  article: { title: string; body: string; category: string | null; owner: string | null; tags: string[]; pages: string[]; status: string; reviewDue: Date | null } | null,
  owner = "",
): ArticleForm {
  if (article === null) return { title: "", body: "# \n\n", category: "", owner, tags: "", pages: [], status: "draft", reviewDue: "" };
  return {
    title: article.title,
    body: article.body,
    category: article.category ?? "",
    owner: article.owner ?? "",
    tags: article.tags.join(", "),
    pages: [...article.pages],
    status: article.status === "draft" ? "draft" : "published",
    reviewDue: article.reviewDue === null ? "" : article.reviewDue.toISOString().slice(0, 10),
  };
}

export function inputOf(form: ArticleForm): TKbArticleInputRaw {
  return {
    title: form.title,
    body: form.body,
    category: form.category,
    owner: form.owner,
    tags: form.tags.split(/[,;]/).map((t) => t.trim()),
    pages: form.pages,
    status: form.status,
    // Midday UTC, so the date reads the same in every time zone.
    reviewDue: form.reviewDue === "" ? null : new Date(`${form.reviewDue}T12:00:00.000Z`),
  };
}

export function sameForm(a: ArticleForm, b: ArticleForm): boolean {
  return (Object.keys(a) as (keyof ArticleForm)[]).every((k) => {
    const [x, y] = [a[k], b[k]];
    return Array.isArray(x) && Array.isArray(y) ? x.join("\n") === y.join("\n") : x === y;
  });
}

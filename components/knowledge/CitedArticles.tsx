import Link from "next/link";

/** "Cited: A, B", each a link to its knowledge article: how an AI reply's or draft's sources read everywhere. */
export function CitedArticles({ citations, className }: { citations: ReadonlyArray<{ articleId: string; title: string }>; className: string }) {
  if (citations.length === 0) return null;
  return (
    <p className={className}>
      Cited:{" "}
      {citations.map((c, i) => (
        <span key={c.articleId}>
          {i > 0 && ", "}
          <Link href={`/knowledge/${c.articleId}`} className="text-indigo-700 hover:underline">
            {c.title}
          </Link>
        </span>
      ))}
    </p>
  );
}

import type { ReactNode } from "react";
import { parseBlocks, type MdBlock, type MdInline } from "@/lib/knowledge/markdown-blocks";
import { safeHref } from "@/lib/knowledge/safe-href";

/**
 * Renders an article's Markdown (CommonMark, read by markdown-blocks.ts) with React elements only: raw HTML in the
 * text shows as text, and a link that is not a web, mail or studio address, or that would leave the studio while
 * looking like a path, stays plain text.
 */
export function Markdown({ source, label }: { source: string; label?: string }) {
  const blocks = parseBlocks(source);
  return (
    <div aria-label={label} className="space-y-3 text-[13px] leading-relaxed text-zinc-800">
      {blocks.length === 0 ? <p className="text-zinc-500">Nothing to preview yet.</p> : blocks.map((block, i) => <Block key={i} block={block} />)}
    </div>
  );
}

const HEADING_CLASSES = ["text-lg font-semibold", "text-base font-semibold", "text-sm font-semibold", "text-sm font-medium", "text-[13px] font-medium", "text-[13px] font-medium"];

function Block({ block }: { block: MdBlock }): ReactNode {
  switch (block.kind) {
    case "heading": {
      const Tag = (`h${Math.min(6, block.level + 1)}`) as "h2"; // the page owns the h1
      return <Tag className={`${HEADING_CLASSES[block.level - 1]} text-zinc-900`}>{inline(block.inline)}</Tag>;
    }
    case "paragraph":
      return <p>{inline(block.inline)}</p>;
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {inline(item.inline)}
          {item.nested.length > 0 && <div className="mt-1 space-y-1">{item.nested.map((b, j) => <Block key={j} block={b} />)}</div>}
        </li>
      ));
      return block.ordered ? (
        <ol start={block.start ?? undefined} className="list-decimal space-y-1 pl-5">
          {items}
        </ol>
      ) : (
        <ul className="list-disc space-y-1 pl-5">{items}</ul>
      );
    }
    case "quote":
      return <blockquote className="border-l-2 border-zinc-300 pl-3 text-zinc-600">{inline(block.inline)}</blockquote>;
    case "code":
      return <pre className="overflow-x-auto rounded bg-zinc-100 p-2 font-mono text-xs">{block.text}</pre>;
    case "rule":
      return <hr className="border-zinc-200" />;
    default: {
      const never: never = block;
      return never;
    }
  }
}

function inline(nodes: readonly MdInline[]): ReactNode[] {
  return nodes.map((node, i) => <Inline key={i} node={node} />);
}

function Inline({ node }: { node: MdInline }): ReactNode {
  switch (node.kind) {
    case "text":
      return node.text;
    case "strong":
      return <strong className="font-semibold">{node.children.map((c, i) => <Inline key={i} node={c} />)}</strong>;
    case "em":
      return <em>{node.children.map((c, i) => <Inline key={i} node={c} />)}</em>;
    case "code":
      return <code className="rounded bg-zinc-100 px-1 font-mono text-xs">{node.text}</code>;
    case "link": {
      const children = node.children.map((c, i) => <Inline key={i} node={c} />);
      const href = safeHref(node.href);
      if (href === null) return <span title={`Not a link: ${node.href}`}>{children}</span>;
      const external = /^https?:/i.test(href);
      return (
        <a href={href} className="text-indigo-700 underline" {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}>
          {children}
        </a>
      );
    }
    default: {
      const never: never = node;
      return never;
    }
  }
}

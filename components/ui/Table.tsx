import type { ComponentProps } from "react";
import { cx } from "./cx";
import { ScrollArea } from "./ScrollArea";

/** Dense data-table primitives: a bordered card that scrolls sideways on narrow screens, never the page. */
export function Table({ className, caption, children, ...props }: ComponentProps<"table"> & { caption?: string }) {
  return (
    <ScrollArea label={props["aria-label"] ?? caption} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
      <table className={cx("w-full border-collapse text-left text-[13px]", className)} {...props}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </ScrollArea>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cx("border-b border-zinc-200 bg-zinc-50/80", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-zinc-100", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("hover:bg-zinc-50/70", className)} {...props} />;
}

export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cx("whitespace-nowrap px-3 py-2 text-[11px] font-medium uppercase tracking-wide text-zinc-500", className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("px-3 py-2 align-top text-zinc-800", className)} {...props} />;
}

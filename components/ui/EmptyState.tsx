import type { ComponentType, ReactNode } from "react";

export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon?: ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-12 text-center">
      {Icon && (
        <div className="mb-3 rounded-full bg-zinc-100 p-2.5 text-zinc-500">
          <Icon className="size-5" aria-hidden />
        </div>
      )}
      <h2 className="text-sm font-semibold text-zinc-900">{title}</h2>
      {children && <div className="mt-1 max-w-md text-[13px] text-zinc-600">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}

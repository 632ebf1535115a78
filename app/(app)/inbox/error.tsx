"use client";

import { RouteError } from "@/components/ui/RouteError";

export default function ErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError what="the inbox" error={error} retry={retry} />;
}

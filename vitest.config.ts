import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { FileOrder } from "./tests/integration/file-order";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // The order of the integration files, the same on every machine (see FileOrder).
    sequence: { sequencer: FileOrder },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{workflows,server,temporal,cli,components,app,scripts,prisma}/**/*.test.ts"],
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

/**
 * Which way imports may point. `npm test` runs this (npm run check:imports) so an arrow that runs back up
 * fails the build instead of waiting for someone to draw the house.
 *
 *   app/, components/  ->  lib/, server/ (types only from components)  ->  workflows/
 *   temporal/ and composition/ are adapters wired from the top; nothing below may import them.
 */
/** Tests wire real adapters together like a composition root does, so the direction rules read production code. */
const TESTS = "\\.(test|int\\.test)\\.tsx?$|/test-[^/]+\\.ts$|/fixtures/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "workflows-stay-pure",
      comment:
        "The flow language runs inside Temporal's workflow sandbox, the backtester and the browser: it may import only itself, zod, the Temporal workflow API and re2js (user patterns run on a linear-time engine, pure JS).",
      severity: "error",
      from: { path: "^workflows/", pathNot: TESTS },
      to: { pathNot: ["^workflows/", "^node_modules/zod/", "^node_modules/@temporalio/(workflow|common)/", "^node_modules/re2js/"] },
    },
    {
      name: "lib-is-client-safe",
      comment: "lib/ is shared with the browser: it may import only itself, workflows/ and plain libraries.",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: ["^server/", "^temporal/", "^app/", "^components/", "^composition/", "^cli/"] },
    },
    {
      name: "server-below-adapters",
      comment: "Services see ports; Temporal, the composition roots and the pages sit above them.",
      severity: "error",
      from: { path: "^server/", pathNot: TESTS },
      to: { path: ["^temporal/", "^app/", "^components/", "^composition/", "^cli/"] },
    },
    {
      name: "components-no-server-runtime",
      comment: "Client components may name server types, never import server code (it would ship to the browser or fail there).",
      severity: "error",
      from: { path: "^components/", pathNot: TESTS },
      to: { path: ["^server/", "^temporal/"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "routers-call-services",
      comment: "A procedure parses its input and calls one service; queries live in the services.",
      severity: "error",
      from: { path: "^server/api/routers/", pathNot: TESTS },
      to: { path: ["^node_modules/@prisma/", "^node_modules/\\.prisma/", "^server/db\\.ts$", "^server/db/"] },
    },
    {
      name: "no-circular",
      comment: "A circle of imports makes both ends load in an order nobody chose.",
      severity: "error",
      from: { pathNot: TESTS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^node_modules", "^\\.", "^test-results", "^playwright-report", "\\.d\\.ts$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};

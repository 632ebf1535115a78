/**
 * Node flags for the studio's own TypeScript processes outside Next.js: the worker, the CLI, training children and
 * threads, the bench and the processes tests start. Every server/ module begins with `import "server-only"`, a
 * package that throws unless it is resolved under React's "react-server" condition, so a client import of server
 * code fails the build. Next sets that condition for its server layers; these processes ask for it here.
 * Never pass it to `next` itself: its server-side rendering of client components would then load React's server build.
 * This file alone does not import `server-only`: launchers read it to check for the condition before any server code loads.
 */
export const SERVER_CONDITIONS = ["--conditions=react-server"];

/** For `spawn(process.execPath, [...NODE_TSX_ARGS, file])`: the condition above and tsx's loader for our TypeScript. */
export const NODE_TSX_ARGS = [...SERVER_CONDITIONS, "--import", "tsx"];

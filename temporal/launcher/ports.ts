import net from "node:net";

/** True when nothing listens on host:port (we can bind it ourselves for a moment). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now (bind to 0, read it back, release it). */
export function randomFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("could not read a free port"))));
    });
  });
}

/** The preferred port when it is free, otherwise any free port, never one in `avoid`. */
export async function pickPort(preferred: number, avoid: number[] = [], host = "127.0.0.1"): Promise<number> {
  if (!avoid.includes(preferred) && (await isPortFree(preferred, host))) return preferred;
  for (;;) {
    const port = await randomFreePort(host);
    if (!avoid.includes(port)) return port;
  }
}

/** Resolves when a TCP connection to host:port succeeds (the cheap first half of a readiness check). */
export function canConnect(port: number, host = "127.0.0.1", timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

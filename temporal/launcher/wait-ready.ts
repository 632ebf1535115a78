import { Connection } from "@temporalio/client";
import { canConnect } from "./ports";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function splitAddress(address: string): { host: string; port: number } {
  const at = address.lastIndexOf(":");
  return { host: address.slice(0, at).replace(/^\[|\]$/g, ""), port: Number(address.slice(at + 1)) };
}

/**
 * One real round trip: gRPC GetSystemInfo, then DescribeNamespace, so "ready" means workflows can be
 * started in that namespace, not merely that a port is open.
 */
export async function answers(address: string, namespace: string, timeoutMs = 3_000): Promise<boolean> {
  const { host, port } = splitAddress(address);
  if (!(await canConnect(port, host, timeoutMs))) return false;
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    await connection.withDeadline(deadline, () => connection!.workflowService.getSystemInfo({}));
    await connection.withDeadline(deadline, () => connection!.workflowService.describeNamespace({ namespace }));
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close().catch(() => undefined);
  }
}

/**
 * Polls until the server answers. `failed()` is checked between polls so a crashed process ends the
 * wait at once with its reason instead of running out the clock.
 */
export async function waitUntilAnswers(
  address: string,
  namespace: string,
  timeoutMs: number,
  failed: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    if (await answers(address, namespace)) return;
    if (Date.now() > deadline) throw new Error(`Temporal at ${address} did not answer within ${timeoutMs / 1000}s`);
    await sleep(500);
  }
}

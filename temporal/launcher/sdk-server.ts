import path from "node:path";

export interface SdkServer {
  address: string;
  stop(): Promise<void>;
}

/**
 * Last resort: the SDK's ephemeral dev server (@temporalio/testing), which downloads the CLI on first
 * use and so only works with internet. The server is a child of this process and dies with it.
 * Returns undefined with the reason in `tried` when the package is missing or the download fails.
 */
export async function startSdkServer(
  o: { dbFile: string; temporalDir: string; port: number; uiPort?: number; namespace: string },
  tried: string[],
): Promise<SdkServer | undefined> {
  let testing: typeof import("@temporalio/testing");
  try {
    testing = await import("@temporalio/testing");
  } catch {
    tried.push("@temporalio/testing is not installed");
    return undefined;
  }
  try {
    const env = await testing.TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: "cached-download", downloadDir: path.join(o.temporalDir, "sdk-download") },
        dbFilename: o.dbFile,
        ip: "127.0.0.1",
        port: o.port,
        namespace: o.namespace,
        ui: o.uiPort !== undefined,
        uiPort: o.uiPort,
        extraArgs: o.uiPort !== undefined ? ["--ui-disable-news-fetch"] : [],
      },
    });
    return { address: env.address, stop: () => env.teardown() };
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    tried.push(`the SDK's download of the dev server failed (${message}) — it needs internet`);
    return undefined;
  }
}


import "server-only";
import { openSecrets, sealSecrets } from "../connections/secret-box";

/**
 * A data source's auth header value, sealed like a connection's secrets. The associated data names the table as
 * well as the row, so a value copied from a connection row (or onto one) does not open.
 */
function boundTo(id: string): string {
  return `data-source:${id}`;
}

export function sealDataSourceSecret(key: Buffer, id: string, value: string): string {
  return value === "" ? "" : sealSecrets(key, boundTo(id), { value });
}

/** "" when none is saved; throws SecretsUnreadable when the workspace key changed since it was sealed. */
export function openDataSourceSecret(key: Buffer, id: string, sealed: string): string {
  if (sealed === "") return "";
  const opened = openSecrets(key, boundTo(id), sealed);
  return typeof opened.value === "string" ? opened.value : "";
}

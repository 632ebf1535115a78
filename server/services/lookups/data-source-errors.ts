import "server-only";
import { Prisma } from "@prisma/client";
import { ServiceError } from "../lib/service-error";

export class DataSourceNotFoundError extends ServiceError {
  constructor() {
    super("not-found", "That data source no longer exists; reload the page.");
  }
}

/** The unique name's violation as the sentence under the name field; any other error as it was. */
export function dataSourceNameTaken(error: unknown, name: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new ServiceError("conflict", `There is already a data source named “${name}”; pick another name.`, { field: "name" });
  }
  return error;
}

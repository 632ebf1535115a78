import "server-only";
import { Prisma } from "@prisma/client";
import { ServiceError } from "../lib/service-error";

/** The unique name's violation as the sentence under the name field; any other error as it was. */
export function nameTaken(error: unknown, name: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new ServiceError("conflict", `There is already a connection named “${name}”; pick another name.`, { field: "name" });
  }
  return error;
}

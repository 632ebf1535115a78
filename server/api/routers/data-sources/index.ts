import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { createDataSourceProcedure } from "./create";
import { deleteDataSourceProcedure } from "./delete";
import { getDataSourceProcedure } from "./get";
import { listDataSourcesProcedure } from "./list";
import { dataSourceNamesProcedure } from "./names";
import { testDataSourceProcedure } from "./test";
import { updateDataSourceProcedure } from "./update";

/** Admin only (but `names`, which flow editors pick from): the HTTP lookups (order systems, billing APIs) flows and AI replies call, and their test calls. */
export const dataSourcesRouter = createTRPCRouter({
  list: listDataSourcesProcedure,
  names: dataSourceNamesProcedure,
  get: getDataSourceProcedure,
  create: createDataSourceProcedure,
  update: updateDataSourceProcedure,
  delete: deleteDataSourceProcedure,
  test: testDataSourceProcedure,
});

import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Integration files share one database and one Temporal server, so what one file leaves behind is what the
 * next one starts from. Vitest's default order depends on its cache (durations, earlier failures), which a
 * clean CI clone and a developer's tree do not share: run them in path order instead, the same everywhere,
 * so a CI failure reproduces locally.
 */
export class FileOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

import fs from "node:fs";
import path from "node:path";

/** Every file under `dir` whose name matches `ext`, skipping generated code and dependencies. */
export function sourceFiles(dir: string, ext: RegExp = /\.tsx?$/): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? e.name === "generated" || e.name === "node_modules"
          ? []
          : sourceFiles(path.join(dir, e.name), ext)
        : ext.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

/**
 * Regenerates the seed files that come from publishers' data.
 *
 *   npm run import -- --from ../shared/data [--out seed/data] [--check]
 *   (npx tsx seed/importers/cli.ts --from ../shared/data [--check])
 *
 * --from   the shared data directory (default: $ATLAS_SHARED_DATA)
 * --out    where the seed files live (default: seed/data); sources.yaml and onet-bls-crosswalk.yaml are read from there
 * --check  write nothing; exit 1 naming every generated file that differs from what would be written
 *
 * Progress goes to stderr, then a summary of what changed (rows added, removed and revised per file). A bad row in
 * any publisher file stops the run with its file, line and field, before anything is written.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSeedFiles, formatChanges, importSeedFiles, ImportError } from "./index";

const usage = "usage: npm run import -- --from ../shared/data [--out seed/data] [--check]";

async function main(): Promise<number> {
  let values: { from?: string; out?: string; check?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: "string" },
        out: { type: "string", default: "seed/data" },
        check: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const from = values.from ?? process.env.ATLAS_SHARED_DATA;
  if (from === undefined || from === "") {
    process.stderr.write(`--from is required (or set ATLAS_SHARED_DATA)\n${usage}\n`);
    return 2;
  }
  const options = { from: resolve(from), out: resolve(values.out ?? "seed/data") };
  const started = performance.now();
  try {
    if (values.check) {
      const { files, differences, changes } = await checkSeedFiles(options);
      if (differences.length === 0) {
        process.stderr.write(`check: all ${files.length} generated files in ${options.out} are up to date\n`);
        return 0;
      }
      for (const difference of differences) {
        const change = changes.find((c) => c.name === difference.name);
        process.stderr.write(`check: stale ${difference.path}: ${change ? formatChanges(change) : ""}; ${difference.summary}\n`);
      }
      process.stderr.write(
        `check: ${differences.length} of ${files.length} generated files are out of date (${differences.map((d) => d.name).join(", ")}); run without --check to rewrite them\n`,
      );
      return 1;
    }
    await importSeedFiles(options);
    process.stderr.write(`import finished in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`import failed, nothing written: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

/**
 * The seed command line:
 *   npx tsx seed/cli.ts check            validate the dataset files, print problems with file/row/line/field
 *   npx tsx seed/cli.ts load [--force]   validate, migrate and load into the configured database
 * The database is chosen like the app's: DATABASE_URL, else PGlite in DATA_DIR (default .data).
 * Don't run `load` against a PGlite directory while the server is using it.
 */
import { closeDatabase, getDatabase } from "../db/client";
import { databaseEnvSchema, databaseTargetFromEnv, describeTarget } from "../db/config";
import { migrateDatabase } from "../db/migrate";
import { DatasetError } from "./errors";
import { loadDataset } from "./load";
import { seedDatabase } from "./seed";

async function main(argv: string[]): Promise<number> {
  const [command = "check", ...flags] = argv;
  const dirFlag = flags.find((f) => f.startsWith("--dir="));
  const dir = dirFlag?.slice("--dir=".length);
  if (command !== "check" && command !== "load") {
    console.error(`Unknown command '${command}'. Use 'check' or 'load [--force]'.`);
    return 2;
  }
  let loaded;
  try {
    loaded = loadDataset(dir);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { dataset } = loaded;
  console.log(
    `Dataset OK: ${dataset.roles.length} roles, ${dataset.skills.length} skills, ${dataset.projections.length} projections, ` +
      `${dataset.sources.length} sources (hash ${loaded.hash.slice(0, 12)})`,
  );
  if (command === "check") return 0;

  const env = databaseEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`Invalid environment: ${env.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return 2;
  }
  const target = databaseTargetFromEnv(env.data);
  console.log(`Loading into ${describeTarget(target)}...`);
  try {
    const handle = await getDatabase(target);
    await migrateDatabase(handle);
    const outcome = await seedDatabase(handle.db, loaded, { force: flags.includes("--force") });
    console.log(
      outcome.status === "unchanged"
        ? `Already loaded (data version ${outcome.dataVersionId}); nothing changed. Use --force to reload.`
        : `Loaded data version ${outcome.dataVersionId}.`,
    );
    return 0;
  } finally {
    await closeDatabase();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

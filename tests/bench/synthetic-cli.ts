/**
 * Builds the bench-only 10x database in a child process, from the build snapshot's own db/ and seed/ code
 * and dataset (so the database matches the server under measurement even while the checkout changes).
 * Usage: tsx tests/bench/synthetic-cli.ts <dataDir> <copies>; prints the outcome as JSON on its last line.
 */
import { createSyntheticDatabase } from "./lib/synthetic-roles";

const [dataDir, copies] = process.argv.slice(2);
if (!dataDir || !copies || !/^\d+$/.test(copies)) {
  console.error("Usage: tsx tests/bench/synthetic-cli.ts <dataDir> <copies>");
  process.exit(2);
}
createSyntheticDatabase({ dataDir, copies: Number(copies) }).then(
  (outcome) => console.log(JSON.stringify(outcome)),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

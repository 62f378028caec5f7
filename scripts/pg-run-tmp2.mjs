import { startThrowawayPostgres } from "./postgres-throwaway.mjs";
import { spawnSync } from "node:child_process";
const server = await startThrowawayPostgres();
const files = process.argv.slice(2);
const r = spawnSync("npx", ["vitest", "run", "--project", "db", ...files], { stdio: "inherit", env: { ...process.env, DATABASE_URL: server.url }, cwd: "/work/wt-pay" });
await server.stop?.();
process.exit(r.status ?? 1);

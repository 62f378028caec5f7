/**
 * Preload for the server (`node --import ./tests/bench/cpu-profile-toggle.mjs build/server.js`): each SIGUSR2 starts
 * or stops a CPU profile of the main thread, written to $CPU_PROFILE_DIR (default the working directory) as
 * <time>.cpuprofile. Unlike `--cpu-prof`, it leaves the start-up (migrations, the search index) out of the profile.
 * Summarise it with tests/bench/cpu-profile-summary.mjs.
 */
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const session = new Session();
session.connect();
let running = false;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
        session.post("Profiler.start", () => console.error("[cpu-profile] started")),
      ),
    );
    return;
  }
  running = false;
  session.post("Profiler.stop", (error, result) => {
    if (error) return console.error("[cpu-profile]", error.message);
    const file = path.resolve(process.env.CPU_PROFILE_DIR ?? ".", `${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
    console.error(`[cpu-profile] wrote ${file}`);
  });
});

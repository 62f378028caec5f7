/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, or the inspector's Profiler.stop) of the server: self and
 * inclusive time by package or file and by function, per request. Used for issue 13, item 4 (docs/PERFORMANCE.md).
 *
 *   node tests/bench/cpu-profile-summary.mjs FILE.cpuprofile [requests=1] [top=40]
 */
import { readFileSync } from "node:fs";

const [file, requestsArgument = "1", topArgument = "40"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node tests/bench/cpu-profile-summary.mjs FILE.cpuprofile [requests] [top]");
  process.exit(2);
}
const requests = Number(requestsArgument);
const top = Number(topArgument);
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

// Each sample's duration is the delta to the next sample.
const microsByNode = new Map();
profile.samples.forEach((id, i) => microsByNode.set(id, (microsByNode.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
const totalMs = [...microsByNode.values()].reduce((a, b) => a + b, 0) / 1000;

const shortUrl = (url) => url.replace(/^.*node_modules\//, "nm:").replace(/^file:\/\/.*?\/(build|app|server|db)\//, "$1/");
const functionKey = ({ callFrame: f }) => `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
const groupKey = ({ callFrame: f }) => {
  if (!f.url) return f.functionName.startsWith("(") ? f.functionName : "(native)";
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(f.url);
  return pkg ? `nm:${pkg[1]}` : shortUrl(f.url);
};

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const self = { group: new Map(), fn: new Map() };
const inclusive = { group: new Map(), fn: new Map() };
for (const [id, micros] of microsByNode) {
  const ms = micros / 1000;
  const leaf = nodes.get(id);
  add(self.group, groupKey(leaf), ms);
  add(self.fn, functionKey(leaf), ms);
  const seen = { group: new Set(), fn: new Set() };
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const node = nodes.get(at);
    for (const [kind, key] of [
      ["group", groupKey(node)],
      ["fn", functionKey(node)],
    ]) {
      if (seen[kind].has(key)) continue; // recursion counts once
      seen[kind].add(key);
      add(inclusive[kind], key, ms);
    }
  }
}

const print = (title, map, count) => {
  console.log(`\n## ${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(ms / requests).toFixed(2).padStart(8)} ms/request ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`${totalMs.toFixed(0)} ms sampled, ${requests} requests: ${(totalMs / requests).toFixed(2)} ms/request`);
print("self time by package or file", self.group, 25);
print("inclusive time by package or file", inclusive.group, 25);
print("self time by function", self.fn, top);
print("inclusive time by function", inclusive.fn, top);

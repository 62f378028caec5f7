// The load generator's control: a bare node:http server that answers GET /<n> with n bytes (random, so nothing
// compresses them on the way), and nothing else. What autocannon measures against it at a given response size
// is the most any server could show on this machine at that size, because the load generator shares its cores.
// Run by tests/bench/lib/http.ts (measureLoadGeneratorCeiling); prints its port once listening.
import { randomBytes } from "node:crypto";
import http from "node:http";

const bodies = new Map();
const server = http.createServer((req, res) => {
  const size = Number((req.url ?? "").slice(1));
  if (!Number.isInteger(size) || size < 0 || size > 4 * 1024 * 1024) {
    res.writeHead(400).end();
    return;
  }
  let body = bodies.get(size);
  if (!body) bodies.set(size, (body = randomBytes(size)));
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));

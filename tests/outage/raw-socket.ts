/**
 * A raw TCP client for the tests of request arrival (tests/unit/request-timeout.test.ts against the server's limits,
 * tests/outage/request-timeout.test.ts against the build): it writes a request in parts, as a slow or stalled client
 * would, and reads until the server closes the connection. 127.0.0.1 only.
 */
import { connect } from "node:net";

export interface RawExchange {
  /** Everything the server sent. */
  text: string;
  /** Its first line ("HTTP/1.1 408 Request Timeout"), or "" when it sent nothing. */
  statusLine: string;
  /** Milliseconds from the connection's opening until the server closed it, or Infinity if it was still open at `giveUpMs`. */
  closedAfterMs: number;
}

/** A part of a request: its text, written `afterMs` after the part before it (or after the connection opened). */
export interface RequestPart {
  text: string;
  afterMs?: number;
}

/** Opens a connection to 127.0.0.1:`port`, writes the parts, and waits (at most `giveUpMs`) for the server to close it. */
export function rawExchange(port: number, parts: string | RequestPart[], giveUpMs = 5_000): Promise<RawExchange> {
  const queue = typeof parts === "string" ? [{ text: parts }] : [...parts];
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const opened = performance.now();
    let text = "";
    let writer: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (closedAfterMs: number) => {
      if (finished) return;
      finished = true;
      clearTimeout(writer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ text, statusLine: text.split("\r\n", 1)[0] ?? "", closedAfterMs });
    };
    const giveUp = setTimeout(() => finish(Infinity), giveUpMs);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (text += chunk));
    // A reset after the server's answer (it closed with our bytes unread) ends the exchange as a close does.
    socket.on("error", () => {});
    socket.on("close", () => finish(performance.now() - opened));
    const writeNext = () => {
      const part = queue.shift();
      if (!part) return;
      writer = setTimeout(() => {
        if (socket.writable) socket.write(part.text);
        writeNext();
      }, part.afterMs ?? 0);
    };
    socket.once("connect", writeNext);
  });
}

/** A request's head with the given request line and headers, and the blank line that ends it. */
export function requestHead(requestLine: string, headers: Record<string, string | number>): string {
  return `${requestLine}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;
}

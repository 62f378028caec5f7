import "react-router";

declare module "react-router" {
  interface AppLoadContext {
    /** The per-request nonce of the Content-Security-Policy (server.ts). */
    cspNonce?: string;
    /** The client's address as Express sees it (req.ip: X-Forwarded-For only with TRUST_PROXY). */
    clientIp?: string;
  }
}

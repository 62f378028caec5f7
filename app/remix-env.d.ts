/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address as Express sees it (req.ip: X-Forwarded-For only with TRUST_PROXY). */
    clientIp?: string;
  }
}

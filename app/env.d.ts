import "react-router";

declare module "react-router" {
  interface AppLoadContext {
    /** The per-request nonce of the Content-Security-Policy (server.ts). */
    cspNonce?: string;
    /** The client's address as Express sees it (req.ip: X-Forwarded-For only with TRUST_PROXY). */
    clientIp?: string;
    /**
     * The build's asset-manifest version (`build.assets.version`, the `manifest.version` entry.server.tsx gives a page's
     * ETag), for downloads whose ETag names the build that wrote them (csv-download.server.ts).
     */
    buildVersion: string;
  }
}

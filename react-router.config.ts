import type { Config } from "@react-router/dev/config";

/**
 * React Router 7 in framework mode (ADR 011): server rendering, the app in `app/`, the client and server
 * builds in `build/client` and `build/server`. The Express shell (server.ts, bundled to build/server.js)
 * serves both.
 */
export default {
  appDirectory: "app",
  buildDirectory: "build",
  ssr: true,
} satisfies Config;

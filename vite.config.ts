import path from "node:path";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app"), "~db": path.resolve(import.meta.dirname, "db") } },
  build: {
    target: "es2022",
    minify: "terser",
    terserOptions: { compress: { passes: 2 } },
  },
  plugins: [reactRouter()],
});

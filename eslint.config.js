// ESLint (flat config): TypeScript, the rules of hooks (with React Compiler's checks), accessibility of JSX.
// `npm run lint` runs it with --max-warnings=0; `npm test` runs that.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", ".react-router/", ".cache/", ".data/", "test-results/", "playwright-report/", "tests/.reports/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Browser globals that read like ordinary variables: a component that forgets to take `origin` from its props
      // type-checks against window.origin, renders on the client and fails on the server.
      "no-restricted-globals": ["error", "origin", "name", "status", "length", "top", "parent", "event"],
    },
  },
  {
    // Playwright fixtures hand their value to a callback named `use`, which is not React's `use`.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);

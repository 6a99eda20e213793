// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/storage/generated/", "data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["bin/**/*.js"], languageOptions: { globals: { process: "readonly" } } },
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/storage/generated/**"], message: "Only src/storage/ may use the generated row types." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/storage/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The domain is pure: no SDKs, no storage, no outer layers.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/engine/**", "**/storage/**", "**/channels/**", "**/outbox/**", "**/i18n/**", "**/cli/**", "**/app/**", "**/ports/**", "**/main.ts"], message: "src/domain/ imports nothing outside itself." },
            { group: ["grammy", "grammy/*", "zca-js", "@prisma/*", "node-cron", "pino"], message: "src/domain/ is SDK-free." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/channels/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/storage/**", "**/scheduler/**", "**/outbox/**", "**/main.ts"], message: "Channels translate only; they never import storage, scheduler or outbox." }] },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/storage/**", "**/channels/**", "**/outbox/**", "**/app/**", "**/admin/**", "**/cli/**", "**/main.ts", "grammy", "zca-js", "@prisma/*"], message: "The engine depends on ports, not on outer layers." }] },
      ],
    },
  },
  {
    // Table owners know SQL and the domain; nothing that uses them.
    files: ["src/storage/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/engine/**", "**/app/**", "**/admin/**", "**/channels/**", "**/outbox/**", "**/scheduler/**", "**/cli/**", "**/main.ts"], message: "src/storage/ implements src/ports/; it imports only the domain and the ports." }] },
      ],
    },
  },
  {
    files: ["src/ports/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/storage/**", "**/engine/**", "**/app/**", "**/admin/**", "**/channels/**", "**/outbox/**", "**/scheduler/**", "**/cli/**", "**/main.ts"], message: "Ports are declarations over the domain only." }] },
      ],
    },
  },
  {
    // Use cases: the engine's ports and the table stores' ports, never a platform or the composition root.
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/channels/**", "**/cli/**", "**/admin/**", "**/outbox/**", "**/scheduler/**", "**/main.ts", "grammy", "zca-js"], message: "Use cases are called by channels, commands and the CLI; they do not call them." }] },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/admin/**/*.ts", "src/scheduler/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/main.ts", "**/storage/*-store.ts"], message: "Callers of use cases: they never import the composition root or a store directly (src/app opens the storage)." }] },
      ],
    },
  },
);

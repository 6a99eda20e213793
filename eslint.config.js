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
            { group: ["**/storage/generated/**"], message: "Only src/storage/ may use the Prisma client." },
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
            { group: ["**/engine/**", "**/storage/**", "**/channels/**", "**/outbox/**", "**/i18n/**", "**/cli/**", "**/main.ts"], message: "src/domain/ imports nothing outside itself." },
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
        { patterns: [{ group: ["**/storage/**", "**/channels/**", "**/outbox/**", "**/main.ts", "grammy", "zca-js", "@prisma/*"], message: "The engine depends on ports, not on outer layers." }] },
      ],
    },
  },
);

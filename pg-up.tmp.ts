import { startEmbeddedPostgres } from "/work/main/test/support/embedded-postgres.ts";
const pg = await startEmbeddedPostgres();
console.log(pg.url);
process.on("SIGTERM", async () => { await pg.stop(); process.exit(0); });
setInterval(() => undefined, 1 << 30);

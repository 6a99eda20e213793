/**
 * The PostgreSQL twin of prisma/schema.prisma: the same models with the postgresql provider.
 * prisma/schema.prisma stays the one source of truth; this only swaps the datasource and drops
 * the generators (they run from the SQLite schema).
 */
export function postgresDatamodel(schema: string): string {
  return schema
    .replace(/generator \w+ \{[^}]*\}\n*/g, "")
    .replace(/datasource db \{[^}]*\}/, 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}');
}

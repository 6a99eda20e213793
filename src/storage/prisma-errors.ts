/** Prisma's "record not found" (P2025) and "unique constraint" (P2002) codes, without importing runtime classes. */
export function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

/** The one text form of a timestamp on both databases ("2026-11-23T05:50:10.244+00:00"): sortable as text, and what Prisma's SQLite migrations expect. */
export const sqlTime = (date: Date): string => date.toISOString().replace("Z", "+00:00");


/**
 * The times of day a cron expression fires at (minutes past midnight), for checking a schedule
 * against the quiet hours before the bot starts. Reads the minute and hour fields (and skips a
 * leading seconds field, as node-cron allows): `*`, `a`, `a-b`, `a,b`, with `/step`. Undefined
 * when a field says something else (names, `L`…): the check is then left out, never guessed.
 */
export function cronTimesOfDay(expression: string): number[] | undefined {
  const fields = expression.trim().split(/\s+/);
  const [minuteField, hourField] = fields.length === 6 ? fields.slice(1) : fields;
  if (minuteField === undefined || hourField === undefined) return undefined;
  const minutes = fieldValues(minuteField, 0, 59);
  const hours = fieldValues(hourField, 0, 23);
  if (!minutes || !hours) return undefined;
  return hours.flatMap((h) => minutes.map((m) => h * 60 + m));
}

function fieldValues(field: string, min: number, max: number): number[] | undefined {
  const values = new Set<number>();
  for (const part of field.split(",")) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return undefined;
    const from = match[1] === "*" ? min : Number(match[2]);
    const to = match[1] === "*" ? max : match[3] !== undefined ? Number(match[3]) : match[4] !== undefined ? max : from;
    const step = match[4] !== undefined ? Number(match[4]) : 1;
    if (from < min || to > max || from > to || step < 1) return undefined;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** "08:00" from minutes past midnight. */
export const clockText = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

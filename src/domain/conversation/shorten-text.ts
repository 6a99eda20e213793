/**
 * The first `max` characters of an over-long note, cut at a word boundary when one is near,
 * offered to the person as a ready shortened answer instead of making them retype on a phone.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const boundary = cut.search(/\s\S*$/);
  return (boundary >= max * 0.8 ? cut.slice(0, boundary) : cut).trimEnd();
}

/**
 * zca-js reports a failed HTTP call by its status text only ("Failed to fetch login info: Bad
 * Gateway", dist/apis/login.js:7-8), or not at all where it swallows the error, so a Zalo outage
 * would read like a rejected session. Handed to zca-js as its `fetch` (the `polyfill` option,
 * dist/context.d.ts:157), this makes a server error or a throttled call an error of its own.
 */
export class ZaloHttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`Zalo answered HTTP ${status}`);
    this.name = "ZaloHttpError";
    this.status = status;
  }
}

export const fetchFailingOnServerErrors: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status < 500 && response.status !== 429) return response;
  // An unread body keeps the connection busy until garbage collection.
  await response.body?.cancel().catch(() => undefined);
  throw new ZaloHttpError(response.status);
};

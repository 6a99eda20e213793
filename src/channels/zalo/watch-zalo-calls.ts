import type { ZaloApi } from "./zalo-api.ts";

/**
 * The API as handed to the sender, reporting every failed call to `onFailure` as well, so the
 * channel hears of an ended session (error 600) from whichever call meets it first. The caller
 * still gets the rejection and classifies it itself.
 */
export function watchZaloCalls(api: ZaloApi, onFailure: (error: unknown) => void): ZaloApi {
  return new Proxy(api, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(value, target, args);
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            // Only watching: a fault here must not turn into an unhandled rejection.
            try {
              onFailure(error);
            } catch {
              /* ignored */
            }
          });
        }
        return result;
      };
    },
  });
}

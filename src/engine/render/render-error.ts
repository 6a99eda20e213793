import { errorMessageKey, type DomainError } from "../../domain/errors.ts";
import { tr, type RenderContext } from "./render-context.ts";

export function renderError(ctx: Pick<RenderContext, "translator" | "locale">, error: DomainError): string {
  const text = error.detail ? tr(ctx, error.detail, error.args) : tr(ctx, errorMessageKey(error.code), error.args);
  return tr(ctx, "error-line", { text });
}

/** The slice of a pino logger the inner layers use; tests pass a silent one. */
export interface LoggerPort {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

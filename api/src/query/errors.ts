/**
 * The one error type of the query compiler. The service maps it to GraphQL's BAD_USER_INPUT:
 * it always means "the client sent something we refuse", never an engine or server fault.
 */
export class FilterError extends Error {
  override readonly name = 'FilterError';

  /**
   * @param message says what is wrong and with which value; callers prefix the field path
   *   (e.g. `filter.and[0].countries: unknown country code "XX"`) so the client can find it.
   * @param field the argument path the error is about (e.g. `filter.countries`, `after`).
   */
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A FilterError whose message starts with the field path, the usual shape. */
export function fieldError(field: string, problem: string): FilterError {
  return new FilterError(`${field}: ${problem}`, field);
}

/** JSON-quotes a user value for an error message, cut short so messages stay readable. */
export function quote(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

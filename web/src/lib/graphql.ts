/**
 * The portal's one way to call the API: typed operations written with `graphql()` from
 * src/generated (codegen from schema.graphql), posted to the same-origin /api/graphql rewrite.
 */
import type { TypedDocumentString } from '@/generated/graphql';

export const GRAPHQL_PATH = '/api/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  init: { signal?: AbortSignal } = {},
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: init.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('The API cannot be reached. Is it running?', 'NETWORK');
  }
  let body: { data?: TResult; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The API answered ${res.status} without JSON.`, 'BAD_RESPONSE');
  }
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ApiError(e.message, e.extensions?.code ?? 'ERROR');
  }
  if (!body.data) throw new ApiError('The API answered without data.', 'BAD_RESPONSE');
  return body.data;
}

/**
 * Abuse limits, documented in docs/api.md: tokens, depth (through fragments), aliases and
 * directives of an operation from @escape.tech/graphql-armor, and our own cost estimator (it
 * multiplies by page sizes, which armor's does not); page sizes and track resolution. Batching
 * is off and the body size is capped in app.ts.
 */
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LRUCache } from 'lru-cache';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.ts';

// graphql-query-complexity's ESM build imports graphql's .mjs files: a second graphql instance
// that rejects Apollo's schema ("from another module or realm"). Its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

export const LIMITS = {
  /** Lexical tokens of a document (checked while parsing, before anything else). */
  maxTokens: 4_000,
  /** Deepest field nesting of an operation, fragments flattened. */
  maxDepth: 12,
  /** Directives per document. */
  maxDirectives: 20,
  /** Aliased fields per document. */
  maxAliases: 30,
  /** Estimated cost of an operation (see costEstimator). */
  maxCost: 50_000,
  /** Connection page size. */
  defaultFirst: 50,
  maxFirst: 500,
  /** Track samples returned per read. */
  maxPoints: 200_000,
  /** Fields visited while estimating cost (guards the estimator itself). */
  maxQueryNodes: 5_000,
} as const;

/**
 * Armor's protections for Apollo: validation rules (depth, aliases, directives) that report a
 * GraphQL validation error (400) rather than throw. Armor's token plugin throws from Apollo's
 * parsing hook (a 500), so tokens are counted before Apollo by `tokenLimit`; field suggestions
 * are hidden per tier by the access plugin, and cost is ours (below).
 */
export function armor() {
  const protection = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules: [...protection.validationRules, queriesOnlyRule], plugins: protection.plugins };
}

/** The schema has no mutations or subscriptions; graphql-js would fail them at execution. */
export const queriesOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query')
      context.reportError(
        new GraphQLError(`this API serves queries only (got a ${node.operation})`, { nodes: [node] }),
      );
  },
});

/**
 * The /graphql handler's token limit: a document of more than LIMITS.maxTokens lexical tokens is
 * refused (400 GRAPHQL_PARSE_FAILED, this body) before it is parsed. Every token is at least one
 * character, so shorter documents are not even lexed.
 */
export function tokenLimitRefusal(query: unknown, max: number = LIMITS.maxTokens): object | undefined {
  if (typeof query !== 'string' || query.length <= max) return undefined;
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF)
      if (++n > max)
        return {
          errors: [
            {
              message: `the document has more than ${max} tokens; send a smaller query`,
              extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: max },
            },
          ],
        };
  } catch {
    // A lexical error: the parser reports it properly.
  }
  return undefined;
}

/**
 * Cost: 1 per field; a list with `first` costs 1 + first × (its selection's cost), with
 * `first` capped at maxFirst (larger values are refused by the resolver with its own message);
 * a track costs its selection plus one per thousand points requested (100 when unbounded).
 */
export const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : LIMITS.defaultFirst;
    const n = Math.min(Math.max(first, 0), LIMITS.maxFirst);
    return 1 + n * Math.max(1, childComplexity);
  }
  if (field.name === 'track' && field.args.some((a) => a.name === 'maxPoints')) {
    const points =
      typeof args.maxPoints === 'number' ? Math.min(Math.max(args.maxPoints, 0), LIMITS.maxPoints) : 100_000;
    return 1 + childComplexity + Math.ceil(points / 1_000);
  }
  return undefined;
};

export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    maxQueryNodes: LIMITS.maxQueryNodes,
    estimators: [costEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Costs of recent (query, variables) pairs: estimating walks the whole document. */
const COST_CACHE_SIZE = 500;
const MAX_CACHED_VARIABLES_CHARS = 2_000;

/** Refuses operations whose estimated cost exceeds LIMITS.maxCost, before any resolver runs. */
export function costLimitPlugin(): ApolloServerPlugin {
  const costs = new LRUCache<string, number>({ max: COST_CACHE_SIZE });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash }) {
          const vars = JSON.stringify(request.variables ?? {});
          const key =
            vars.length <= MAX_CACHED_VARIABLES_CHARS
              ? `${queryHash}|${request.operationName ?? ''}|${vars}`
              : undefined;
          const known = key === undefined ? undefined : costs.get(key);
          if (known !== undefined) {
            if (known > LIMITS.maxCost)
              throw tooComplex(
                `operation cost ${known} exceeds the maximum of ${LIMITS.maxCost}; ask for fewer items (first) or fewer fields`,
                known,
              );
            return;
          }
          // Variables that do not coerce are reported by execution as BAD_USER_INPUT; cost
          // cannot be estimated without them, and nothing will run anyway.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 1,
          });
          if (coerced.errors) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (err) {
            throw tooComplex(err instanceof GraphQLError ? err.message : 'the operation could not be costed');
          }
          if (key !== undefined) costs.set(key, cost);
          if (cost > LIMITS.maxCost)
            throw tooComplex(
              `operation cost ${cost} exceeds the maximum of ${LIMITS.maxCost}; ask for fewer items (first) or fewer fields`,
              cost,
            );
        },
      };
    },
  };
}

function tooComplex(message: string, cost?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      ...(cost === undefined ? {} : { cost, maxCost: LIMITS.maxCost }),
      http: { status: 400 },
    },
  });
}

/**
 * Access on the GraphQL path: before anything runs, the operation's fields are checked against
 * the principal's tier (policy.ts: FORBIDDEN, 403); field suggestions ("Did you mean …") are
 * taken out of the public tier's errors; record-level operations are audited with the number
 * of records they returned.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { ApiContext } from '../context.ts';
import type { AuditLog } from '../audit/log.ts';
import { auditFilter } from '../audit/log.ts';
import { assertAllowed, operationAccess, type OperationAccess } from './policy.ts';
import { atLeast } from './principal.ts';

const CACHE_SIZE = 500;
const SUGGESTION = / ?Did you mean .+\?/g;

export function accessPlugin(audit: AuditLog): ApolloServerPlugin<ApiContext> {
  const known = new LRUCache<string, OperationAccess>({ max: CACHE_SIZE });
  return {
    async requestDidStart({ contextValue }) {
      let recordLevel = false;
      return {
        async didResolveOperation({ document, schema, queryHash }) {
          let access = known.get(queryHash);
          if (!access) {
            access = operationAccess(schema, document);
            known.set(queryHash, access);
          }
          recordLevel = access.tier !== 'public';
          assertAllowed(contextValue.access.principal, access);
        },
        async didEncounterErrors({ errors }) {
          if (atLeast(contextValue.access.principal, 'credentialed')) return;
          for (const e of errors) e.message = e.message.replace(SUGGESTION, '');
        },
        async willSendResponse({ request, response, operationName }) {
          const { access } = contextValue;
          if (access.mode !== 'protected' || !recordLevel) return;
          audit.write({
            time: new Date().toISOString(),
            requestId: contextValue.requestId,
            principal: access.principal.id,
            tier: access.principal.tier,
            kind: 'graphql',
            operation: operationName ?? request.operationName ?? '(anonymous)',
            filter: auditFilter(request.variables),
            resultCount: contextValue.records.count,
            bytes: null,
            status: response.http.status ?? 200,
          });
        },
      };
    },
  };
}

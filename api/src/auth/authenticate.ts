/**
 * The edge's first step: who is calling. Open mode: everyone is the local researcher. Protected
 * mode: no Authorization header → anonymous (public tier); `Bearer cxt_…` → an API key;
 * any other bearer → an OIDC token (when an issuer is configured). A bad, expired or revoked
 * credential is 401 UNAUTHENTICATED with the same message whatever the reason (the reason goes
 * to the server log only).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { EngineClient } from '@chexthought/search-index';
import type { Logger } from '../logger.ts';
import type { RequestLog } from '../request-log.ts';
import type { AccessConfig } from './config.ts';
import { KeyStore, looksLikeKey } from './keys.ts';
import { OidcVerifier } from './oidc.ts';
import { ANONYMOUS, AuthenticationError, LOCAL, type Principal } from './principal.ts';
import { sendError } from './respond.ts';

/** Longest Authorization header looked at (a JWT with many claims fits easily). */
const MAX_CREDENTIAL_CHARS = 16 * 1024;

export class Authenticator {
  readonly keys: KeyStore;
  private readonly oidc?: OidcVerifier;

  constructor(
    readonly config: AccessConfig,
    es: EngineClient,
    prefix: string,
  ) {
    this.keys = new KeyStore(es, prefix, config.keyCacheMs);
    if (config.oidc) this.oidc = new OidcVerifier(config.oidc);
  }

  get protected(): boolean {
    return this.config.mode === 'protected';
  }

  /** The principal of a request's Authorization header (AuthenticationError when invalid). */
  async principal(header: string | undefined): Promise<Principal> {
    if (!this.protected) return LOCAL;
    if (header === undefined || header === '') return ANONYMOUS;
    if (header.length > MAX_CREDENTIAL_CHARS) throw new AuthenticationError('oversized credential');
    const m = /^Bearer +(\S+)$/i.exec(header);
    if (!m) throw new AuthenticationError('not a bearer credential');
    const credential = m[1]!;
    if (looksLikeKey(credential)) return this.keys.verify(credential);
    if (!this.oidc) throw new AuthenticationError('a token, but no OIDC issuer is configured');
    return this.oidc.verify(credential);
  }

  /**
   * The principal of an HTTP request, or undefined once a refusal has been sent: 401 for a bad
   * credential, 503 when the key index or the issuer cannot be reached (not the caller's fault).
   */
  async authenticate(
    req: IncomingMessage,
    res: ServerResponse,
    logger: Logger,
    log: RequestLog | undefined,
  ): Promise<Principal | undefined> {
    try {
      return await this.principal(req.headers.authorization);
    } catch (err) {
      if (!(err instanceof AuthenticationError)) {
        logger.error('authentication failed', { requestId: log?.requestId, error: err });
        sendError(req, res, 503, 'SERVICE_UNAVAILABLE', 'credentials cannot be checked right now; retry shortly');
        return undefined;
      }
      logger.info('credential refused', { requestId: log?.requestId, reason: err.reason });
      res.setHeader('www-authenticate', 'Bearer');
      sendError(req, res, 401, 'UNAUTHENTICATED', err.message);
      return undefined;
    }
  }

  /** Express middleware: sets res.locals.principal, or answers 401/503. */
  middleware(logger: Logger) {
    return (req: Request, res: Response, next: NextFunction) => {
      void this.authenticate(req, res, logger, res.locals.log as RequestLog | undefined).then((p) => {
        if (p === undefined) return;
        res.locals.principal = p;
        next();
      });
    };
  }
}

export function principalOf(res: Response): Principal {
  return (res.locals.principal as Principal | undefined) ?? ANONYMOUS;
}

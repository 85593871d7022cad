/**
 * One structured log line per HTTP request: method, path, status, duration, the GraphQL
 * operation name and how many Elasticsearch requests it cost (also sent as `x-es-requests`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { EsRequestCounter } from './es-requests.ts';
import type { Logger } from './logger.ts';

export interface RequestLog {
  requestId: string;
  esRequests: EsRequestCounter;
  operationName?: string;
  errorCodes?: string[];
  exportedRows?: number;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Starts a request's log line: its id (the caller's `x-request-id` when well-formed, else a new
 * one, echoed back), and the line written when the response closes.
 */
export function startRequestLog(logger: Logger, req: IncomingMessage, res: ServerResponse): RequestLog {
  const started = performance.now();
  const path = (req.url ?? '').split('?', 1)[0];
  const given = req.headers['x-request-id'];
  const log: RequestLog = {
    requestId: typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID(),
    esRequests: { count: 0 },
  };
  res.setHeader('x-request-id', log.requestId);
  res.on('close', () => {
    const fields = {
      requestId: log.requestId,
      method: req.method,
      path,
      status: res.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      esRequests: log.esRequests.count,
      ...(log.operationName ? { operationName: log.operationName } : {}),
      ...(log.errorCodes?.length ? { errorCodes: log.errorCodes } : {}),
      ...(log.exportedRows !== undefined ? { exportedRows: log.exportedRows } : {}),
      ...(!res.writableFinished ? { aborted: true } : {}),
    };
    if (res.statusCode >= 500) logger.warn('request', fields);
    else logger.info('request', fields);
  });
  return log;
}

/** Express routes: the log line is in `res.locals.log`. */
export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.log = startRequestLog(logger, req, res);
    next();
  };
}

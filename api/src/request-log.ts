/**
 * One structured log line per HTTP request: method, path, status, duration, the GraphQL
 * operation name and how many Elasticsearch requests it cost (also sent as `x-es-requests`).
 */
import { randomUUID } from 'node:crypto';
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

export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const path = req.originalUrl.split('?')[0];
    const given = req.get('x-request-id');
    const log: RequestLog = {
      requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
      esRequests: { count: 0 },
    };
    res.locals.log = log;
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
    next();
  };
}

/** Form posts that change the session must come from the portal's own pages (no login CSRF). */
import { requestOrigin } from './session';

export function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  return origin === null || origin === requestOrigin(req);
}

/** Form posts that change the session must come from the portal's own pages (no login CSRF). */
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  return origin === null || origin === new URL(req.url).origin;
}

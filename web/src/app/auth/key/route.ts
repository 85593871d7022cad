/** POST /auth/key: signs in with an API key pasted into the sign-in form (checked by the API). */
import { NextResponse } from 'next/server';
import { accessWith } from '@/lib/access';
import { KEY_SESSION_SECONDS, requestOrigin, safeReturnPath, SESSION_COOKIE, setCookie } from '@/lib/session';
import { sameOrigin } from '@/lib/same-origin';

export const dynamic = 'force-dynamic';

export async function POST(req: Request) {
  const origin = requestOrigin(req);
  if (!sameOrigin(req)) return new NextResponse('cross-site sign-in refused', { status: 403 });
  const form = await req.formData();
  const key = String(form.get('key') ?? '').trim();
  const next = safeReturnPath(String(form.get('next') ?? '/'));
  const back = (error: string) => NextResponse.redirect(`${origin}/signin?error=${error}`, 303);
  if (!key) return back('empty-key');
  const access = await accessWith(key);
  if (!access) return back('api-unreachable');
  if (access.expired) return back('key-refused');
  const res = NextResponse.redirect(`${origin}${next}`, 303);
  setCookie(res, req, SESSION_COOKIE, key, KEY_SESSION_SECONDS);
  return res;
}

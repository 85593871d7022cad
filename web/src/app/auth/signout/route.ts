/** POST /auth/signout: forgets the session's credential (the cookie) and returns to the overview. */
import { NextResponse } from 'next/server';
import { clearCookie, requestOrigin, SESSION_COOKIE } from '@/lib/session';
import { sameOrigin } from '@/lib/same-origin';

export const dynamic = 'force-dynamic';

export async function POST(req: Request) {
  if (!sameOrigin(req)) return new NextResponse('cross-site sign-out refused', { status: 403 });
  const res = NextResponse.redirect(`${requestOrigin(req)}/`, 303);
  clearCookie(res, req, SESSION_COOKIE);
  return res;
}

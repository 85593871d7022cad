import type { NextConfig } from 'next';

/**
 * The portal talks only to the GraphQL API, through same-origin proxy routes (src/app/api/graphql,
 * src/app/tiles, src/app/export) that read CHEXTHOUGHT_API_URL at run time, so one build serves
 * any API address.
 */
/**
 * Security headers on every page and route: no framing, no sniffing, scripts and connections to
 * this origin only (the API is reached through the proxy routes). Next's own bootstrap scripts
 * are inline, hence 'unsafe-inline'; the development server also needs eval.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CSP },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const config: NextConfig = {
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  // Separate build folders let several builds (tests, development) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Lint and types are checked by `npm test` for the whole repository.
  eslint: { ignoreDuringBuilds: true },
};

export default config;

import type { NextConfig } from 'next';

/**
 * The portal talks only to the GraphQL API, through same-origin proxy routes (src/app/api/graphql,
 * src/app/tiles, src/app/export) that read CHEXTHOUGHT_API_URL at run time, so one build serves
 * any API address.
 */
const config: NextConfig = {
  reactStrictMode: true,
  // Separate build folders let several builds (tests, development) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Lint and types are checked by `npm test` for the whole repository.
  eslint: { ignoreDuringBuilds: true },
};

export default config;

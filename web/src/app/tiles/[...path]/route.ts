import { proxy } from '@/lib/api-proxy';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const { path } = await ctx.params;
  return proxy(req, `/tiles/${path.map(encodeURIComponent).join('/')}`);
}

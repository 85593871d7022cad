import { proxy } from '@/lib/api-proxy';

export const dynamic = 'force-dynamic';

export function POST(req: Request) {
  return proxy(req, '/graphql');
}

export function GET(req: Request) {
  return proxy(req, '/graphql');
}

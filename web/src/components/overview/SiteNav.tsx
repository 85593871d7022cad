'use client';
/** The header's page links, marking the current page (aria-current) for eyes and screen readers. */
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Overview' },
  { href: '/explore', label: 'Explore' },
  { href: '/explorer', label: 'Query explorer' },
];

export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      {LINKS.map((l) => (
        <Link key={l.href} href={l.href} aria-current={pathname === l.href ? 'page' : undefined}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}

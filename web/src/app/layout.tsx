import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteNav } from '@/components/overview/SiteNav';
import { AccessProvider } from '@/components/access/AccessContext';
import { SessionBar } from '@/components/access/SessionBar';
import { currentAccess } from '@/lib/access';
import { QueryProvider } from '@/lib/query';
import './globals.css';
import '@/components/access/access.css';

export const metadata: Metadata = {
  title: 'CheXthought Explorer',
  description: 'Explore how radiologists read chest X-rays: images, reads, reasoning and gaze.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const access = await currentAccess();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            CheXthought Explorer
          </Link>
          <SiteNav />
          <SessionBar access={access} />
        </header>
        {/* The skip link's target: focus lands here, and the next Tab enters the page. */}
        <span id="main-content" tabIndex={-1} />
        <AccessProvider value={access}>
          <QueryProvider>{children}</QueryProvider>
        </AccessProvider>
        <footer className="site-footer">
          Images: NIH ChestX-ray14, data provided by the NIH Clinical Center (
          <a href="https://nihcc.app.box.com/v/ChestXray-NIHCC">nihcc.app.box.com/v/ChestXray-NIHCC</a>); Wang X et al.,
          ChestX-ray8, IEEE CVPR 2017. Reads in the demo dataset are synthetic.
        </footer>
      </body>
    </html>
  );
}

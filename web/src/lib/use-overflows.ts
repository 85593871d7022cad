'use client';
/**
 * Whether an element's content is wider or taller than its box, kept up to date as either
 * resizes: a scroll region is a tab stop (and says it scrolls) only when there is something to
 * scroll. Takes the element (from a callback ref), so a region that mounts late is observed too.
 */
import { useEffect, useState } from 'react';

export function useOverflows(element: HTMLElement | null): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!element) return;
    const check = () =>
      setOverflows(element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [element]);
  return overflows;
}

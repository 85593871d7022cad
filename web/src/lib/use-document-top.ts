'use client';
/**
 * Where an element's container starts, measured from the top of the document, kept in the CSS
 * variable --document-top on the element: a sticky column sized `100vh - var(--document-top)` then
 * ends on screen before the page is scrolled too (sized `100vh` alone, its bottom starts that far
 * below the fold). The container is measured, not the element, whose own top moves while it sticks.
 * Re-measured whenever the document resizes (the window, a notice or header above reflowing).
 */
import { useEffect, useState, type RefCallback } from 'react';

export function useDocumentTop(): RefCallback<HTMLElement> {
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const container = element?.parentElement;
    if (!element || !container) return;
    const measure = () =>
      element.style.setProperty(
        '--document-top',
        `${Math.round(container.getBoundingClientRect().top + window.scrollY)}px`,
      );
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    measure();
    return () => observer.disconnect();
  }, [element]);
  return setElement;
}

'use client';
/**
 * The latest value of a prop for callbacks registered once (viewer handlers, clock
 * subscriptions, draw loops): written after each render, read only outside render.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

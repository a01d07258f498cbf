// After moving to a new page, put focus on its heading so screen reader users hear where they are (as a page load would).
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { focusElement } from '../ui/focus.ts';

const MAX_FRAMES = 120; // about two seconds: long enough for a lazily loaded page to appear

const currentHeading = (): HTMLElement | null => document.querySelector('#main-content h1');

export function useFocusHeadingOnNavigate(): void {
  const router = useRouter();
  useEffect(() => {
    let previousHeading: HTMLElement | null = null;
    let frame = 0;

    // Wait for the new page's heading: a lazy page can render a frame or two after the router says it has.
    const focusNewHeading = (framesLeft: number) => {
      const heading = currentHeading();
      if (heading && heading !== previousHeading) {
        focusElement(heading, false);
        window.scrollTo(0, 0);
      } else if (framesLeft > 0) {
        frame = requestAnimationFrame(() => focusNewHeading(framesLeft - 1));
      } else {
        focusElement(currentHeading() ?? document.getElementById('main-content'), false);
      }
    };

    const stopBefore = router.subscribe('onBeforeNavigate', () => {
      previousHeading = currentHeading();
    });
    const stopRendered = router.subscribe('onRendered', (event) => {
      // The first page load needs nothing: the browser starts at the top, where the skip link is.
      if (!event.fromLocation || !event.pathChanged) return;
      cancelAnimationFrame(frame);
      focusNewHeading(MAX_FRAMES);
    });
    return () => {
      cancelAnimationFrame(frame);
      stopBefore();
      stopRendered();
    };
  }, [router]);
}

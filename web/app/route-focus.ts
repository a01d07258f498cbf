// After moving to a new page, put focus on its heading so screen reader users hear where they are (as a page load would).
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { focusElement } from '../ui/focus.ts';

export function useFocusHeadingOnNavigate(): void {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.fromLocation || !event.pathChanged) return;
        // Wait a frame so the new page has rendered.
        requestAnimationFrame(() => {
          const main = document.getElementById('main-content');
          // An error summary has already taken focus; leave it there.
          if (!main || main.contains(document.activeElement)) return;
          focusElement(main.querySelector('h1') ?? main, false);
          window.scrollTo(0, 0);
        });
      }),
    [router],
  );
}

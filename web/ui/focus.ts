// Moves keyboard and screen reader focus to an element that is not normally focusable, as GOV.UK Frontend does.
export function focusElement(element: HTMLElement | null, scroll = true): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    // Drop the temporary tabindex once focus leaves, so it does not join the tab order.
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: !scroll });
}

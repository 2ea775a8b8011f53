/**
 * A tooltip both charts share: an element with role="tooltip" placed above its anchor (below when there is no room),
 * kept inside its container, hidden by Escape.
 *
 * CSP-safe: its position is set as custom properties through the CSSOM (`style.setProperty`), which a policy without
 * 'unsafe-inline' allows, and theme.css turns them into a transform. Content is set as text or as nodes, never parsed
 * as HTML. theme.css drops the fade-in under prefers-reduced-motion.
 */

import { createLifecycle } from './lifecycle';

export interface TooltipOptions {
  /** The tooltip's id (for aria-describedby). Default: a unique `stc-tooltip-N`. */
  id?: string;
  /** Extra class names. */
  className?: string;
  /** Pixels between the anchor and the tooltip. Default 8. */
  offset?: number;
  /** Called after Escape hides the tooltip (e.g. to move a highlight away). */
  onEscape?: () => void;
}

export type TooltipPlacement = 'top' | 'bottom';

export interface Tooltip {
  readonly element: HTMLElement;
  readonly visible: boolean;
  /**
   * Shows `content` (a string is set as text; a Node is inserted as is) next to `anchor`, a rectangle in viewport
   * coordinates or an element. An element anchor is described by the tooltip (aria-describedby) while it shows.
   */
  show(content: Node | string, anchor: DOMRectReadOnly | Element): void;
  hide(): void;
  /** Removes the element, its listener and any aria-describedby it added. */
  destroy(): void;
}

let tooltipCount = 0;

/** `value` moved into [min, max] (min wins when the range is empty). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function addToken(element: Element, attribute: string, token: string): void {
  const tokens = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  if (!tokens.includes(token)) element.setAttribute(attribute, [...tokens, token].join(' '));
}

function removeToken(element: Element, attribute: string, token: string): void {
  const tokens = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((t) => t && t !== token);
  if (tokens.length > 0) element.setAttribute(attribute, tokens.join(' '));
  else element.removeAttribute(attribute);
}

/**
 * Creates a hidden tooltip inside `container`. A statically positioned container gets the class
 * `stc-tooltip-container` (position: relative) so the tooltip can be placed in it; destroy removes the class.
 */
export function createTooltip(container: HTMLElement, options: TooltipOptions = {}): Tooltip {
  const offset = options.offset ?? 8;
  if (!(Number.isFinite(offset) && offset >= 0)) {
    throw new RangeError(`createTooltip: invalid offset ${offset} (expected a finite number ≥ 0)`);
  }
  const doc = container.ownerDocument;
  const lifecycle = createLifecycle();
  const element = doc.createElement('div');
  element.id = options.id ?? `stc-tooltip-${++tooltipCount}`;
  element.setAttribute('role', 'tooltip');
  element.className = options.className ? `stc-tooltip ${options.className}` : 'stc-tooltip';
  element.hidden = true;

  if (doc.defaultView?.getComputedStyle(container).position === 'static') {
    container.classList.add('stc-tooltip-container');
    lifecycle.add(() => container.classList.remove('stc-tooltip-container'));
  }
  container.append(element);
  lifecycle.add(() => element.remove());

  let described: Element | null = null;
  function undescribe(): void {
    if (described) removeToken(described, 'aria-describedby', element.id);
    described = null;
  }
  lifecycle.add(undescribe);

  function place(anchor: DOMRectReadOnly): void {
    const box = container.getBoundingClientRect();
    // The tooltip is positioned in the container's padding box, which scrolls with its content.
    const originX = box.left + container.clientLeft - container.scrollLeft;
    const originY = box.top + container.clientTop - container.scrollTop;
    const visibleLeft = container.scrollLeft;
    const visibleTop = container.scrollTop;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const maxX = visibleLeft + Math.max(0, container.clientWidth - width);
    const maxY = visibleTop + Math.max(0, container.clientHeight - height);

    const x = clamp(anchor.left + anchor.width / 2 - originX - width / 2, visibleLeft, maxX);
    const above = anchor.top - originY - offset - height;
    const below = anchor.bottom - originY + offset;
    const roomAbove = above - visibleTop;
    const roomBelow = maxY - below;
    // Above unless it does not fit there and fits (or fits better) below.
    const placement: TooltipPlacement = roomAbove >= 0 || roomAbove >= roomBelow ? 'top' : 'bottom';
    const y = clamp(placement === 'top' ? above : below, visibleTop, maxY);

    element.dataset.placement = placement;
    element.style.setProperty('--stc-tooltip-x', `${Math.round(x)}px`);
    element.style.setProperty('--stc-tooltip-y', `${Math.round(y)}px`);
  }

  function hide(): void {
    if (element.hidden) return;
    element.hidden = true;
    undescribe();
  }

  lifecycle.listen(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || element.hidden) return;
    hide();
    options.onEscape?.();
  });

  return {
    element,
    get visible() {
      return !element.hidden;
    },
    show(content, anchor) {
      if (lifecycle.destroyed) throw new Error('tooltip: show() after destroy()');
      if (typeof content === 'string') element.textContent = content;
      else element.replaceChildren(content);
      const isElement = typeof (anchor as Element).getBoundingClientRect === 'function';
      if (described !== anchor) undescribe();
      if (isElement) {
        described = anchor as Element;
        addToken(described, 'aria-describedby', element.id);
      }
      element.hidden = false; // shown before measuring: a hidden element has no size
      place(isElement ? (anchor as Element).getBoundingClientRect() : (anchor as DOMRectReadOnly));
    },
    hide,
    destroy() {
      lifecycle.destroy();
    },
  };
}

/** Finding the page's elements by the ids in lib/dom-ids.ts; waiting for the next painted frame. */
import type { DomId } from "../lib/dom-ids.ts";

/** The element with `id`; throws when the page lacks it, so a missing element fails loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: DomId): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Trang thiếu phần tử #${id}.`);
  return el as T;
}

/** Resolves after the next frame is painted: a task queued from the frame's animation callback runs after its paint. */
export function afterPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

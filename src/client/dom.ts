/** Finding the page's elements by the ids in lib/dom-ids.ts. */
import type { DomId } from "../lib/dom-ids.ts";

/** The element with `id`; throws when the page lacks it, so a missing element fails loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: DomId): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Trang thiếu phần tử #${id}.`);
  return el as T;
}

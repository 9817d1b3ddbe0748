/**
 * The explorer's filters on a phone: behind a "Bộ lọc (3)" button that says how many are active, so the
 * results come first. The layout itself is CSS (explorer.css): the button and the collapsed form only
 * apply below the phone breakpoint and once this script has set `data-bo-loc` on the root; without
 * JavaScript, or on a wider screen, the form is simply shown. Also the date fields' own messages.
 */
import { IDS } from "../lib/dom-ids.ts";
import { parseDateRange } from "../lib/explorer/dates.ts";
import { activeFilterCount, type FilterState } from "../lib/explorer/state.ts";
import { byId } from "./dom.ts";

/** The phone's filter button: open/close, and the count to keep up to date. */
export interface FilterToggle {
  /** Shows how many filters `state` has active. */
  update(state: FilterState): void;
}

export function setupFilterToggle(root: HTMLElement, form: HTMLFormElement): FilterToggle {
  const toggle = byId<HTMLButtonElement>(IDS.filterToggle);
  const close = byId<HTMLButtonElement>(IDS.filterClose);
  const setOpen = (open: boolean) => {
    root.dataset.boLoc = open ? "mo" : "dong";
    toggle.setAttribute("aria-expanded", String(open));
  };
  setOpen(false);
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  const done = () => {
    setOpen(false);
    toggle.focus();
  };
  close.addEventListener("click", done);
  // Escape closes the panel, but only where it is a panel (on a phone the toggle is shown).
  form.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && root.dataset.boLoc === "mo" && toggle.offsetParent !== null) done();
  });
  return {
    update(state) {
      const n = activeFilterCount(state);
      toggle.textContent = n > 0 ? `Bộ lọc (${n})` : "Bộ lọc";
    },
  };
}

/**
 * Checks the two date fields and shows each one's message next to it (`aria-invalid`). False when a
 * date is impossible or the range runs backwards: the caller then does not query.
 */
export function checkDateFields(): boolean {
  const from = byId<HTMLInputElement>(IDS.dateFrom);
  const to = byId<HTMLInputElement>(IDS.dateTo);
  const { errors } = parseDateRange(from.value, to.value);
  for (const [input, errorId, message] of [
    [from, IDS.dateFromError, errors.from],
    [to, IDS.dateToError, errors.to],
  ] as const) {
    const el = byId(errorId);
    el.textContent = message ?? "";
    el.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
  return !errors.from && !errors.to;
}

/**
 * A coding level as a coloured badge that also says it in words (never colour alone), as HTML text.
 * One function for the LevelBadge component and for the tables of a plan page, which show some 60
 * badges each: written as a string there, not as 60 components (at 10,000 plans, 600,000 component
 * renders of the build). Its style is global (src/styles/global.css), so it needs no scoped attribute.
 */
import { LEVEL_NAMES } from "./labels.ts";
import { escapeHtml } from "./html.ts";

export function levelBadgeHtml(level: number | null, compact = false): string {
  const name = level === null ? LEVEL_NAMES.null : LEVEL_NAMES[level];
  const cls = `level level-${level ?? "null"}${compact ? " level--compact" : ""}`;
  if (!compact) return `<span class="${cls}">${escapeHtml(level === null ? name : `${level} · ${name}`)}</span>`;
  const words = escapeHtml(level === null ? name : `Mức ${level}: ${name}`);
  return (
    `<span class="${cls}" title="${words}"><span aria-hidden="true">${level ?? "–"}</span>` +
    `<span class="visually-hidden">${words}</span></span>`
  );
}

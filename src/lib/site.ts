/** Site name and navigation, shared by the layout and the tests. */
export const SITE_NAME = "Dân số địa phương";
export const SITE_TAGLINE = "Các địa phương thực hiện Nghị quyết 21-NQ/TW và Kết luận 149-KL/TW ra sao";

/** A navigation entry: a fixed path of the site (README, "Kiến trúc") and its Vietnamese label. */
export interface NavItem {
  href: string;
  label: string;
}

/** The sections of the site, in menu order. Only sections that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Tổng quan" },
  { href: "/ke-hoach/", label: "Kế hoạch" },
  { href: "/dia-phuong/", label: "Địa phương" },
  { href: "/bien-phap/", label: "Biện pháp" },
  { href: "/kham-pha/", label: "Khám phá" },
  { href: "/pha-he/", label: "Phả hệ" },
  { href: "/du-lieu/", label: "Dữ liệu" },
];

/**
 * The Content-Security-Policy of every page. Scripts only from the site itself (no inline, no eval);
 * `wasm-unsafe-eval` and same-origin workers are for DuckDB-wasm. Inline styles are allowed because
 * charts drawn by Plot carry style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** True when `href` is the current section of `pathname` (the home page only matches itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(href);
}

import { describe, expect, it } from "vitest";
import { fontFaces, pageFonts, parseUnicodeRange, uncoveredChars } from "../../e2e/font-coverage.ts";

const VIETNAMESE = "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+1EA0-1EF9";
const CSS =
  `@font-face{font-family:Noto Sans Variable;font-display:swap;src:url(/_astro/vi.woff2)format("woff2-variations");unicode-range:${VIETNAMESE}}` +
  '@font-face{font-family:"Noto Sans Variable";src:url("/_astro/latin.woff2") format("woff2");unicode-range:U+??,U+2000-206F}' +
  "@font-face{font-family:Noto Sans Fallback;src:local(Arial);size-adjust:104%}";

describe("parseUnicodeRange", () => {
  it("reads single points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+0102-0103, U+20AB,U+??")).toEqual([
      [0x102, 0x103],
      [0x20ab, 0x20ab],
      [0, 0xff],
    ]);
  });
});

describe("fontFaces", () => {
  it("reads minified and quoted rules, and leaves out local() faces", () => {
    const faces = fontFaces(CSS);
    expect(faces.map((f) => [f.family, f.urls])).toEqual([
      ["Noto Sans Variable", ["/_astro/vi.woff2"]],
      ["Noto Sans Variable", ["/_astro/latin.woff2"]],
    ]);
  });
});

describe("uncoveredChars", () => {
  const faces = fontFaces(CSS);
  const offered = parseUnicodeRange("U+0000-00FF,U+0100-02BA,U+1EA0-1EF9");

  it("finds nothing missing in Vietnamese text", () => {
    expect(uncoveredChars("Đắk Lắk – Kế hoạch số 07, “dân số”…", faces, "Noto Sans Variable", offered)).toEqual([]);
  });

  it("names a letter of a subset the page does not link, and a symbol no subset has", () => {
    expect(uncoveredChars("Łódź → ", faces, "Noto Sans Variable", offered)).toEqual(
      [
        { char: "ź", code: "U+017A", kind: "subset" },
        { char: "Ł", code: "U+0141", kind: "subset" },
        { char: "→", code: "U+2192", kind: "symbol" },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    );
  });
});

describe("pageFonts", () => {
  it("reads stylesheets, font preloads and the text outside scripts, with placeholders", () => {
    const page = pageFonts(
      '<!doctype html><html><head><link rel="stylesheet" href="/a.css"><link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin></head>' +
        '<body><p>Hà Tĩnh</p><script>const x = "ł";</script><input placeholder="Tìm"></body></html>',
    );
    expect(page.stylesheets).toEqual(["/a.css"]);
    expect(page.preloads).toEqual([{ href: "/f.woff2", crossorigin: true, type: "font/woff2" }]);
    expect(page.text).toContain("Hà Tĩnh");
    expect(page.text).toContain("Tìm");
    expect(page.text).not.toContain("ł");
  });
});

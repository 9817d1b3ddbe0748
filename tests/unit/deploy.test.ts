import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NGINX_CONF, siteConfig } from "../../scripts/lib/nginx.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/lib/site.ts";

const conf = readFileSync(NGINX_CONF, "utf8");

describe("scripts/deploy/nginx.conf", () => {
  it("sends the pages' own Content-Security-Policy, plus frame-ancestors 'none'", () => {
    const csp = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(csp).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it("sets its headers once, at server level (a location's add_header would drop them)", () => {
    const locations = conf.split(/\n\s*location /).slice(1);
    for (const l of locations) expect(l.split("}")[0]).not.toContain("add_header");
  });

  it("can be pointed at another port and folder, and says so when it cannot", () => {
    const out = siteConfig(8123, "/tmp/site");
    expect(out).toContain("listen 127.0.0.1:8123;");
    expect(out).toContain("root /tmp/site;");
    expect(() => siteConfig(8123, "/tmp/site", "server { }")).toThrow(/listen 80/);
  });
});

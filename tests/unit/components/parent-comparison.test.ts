import { describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import ParentComparison from "../../../src/components/ParentComparison.astro";
import { createPlanResolver } from "../../../src/lib/lineage/resolve.ts";
import { asksByPlan } from "../../../src/lib/codebook.ts";
import { parentFixtureCorpus } from "../../fixture-corpus.ts";

const NAM_DO_SON = "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025";
const CV_9244 = "cong-van-9244-vp-vx-2025-ban-kiem-thu";

async function render(withParent: boolean): Promise<string> {
  const { plans, measures, documents } = parentFixtureCorpus();
  const shown = withParent ? plans : plans.filter((p) => p.slug !== CV_9244);
  const entry = shown.find((p) => p.slug === NAM_DO_SON)!;
  const resolve = createPlanResolver(shown);
  const container = await AstroContainer.create();
  return container.renderToString(ParentComparison, {
    props: { entry, measures, codebookAsks: asksByPlan(measures, documents, resolve), resolve },
  });
}

describe("ParentComparison", () => {
  it("shows kept, strengthened, weakened, dropped and added measures with both quotes and a link to the pair", async () => {
    const html = await render(true);
    for (const c of ["giu", "tang", "giam", "bo", "them"]) expect(html).toContain(`data-change="${c}"`);
    expect(html).toContain(`/so-sanh/?ke-hoach=${CV_9244},${NAM_DO_SON}`);
    const dropped = html.slice(html.indexOf('data-change="bo"'));
    expect(dropped.slice(0, dropped.indexOf("</table>"))).toContain("sinh đủ hai con");
  });

  it("shows no comparison once the parent's file is removed", async () => {
    const html = await render(false);
    expect(html).not.toContain("data-change");
    expect(html).toContain("chưa có tóm tắt trên trang này");
  });
});

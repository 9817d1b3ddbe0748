/** Kind and level of an issuing body, read from its name. */
import type { Plan } from "../../schemas/plan.ts";
import type { Province } from "../../schemas/locality.ts";
import { foldVietnamese } from "../vietnamese.ts";
import { modernTonePlacement } from "./text.ts";

const PARTY =
  /(dang uy|tinh uy|thanh uy|huyen uy|thi uy|quan uy|dang bo|chi bo|ban thuong vu|ban chap hanh|bo chinh tri|ban bi thu|ban tuyen giao|ban dan van)/;
const GOVERNMENT =
  /(uy ban nhan dan|ubnd|chinh phu|thu tuong|(^| )so [a-z]|(^| )bo [a-z]|van phong uy ban|hoi dong nhan dan)/;
const CENTRAL = /(bo chinh tri|ban chap hanh trung uong|ban bi thu|chinh phu|thu tuong|quoc hoi|^bo )/;
// Read with diacritics: folded, "quận" would be the "quan" of "cơ quan" and "xã" the "xa" of "vùng xa".
const UNIT = /(^| )(trường|bệnh viện|trung tâm|công ty|chi bộ|học viện|viện|doanh nghiệp|tổng công ty)( |$)/u;
const COMMUNE = /(^| )(xã|phường|thị trấn|đặc khu)( |$)/u;
const DISTRICT = /(^| )(huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)( |$)/u;

/** Party, government or unit, from the issuer's name ("Ban Thường vụ Tỉnh ủy" → party). */
export function issuerKindOf(issuer: string): Plan["issuerKind"] {
  const f = foldVietnamese(issuer);
  if (PARTY.test(f)) return "party";
  if (GOVERNMENT.test(f)) return "government";
  return "unit";
}

/**
 * The issuer's level from its name: central bodies, units (schools, hospitals, party cells),
 * communes and wards, districts (before 1/7/2025), else the province. A "thành phố" that is not one
 * of the provinces is a district-level city.
 */
export function issuerLevelOf(issuer: string, provinces: readonly Province[] = []): Plan["issuerLevel"] {
  const f = foldVietnamese(issuer);
  const lower = modernTonePlacement(issuer).toLowerCase();
  if (CENTRAL.test(f)) return "trung-uong";
  if (UNIT.test(lower)) return "don-vi";
  if (COMMUNE.test(lower)) return "xa";
  if (DISTRICT.test(lower)) return "huyen";
  const city = /thanh pho ([a-z ]+?)(,|$)/.exec(f);
  if (
    city &&
    !provinces.some((p) => [p.name, ...p.oldNames, ...p.mergedFrom].some((n) => foldVietnamese(n) === city[1].trim()))
  )
    return "huyen";
  return "tinh";
}

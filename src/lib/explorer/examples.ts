/** Example questions for the explorer's SQL tab: a Vietnamese question and the SQL that answers it. */

/** One example. */
export interface SqlExample {
  /** Stable id, for tests and anchors. */
  id: string;
  question: string;
  sql: string;
}

/** The examples, simplest first. */
export const SQL_EXAMPLES: readonly SqlExample[] = [
  {
    id: "lao-khoa-tu-kl-149",
    question: "Địa phương nào cam kết mạng lưới lão khoa ở mức 2 trở lên kể từ Kết luận 149 (10/4/2025)?",
    sql: `SELECT p.province_name AS dia_phuong, p.short_title AS van_ban, p.issued_label AS ngay,
       pm.level AS muc, pm.quote AS trich_dan
FROM plans p
JOIN plan_measures pm ON pm.plan = p.slug
WHERE pm.measure = 'lao-khoa' AND pm.level >= 2
  AND p.sort_date >= DATE '2025-04-10'
ORDER BY p.sort_date DESC`,
  },
  {
    id: "dem-theo-bien-phap",
    question: "Mỗi biện pháp được bao nhiêu văn bản nêu, và bao nhiêu văn bản giao nhiệm vụ cụ thể (mức 2–3)?",
    sql: `SELECT m.short_name AS bien_phap,
       count(*) FILTER (WHERE pm.level >= 1) AS co_neu,
       count(*) FILTER (WHERE pm.level >= 2) AS nhiem_vu_cu_the,
       count(*) FILTER (WHERE pm.level IS NULL) AS chua_ma_hoa
FROM measures m
JOIN plan_measures pm ON pm.measure = m.id
GROUP BY m.position, m.short_name
ORDER BY m.position`,
  },
  {
    id: "ten-cu",
    question: "Văn bản nào thuộc địa phương từng mang tên Thừa Thiên Huế (tìm theo tên cũ)?",
    sql: `SELECT DISTINCT p.short_title AS van_ban, p.province_name AS nay_thuoc, n.name AS ten_da_tim
FROM plans p
JOIN locality_names n ON n.province = p.province
WHERE n.name_folded LIKE '%thua thien hue%'
ORDER BY van_ban`,
  },
  {
    id: "pha-he",
    question: "Mỗi kế hoạch thực hiện văn bản cấp trên nào, và văn bản đó đã được tóm tắt chưa?",
    sql: `SELECT p.short_title AS ke_hoach, r.number AS van_ban_cap_tren, r.issuer AS co_quan,
       CASE WHEN r.target IS NULL THEN 'chưa tóm tắt' ELSE r.target END AS trang,
       CASE WHEN r.stated THEN 'ghi rõ' ELSE 'suy luận' END AS can_cu
FROM plan_references r
JOIN plans p ON p.slug = r.plan
WHERE r.relation = 'thuc-hien'
ORDER BY p.sort_date`,
  },
  {
    id: "bo-bien-phap-cap-tren",
    question: "Kế hoạch nào bỏ biện pháp mà văn bản cấp trên yêu cầu?",
    sql: `SELECT p.short_title AS ke_hoach, cap_tren.short_title AS van_ban_cap_tren,
       m.short_name AS bien_phap, v.parent_level AS muc_cap_tren, v.plan_level AS muc_ke_hoach
FROM plan_vs_parent v
JOIN plans p ON p.slug = v.plan
JOIN plans cap_tren ON cap_tren.slug = v.parent
JOIN measures m ON m.id = v.measure
WHERE v.change = 'bo'
ORDER BY p.short_title, m.position`,
  },
  {
    id: "chi-tieu-co-han",
    question: "Những chỉ tiêu nào có thời hạn hoặc kỳ báo cáo, theo biện pháp?",
    sql: `SELECT p.short_title AS van_ban, t.measure AS bien_phap, t.text AS chi_tieu,
       t.value || ' ' || t.unit AS gia_tri, t.period AS thoi_han
FROM targets t
JOIN plans p ON p.slug = t.plan
ORDER BY p.short_title, t.position`,
  },
  {
    id: "so-y-te",
    question: "Sở Y tế được giao những nhiệm vụ gì, ở văn bản nào?",
    sql: `SELECT p.short_title AS van_ban, a.body AS co_quan, a.task AS nhiem_vu
FROM assignments a
JOIN plans p ON p.slug = a.plan
WHERE lower(a.body) LIKE '%y tế%'
ORDER BY p.short_title, a.position, a.task_position`,
  },
  {
    id: "bon-bien-phap",
    question:
      "Bốn biện pháp chính (lão khoa, mức sinh thay thế, mất cân bằng giới tính, dữ liệu dân cư) theo từng văn bản",
    sql: `PIVOT (SELECT p.short_title AS van_ban, pm.measure, pm.level
       FROM plans p JOIN plan_measures pm ON pm.plan = p.slug
       WHERE pm.measure IN ('lao-khoa', 'muc-sinh-thay-the', 'mat-can-bang-gioi-tinh', 'du-lieu-dan-cu'))
ON measure IN ('lao-khoa', 'muc-sinh-thay-the', 'mat-can-bang-gioi-tinh', 'du-lieu-dan-cu')
USING max(level)
ORDER BY van_ban`,
  },
  {
    id: "chep-cua-nhau",
    question: "Hai kế hoạch nào chép của nhau nhiều nhất? (số từ trong các đoạn chung, không kể tên văn bản được dẫn)",
    sql: `WITH chung AS (
  SELECT DISTINCT a.plan AS ke_hoach_1, b.plan AS ke_hoach_2, a.passage_id, a.start, a.words
  FROM passage_occurrences a
  JOIN passage_occurrences b ON b.passage_id = a.passage_id AND a.plan < b.plan
  JOIN passages d ON d.passage_id = a.passage_id
  WHERE NOT d.citation)
SELECT p1.short_title AS van_ban_1, p2.short_title AS van_ban_2,
       count(DISTINCT c.passage_id) AS so_doan_chung, sum(c.words) AS so_tu_chung
FROM chung c
JOIN plans p1 ON p1.slug = c.ke_hoach_1
JOIN plans p2 ON p2.slug = c.ke_hoach_2
GROUP BY p1.short_title, p2.short_title
ORDER BY so_tu_chung DESC
LIMIT 10`,
  },
];

-- What an indicator measures (its progress model) and whether the portal itself defines it.
CREATE TYPE "IndicatorMeasure" AS ENUM ('COUNT', 'RANK', 'RATE');

ALTER TABLE "Indicator" ADD COLUMN "measure" "IndicatorMeasure" NOT NULL DEFAULT 'COUNT';
ALTER TABLE "Indicator" ADD COLUMN "isPortalDefined" BOOLEAN NOT NULL DEFAULT false;

-- Existing rows: the rank is a rank; the reportable indicators are the portal's own definitions.
UPDATE "Indicator" SET "measure" = 'RANK' WHERE "code" = 'IND_SOFT_POWER_RANK';
UPDATE "Indicator" SET "isPortalDefined" = true WHERE "isReportable" = true;

-- UNESCO titles in databases seeded before: the baseline is the Strategy's start (end-2021, derived), and the
-- end-2025 figure and the target of 60 come from the Foreign Minister's interview (VietnamPlus, 28/01/2026).
-- The seed writes the same values on a fresh database (prisma/seed/indicators.ts).
UPDATE "Indicator"
   SET "baselineYear" = 2021,
       "baselineValue" = 58,
       "targetConfidence" = 'PARTIAL',
       "targetSourceUrls" = ARRAY['https://www.vietnamplus.vn/cong-tac-doi-ngoai-nam-2025-tranh-thu-duoc-thoi-co-hoa-giai-duoc-thach-thuc-post1091131.vnp'],
       "targetNote" = 'Mục tiêu 60 danh hiệu đến năm 2030 do Bộ trưởng Bộ Ngoại giao Lê Hoài Trung nêu khi trả lời phỏng vấn Báo Điện tử VietnamPlus (28/01/2026); chưa đối chiếu được với toàn văn Quyết định 2013/QĐ-TTg (các bản công bố trực tuyến chỉ có phần đầu văn bản).'
 WHERE "code" = 'IND_UNESCO_TOTAL' AND "targetValue" = 60;

UPDATE "IndicatorObservation" o
   SET "confidence" = 'PARTIAL',
       "sourceUrls" = ARRAY['https://www.vietnamplus.vn/cong-tac-doi-ngoai-nam-2025-tranh-thu-duoc-thoi-co-hoa-giai-duoc-thach-thuc-post1091131.vnp'] || o."sourceUrls",
       "sourceNote" = 'Số liệu do Bộ trưởng Bộ Ngoại giao Lê Hoài Trung nêu khi trả lời phỏng vấn Báo Điện tử VietnamPlus (28/01/2026): 77 danh hiệu, trong đó 7 danh hiệu mới năm 2025. Các nguồn báo chí khác ghi 71 danh hiệu cuối năm 2024 và một di sản thế giới cùng năm danh hiệu khác được công nhận năm 2025.'
  FROM "Indicator" i
 WHERE o."indicatorId" = i.id AND i."code" = 'IND_UNESCO_TOTAL' AND o."organizationId" IS NULL AND o."year" = 2025
   AND o."confidence" = 'UNCONFIRMED';

INSERT INTO "IndicatorObservation" ("id", "indicatorId", "year", "asOfDate", "value", "sourceUrls", "sourceNote", "confidence")
SELECT gen_random_uuid()::text, i.id, 2021, DATE '2021-12-31', 58,
       ARRAY['https://baoangiang.com.vn/chi-tiet-cac-di-san-thien-nhien-van-hoa-the-gioi-o-viet-nam-a368084.html',
             'https://es.nhandan.vn/diplomacia-cultural-ayuda-a-elevar-la-posicion-de-vietnam-en-el-mundo-post44160.html',
             'https://en.sggp.org.vn/2023-a-successful-year-of-vietnams-cultural-diplomacy-at-unesco-ambassador-post107497.html',
             'https://en.vietnamplus.vn/optimising-unesco-titles-for-national-development-post285119.vnp'],
       'Giá trị suy ra, không có nguồn nêu trực tiếp: 65 danh hiệu cuối năm 2023 trừ các danh hiệu được công nhận sau năm 2021 (4 danh hiệu năm 2022, 3 danh hiệu năm 2023; theo các nguồn báo chí và danh mục di sản đã dẫn).',
       'PARTIAL'
  FROM "Indicator" i
 WHERE i."code" = 'IND_UNESCO_TOTAL'
   AND NOT EXISTS (SELECT 1 FROM "IndicatorObservation" x WHERE x."indicatorId" = i.id AND x."organizationId" IS NULL AND x."year" = 2021);

-- The Strategy page: the signer as the Decision names him, the general objective in full, and the objectives
-- whose Vietnamese wording is rendered back from an English or Spanish source tagged PARTIAL (prisma/seed/strategy.ts).
UPDATE "Strategy" SET "signer" = 'Phó Thủ tướng Thường trực Phạm Bình Minh (KT. Thủ tướng)' WHERE "number" = '2013/QĐ-TTg';
UPDATE "Objective"
   SET "titleVi" = 'Sử dụng các công cụ văn hóa trong hoạt động ngoại giao nhằm đưa quan hệ giữa Việt Nam với các đối tác đi vào chiều sâu, ổn định, bền vững, bảo vệ lợi ích quốc gia – dân tộc, giữ vững môi trường hòa bình, huy động các nguồn lực bên ngoài và chuyển hóa vị thế của đất nước thành nguồn lực phục vụ phát triển; sử dụng các phương tiện ngoại giao để tôn vinh các giá trị văn hóa Việt Nam, tiếp thu tinh hoa văn hóa thế giới, khơi dậy khát vọng phát triển đất nước, tăng cường sức mạnh mềm và nâng cao vị thế quốc gia.'
 WHERE "code" = 'GO';
UPDATE "Objective" SET "confidence" = 'PARTIAL' WHERE "code" IN ('GO', 'SO2', 'SO4', 'SO5');
UPDATE "Objective" SET "titleVi" = replace(replace("titleVi", 'NGVH', 'ngoại giao văn hóa'), 'đến 2030', 'đến năm 2030') WHERE "code" = 'SO1';

-- REVERSE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/reverse
-- (page of Oct 23, 2025, now also at user-guide/reverse-1: STRING, BINARY or
-- ARRAY; reversed byte by byte, except a STRING in the BigQuery-compatible
-- mode, which is reversed by UTF-8 character.)
-- Example 1. Documented: hcum yrev nuyila evol I.
SELECT REVERSE('I love aliyun very much');
-- Example 2. Documented: NULL.
SELECT REVERSE(null);
-- Example 3. Documented: [3, 4, 1, 2] (odpscmd prints no spaces).
SELECT REVERSE(ARRAY(2, 1, 4, 3));
-- Example 4. Documented: y=F47=99=E3=A4s=85=84B=CB=93=02=E14=FA.
SELECT REVERSE(UNHEX('FA34E10293CB42848573A4E39937F479'));
-- Numbers convert to STRING; a multi-byte character's bytes are reversed too.
SELECT REVERSE(12345), hex(REVERSE('中'));
-- The BigQuery-compatible mode reverses a STRING by character: 文中 (and
-- 云里阿 per row); BINARY and ARRAY values as before: ADB8E4, [3,4,1,2].
set odps.sql.bigquery.compatible=true;
SELECT REVERSE('中文'), hex(REVERSE(UNHEX('E4B8AD'))), REVERSE(ARRAY(2, 1, 4, 3)), REVERSE('I love aliyun very much');
SELECT REVERSE(s) FROM VALUES ('阿里云'), (null) t(s);

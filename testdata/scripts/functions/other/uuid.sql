-- UUID: https://www.alibabacloud.com/help/en/maxcompute/user-guide/uuid (example: SELECT uuid(); -- 29347a88-1e57-41ae-bb68-a9edbdd9****)
-- A random (version 4) GUID such as 29347a88-1e57-41ae-bb68-a9edbdd9****. The golden runs'
-- randomness is seeded, so the value below is reproducible here and random elsewhere.
select uuid();
-- Its shape, and a new value per call and per row.
select uuid() rlike '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', uuid() = uuid();
select count(distinct u) from (select uuid() as u from values (1), (2), (3) t(x)) s;

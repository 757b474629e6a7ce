-- UNIQUE_ID: https://www.alibabacloud.com/help/en/maxcompute/user-guide/unique-id
-- A unique id such as 29347a88-1e57-41ae-bb68-a9edbdd9****_1: mcsql draws a random UUID once per
-- statement and numbers the calls _1, _2, ... (seeded randomness in the golden runs).
select unique_id();
select x, unique_id() from values (1), (2), (3) t(x);
select unique_id() rlike '^[0-9a-f-]{36}_[0-9]+$';

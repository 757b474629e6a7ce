-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datediff
-- case: unknown datepart
select datediff(date '2025-03-02', date '2025-03-01', 'decade');

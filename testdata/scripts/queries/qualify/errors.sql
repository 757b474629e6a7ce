-- QUALIFY errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/qualify
-- The page's invalid example. Documented:
-- FAILED: ODPS-0130071:[3,1] Semantic analysis exception - use QUALIFY clause without window function
-- case: without a window function
SELECT * 
FROM values (1, 2) t(a, b) 
QUALIFY a > 1;
-- case: not a boolean
select a from values (1) t(a) qualify row_number() over (order by a);

-- ORDER BY ... NULLS FIRST | NULLS LAST. The window functions page
-- documents `[nulls {first|last}]` in a window's ORDER BY
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/window-functions-1);
-- the "FAQ about DQL operations" page says MaxCompute supports ORDER BY
-- ... NULLS LAST (https://www.alibabacloud.com/help/en/maxcompute/user-guide/faq-about-dql-operations);
-- (mcsql) SORT BY takes it too.
-- Without NULLS, MaxCompute puts NULL first ascending and last descending
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/select-syntax).
select x from values (2), (null), (1) t(x) order by x;
select x from values (2), (null), (1) t(x) order by x desc;
select x from values (2), (null), (1) t(x) order by x nulls last;
select x from values (2), (null), (1) t(x) order by x desc nulls first;
select x, y from values (1, null), (1, 'b'), (null, 'a'), (2, 'a') t(x, y) order by x asc nulls last, y desc nulls last;
-- Set operations and SORT BY take it too.
select x from values (1), (null) t(x) union all select x from values (null), (0) u(x) order by x nulls last;
select x from values (2), (null), (1) t(x) sort by x desc nulls first;

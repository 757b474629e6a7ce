-- IS [NOT] DISTINCT FROM, of MaxCompute's "Operators" page
-- (https://www.alibabacloud.com/help/en/doc-detail/27861.htm): a IS NOT
-- DISTINCT FROM b is a <=> b, a IS DISTINCT FROM b is NOT (a <=> b); never
-- NULL.
select a, b, a is distinct from b as d, a is not distinct from b as nd, a <=> b as eq
from values (1, 1), (1, 2), (null, 1), (1, null), (null, null) t(a, b);
-- Its right side binds like a comparison's: 1 + 1 is one operand.
select 2 is distinct from 1 + 1, 'x' is not distinct from concat('x', ''), not 1 is distinct from 2;
-- Implicit conversions apply as for =.
select 1 is not distinct from 1.0, '1' is distinct from 1;
-- In WHERE and in a join condition.
select count(*) from values (1), (null), (2) t(a) where a is distinct from 2;
select x.a, y.b from values (1), (null) x(a) join values (1), (null) y(b) on x.a is not distinct from y.b order by x.a limit 5;

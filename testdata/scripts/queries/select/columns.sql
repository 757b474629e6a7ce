-- Column expressions of MaxCompute's "SELECT syntax" page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/select-syntax-1):
-- a backquoted regular expression selects the columns whose whole name it
-- matches; the syntax line `<select_expr>[, <except_expr>][,
-- <replace_expr>]` adds `* EXCEPT (cols)` and `* REPLACE (expr AS col)`.
create table t (abc1 bigint, abc2 string, ds string, dshh string, pt string, x double);
insert into t values (1, 'a', '2024', '01', 'p', 1.5), (2, 'b', '2025', '02', 'q', null);

-- The page's four patterns: columns starting with abc; all but ds; all
-- but ds and pt; all but those starting with d.
SELECT `abc.*` FROM t;
SELECT `(ds)?+.+` FROM t;
SELECT `(ds|pt)?+.+` FROM t;
SELECT `(d.*)?+.+` FROM t;
-- The page's note: when one name is a prefix of another, write the longer
-- one first. `(dshh|ds)?+.+` leaves out both; `(ds|dshh)?+.+` keeps dshh,
-- because the possessive ?+ takes "ds" and never gives it back.
SELECT `(dshh|ds)?+.+` FROM t;
SELECT `(ds|dshh)?+.+` FROM t;
-- A pattern among other select items, with a table qualifier elsewhere.
SELECT x, `abc.*`, t.pt FROM t WHERE x IS NOT NULL;
-- A backquoted name that is a column stays that column.
create table odd (`a+b` bigint, c bigint);
insert into odd values (1, 2);
SELECT `a+b` FROM odd;

-- * EXCEPT and * REPLACE.
SELECT * EXCEPT (ds, dshh) FROM t;
SELECT * REPLACE (abc1 * 100 AS abc1, upper(abc2) AS abc2) FROM t;
SELECT t.* EXCEPT (x) REPLACE (concat(pt, '!') AS pt) FROM t;
SELECT abc1, * EXCEPT (abc1, abc2, ds, dshh) FROM t ORDER BY abc1 DESC LIMIT 10;
-- REPLACE may change the type; the column keeps its name and place.
SELECT * EXCEPT (abc2, ds, dshh, pt) REPLACE (cast(abc1 AS string) AS abc1) FROM t;
-- With a join, EXCEPT drops the named column from every table.
SELECT * EXCEPT (ds, dshh, pt, x) FROM t JOIN (SELECT 1 AS abc1, 'extra' AS more) u ON t.abc1 = u.abc1;
-- EXCEPT is still the set operation after a select list.
SELECT abc1 FROM t EXCEPT (SELECT 2);

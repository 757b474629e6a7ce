-- args: --project myproj
-- Errors of odpscmd's client statements (issue 12 item 8).
-- case: read needs a table
read;
-- case: read's line count is a whole number
read t 1.5;
-- case: read of a missing table
read nosuch;
-- case: read of a missing column
create table t (a bigint); read t (nosuch);
-- case: a table of a project without tables
select * from nosuchproject.t;
-- case: USE then a missing table
use elsewhere; select * from t;
-- case: use needs a name
use;
-- case: explain needs a query
explain create table u (a bigint);
-- case: explain checks the query
explain select nosuch from values (1) t(a);
-- case: show create table of a missing table
show create table nosuch;
-- case: desc extended of a missing table
desc extended nosuch;

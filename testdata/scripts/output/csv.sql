-- args: -M
-- Machine-readable output: CSV with a header; BINARY as upper-case hex; NULL empty.
select 1 as id, 'a,b' as s, 'say "hi"' as q, '' as empty, null as n, X'00FF' as bin, true as b, 1.5 as d;
select * from values (1, 'x'), (2, 'y') t(id, name);

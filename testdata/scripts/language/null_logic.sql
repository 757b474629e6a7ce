-- Three-valued logic and NULL propagation.
select null and false, null and true, null or true, null or false, not null;
select 1 = null, null <=> null, 1 <=> null, 1 <=> 1, null is null, 1 is not null;
select 1 in (1, null), 2 in (1, null), 2 not in (1, null), null in (1, 2);
select 1 + null, concat('a', null), coalesce(null, null, 'x'), nvl(null, 3);
select case when null then 'yes' else 'no' end as c1, case null when null then 'eq' else 'ne' end as c2;
select 2 between 1 and 3, 5 not between 1 and 3, null between 1 and 3;
select 'abc' like 'a%', 'abc' like '_b_', 'a_c' like 'a\_c', 'abc' rlike '^a.c$', 'abc' not like 'b%';

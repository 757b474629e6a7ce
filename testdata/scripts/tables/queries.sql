-- SELECT over tables: joins, aggregates, DISTINCT, UNION, subqueries, NULL ordering.
create table a (id bigint, v string);
create table b (id bigint, w string);
insert into a values (1, 'a1'), (2, 'a2'), (3, null), (null, 'anull');
insert into b values (2, 'b2'), (3, 'b3'), (4, 'b4'), (null, 'bnull');
select a.id, v, w from a join b on a.id = b.id order by a.id;
select a.id, v, b.id as bid, w from a left join b on a.id = b.id order by v;
select a.id, b.id as bid from a right outer join b on a.id = b.id order by bid;
select a.id, b.id as bid from a full outer join b on a.id = b.id order by a.id, bid;
select count(*) as n from a cross join b;
select count(*), count(id), count(distinct v), min(id), max(v), avg(id), sum(id) from a;
select v is null as missing, count(*) as n from a group by v is null order by missing;
select distinct id % 2 as parity from a where id is not null order by parity;
select id from a where id in (select id from b) order by id;
select id from a where id is not null union all select id from b where id > 3 order by id desc;
select v from a order by v desc;
select (select max(w) from b) as top, count(*) from a;

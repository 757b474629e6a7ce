-- Scalar and table variables, declarations, IF with and without BEGIN/END.
@a := 10;
@b := @a * 2;
select @a, @b, @a + @b as total;
@a := 'replaced';
select @a;
@t := select 1 as id, 'one' as name union all select 2, 'two';
select * from @t;
select t.name from @t where id = 2;
select (select count_name from (select name as count_name from @t where id = 1) x) as sub;
@declared string;
@declared := 42;
select @declared, @declared || '!' as concatenated;
@flag := true;
IF (@flag) BEGIN
    select 'then' as branch;
END ELSE BEGIN
    select 'else' as branch;
END
IF (@a == 'nope') select 'first';
ELSE IF ((select max_id from (select 2 as max_id) m) = 2) select 'second';
ELSE select 'third';
IF (1 > 2) BEGIN
    IF (true) select 'inner';
END
select * from values (1, 'x'), (2, null) t(id, v) where v is null;
set odps.sql.type.system.odps2=true;
set odps.sql.allow.fullscan = true;
select 'after set' as s;

-- Everyday string, hash, conditional and JSON functions, with functions.md's vectors.
select md5('Tech on the net'), sha1('ABC'), sha('ABC');
select sha2('ABC', 256), sha2('ABC', 0) = sha2('ABC', 256), sha2('ABC', 224);
select crc32('ABC'), to_char(true), length('a\tb'), lengthb('中文'), length('中文');
select concat('a', 'b', 'c'), concat('a', null), concat_ws('-', 'a', null, 'b');
select substr('abcdef', 2), substr('abcdef', 2, 3), substr('abcdef', -2), substring('abcdef', 0, 2);
select toupper('abc'), tolower('ABC'), upper('x'), lower('Y'), trim('  t  '), ltrim('  l'), rtrim('r  ');
select replace('aaa', 'a', 'b'), split_part('a,b,c', ',', 2), lpad('7', 3, '0'), rpad('7', 3, '0'), reverse('abc'), instr('hello', 'l');
select coalesce(null, 1), nvl(null, 'd'), if(1 > 2, 'yes', 'no'), decode(2, 1, 'one', 2, 'two', 'other'), isnull(null);
select get_json_object('{"a":{"b":[1,2,{"c":"x"}]},"d":"e"}', '$.a.b[2].c'), get_json_object('{"a":{"z":1,"b":2}}', '$.a'), get_json_object('{"a":[1,2]}', '$.a[*]'), get_json_object('bad', '$.a');
select abs(-3), round(2.5), round(-2.5), round(3.14159, 2), floor(1.7), ceil(1.2);
select getdate(), to_char(getdate(), 'yyyy-mm-dd hh:mi:ss'), dateadd(datetime'2024-01-31 00:00:00', 1, 'mm');

-- Every literal form and escape of language.md section 2.
select 'abc' 'xyz' as adjacent, "double" as dq, 'it''s' as doubled;
select 'a\tb' as tab, length('a\tb') as len, hex('\b\n\r\Z\0') as controls;
select '\'' as q1, "\"" as q2, '\\' as bs, '\;' as semi, '\q' as other;
select '\101\102\103' as octal, hex('\177') as del;
select R"(raw \n string)" as raw;
select 1Y, 2S, 3, 4L, 2147483648 as big, 9223372036854775808 as huge;
select 1.5, 1.5F, 1.5D, 1.50BD, 1e3, .5, 1.5e-3;
select X'616263' as bin, X'abc' as odd, X'' as empty;
select DATE'2024-02-29' as d, DATETIME'2024-02-29 13:14:15' as dt, TIMESTAMP'2024-02-29 13:14:15.123' as ts;
select true, false, null;
select `select`, `from` from values (1, 2) t(`select`, `from`);

-- args: -D dir=../../testdata/scripts/tunnel/data -D tmp=$MCSQL_HOME
-- odpscmd's TUNNEL options (issue 12 item 9): escapes in -fd and -rd,
-- delimiters of several characters, the null indicator, charsets, bad
-- records, scan, strict schema, date formats and time zones. Options that
-- mean nothing locally are accepted with a note on stderr.
create table t (id bigint, name string);
tunnel upload -fd '\t' ${dir}/tab.txt t;
tunnel upload -fd "\t" -c UTF-8 -cp false -bs 10 -threads 2 -sd /nowhere -te http://dt.example -time true ${dir}/tab.txt t;
select * from t order by id, name;

-- Two-character field delimiter, CRLF records, \N for NULL; download in
-- another format and read it back.
create table p (id bigint, name string, note string);
tunnel upload -fd '||' -rd '\r\n' -ni '\N' ${dir}/pipes.txt p;
select id, name, note, note is null as note_is_null from p order by id;
tunnel download -fd ';' -ni NULL -h true -cp true -e true p ${tmp}/p.csv;
create table p2 like p;
tunnel upload -fd ';' -ni NULL -h true ${tmp}/p.csv p2;
select count(*) as same_rows from p join p2 on p.id = p2.id and p.name = p2.name and (p.note = p2.note or p.note is null and p2.note is null);

-- Hive's \u0001 fields and \u0002 records, plain text without quoting.
create table h (id bigint, name string);
tunnel upload --field-delimiter='\u0001' -rd '\u0002' -cf false ${dir}/hive.txt h;
select * from h order by id;

-- Bad records: -dbr true discards them (one note each), -ss false pads
-- and cuts records, -s only checks the file and writes nothing.
create table b (id bigint, name string);
tunnel upload -s only -dbr true ${dir}/bad.csv b;
select count(*) as after_scan_only from b;
tunnel upload -dbr true ${dir}/bad.csv b;
select * from b order by id;
tunnel upload -ss false -dbr true -mbr 1 ${dir}/bad.csv b;
select * from b order by id;

-- -dfp and -tz: the file's wall clocks are UTC; the session's zone is
-- Asia/Shanghai. A bare date is read too.
create table d (t datetime, s string);
tunnel upload -dfp 'yyyy/MM/dd HH:mm' -tz UTC ${dir}/dt.csv d;
select * from d order by s;
tunnel download -dfp "yyyyMMdd'T'HHmmss" -tz UTC d ${tmp}/d.csv;
create table d2 like d;
tunnel upload -dfp "yyyyMMdd'T'HHmmss" -tz UTC ${tmp}/d.csv d2;
select count(*) as same_rows from d join d2 on d.t = d2.t;

-- -c GBK reads and writes GBK bytes.
create table g (id bigint, name string);
tunnel upload -c GBK ${dir}/gbk.csv g;
select name, hex(name) as utf8_bytes from g;

-- Download options: -limit, -cn, -ci.
tunnel download -limit 1 -cn name,id -h true t ${tmp}/t.csv;
create table t2 (name string, id bigint);
tunnel upload -h true ${tmp}/t.csv t2;
select * from t2;
tunnel download -ci 1 t ${tmp}/names.csv;
create table n (name string);
tunnel upload ${tmp}/names.csv n;
select * from n order by name;

-- args: -D dir=../../testdata/scripts/tunnel/data
-- TUNNEL errors (issue 12 item 9): each names the problem, and a failed
-- upload writes nothing.
-- case: unknown option
create table t (id bigint, name string);
tunnel upload -x 1 ${dir}/part.csv t;
-- case: a download option on an upload
create table t (id bigint, name string);
tunnel upload -limit 1 ${dir}/part.csv t;
-- case: bad boolean
create table t (id bigint, name string);
tunnel upload -h maybe ${dir}/part.csv t;
-- case: bad escape
create table t (id bigint, name string);
tunnel upload -fd '\u00zz' ${dir}/part.csv t;
-- case: field delimiter holds the record delimiter
create table t (id bigint, name string);
tunnel upload -fd 'a|b' -rd '|' ${dir}/part.csv t;
-- case: bad charset
create table t (id bigint, name string);
tunnel upload -c EBCDIC-XYZ ${dir}/part.csv t;
-- case: bad date format pattern
create table t (id bigint, name string);
tunnel upload -dfp 'yyyy-MM-dd EEE' ${dir}/part.csv t;
-- case: bad time zone
create table t (id bigint, name string);
tunnel upload -tz Mars/Olympus ${dir}/part.csv t;
-- case: too many bad records
create table t (id bigint, name string);
tunnel upload -dbr true -mbr 1 ${dir}/bad.csv t;
-- case: partition of an unpartitioned table
create table t (id bigint, name string);
tunnel upload ${dir}/part.csv t/ds=1;
-- case: missing partition
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel upload ${dir}/part.csv pt/ds=1,hr=2;
-- case: partial spec on upload
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel upload -acp true ${dir}/part.csv pt/ds=1;
-- case: not a partition column
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel upload ${dir}/part.csv pt/dt=1,hr=2;
-- case: bad partition value
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel upload -acp true ${dir}/part.csv pt/ds=a/b,hr=2;
-- case: no matching partition to download
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel download pt/ds=1 x.csv;
-- case: bad partition spec
create table pt (id bigint, name string) partitioned by (ds string, hr string);
tunnel download pt/ds x.csv;
-- case: download column that does not exist
create table t (id bigint, name string);
tunnel download -cn nosuch t x.csv;

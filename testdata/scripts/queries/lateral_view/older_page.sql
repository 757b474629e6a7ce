-- The examples of the LATERAL VIEW page's older English version (the same
-- as Hive's; read in a public copy of that version, topic
-- concept_sqj_zhk_52b), whose current version is
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/lateral-view-1.
-- The page shows its tables as data only; they are created here with the
-- column types it names.
create table pageAds (pageid string, adid_list array<int>);
insert into pageAds values ('front_page', array(1, 2, 3)), ('contact_page', array(3, 4, 5));
-- 1. Split the AD IDs: front_page 1, 2, 3; contact_page 3, 4, 5.
SELECT pageid, adid
 FROM pageAds LATERAL VIEW explode(adid_list) adTable AS adid;
-- 2. Count each: 1 1, 2 1, 3 2, 4 1, 5 1 (the page's table misprints the
-- last two keys as "4." and "50").
SELECT adid, count(1)
    FROM pageAds LATERAL VIEW explode(adid_list) adTable AS adid
GROUP BY adid;

create table baseTable (col1 array<int>, col2 array<string>);
insert into baseTable values (array(1, 2), array('a', 'b', 'c')), (array(3, 4), array('d', 'e', 'f'));
-- One LATERAL VIEW: 1 and 2 with ["a","b","c"], 3 and 4 with ["d","e","f"].
SELECT myCol1, col2 FROM baseTable
    LATERAL VIEW explode(col1) myTable1 AS myCol1;
-- Two: each of col1's elements with each of col2's, in the order the
-- LATERAL VIEWs are written: 1 a, 1 b, 1 c, 2 a, ... 4 f.
SELECT myCol1, myCol2 FROM baseTable
    LATERAL VIEW explode(col1) myTable1 AS myCol1
    LATERAL VIEW explode(col2) myTable2 AS myCol2;

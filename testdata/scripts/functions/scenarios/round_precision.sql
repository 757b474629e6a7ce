-- Scenario: the ROUND precision case.
-- Article: https://www.alibabacloud.com/help/en/maxcompute/use-cases/fix-the-precision-issue-of-the-round-function
-- (Chinese: https://help.aliyun.com/document_detail/400532.html)
-- A typed-in number is a DOUBLE, and 0.25375 is 0.2536999... as a DOUBLE, so
-- ROUND does not carry: 0.2537
select round(0.25375, 4);
-- CAST it to DECIMAL first and the digits are exact: 0.2538 0.2538
select round(cast(0.25375 as decimal), 4), round(cast(0.25375 as decimal(20,5)), 4);
-- A DECIMAL table column is read with its own type: no precision issue. 0.2538
create table round_case (amount decimal(20,5));
insert into round_case values (0.25375BD);
select round(amount, 4) from round_case;
-- In the Hive-compatible edition a bare DECIMAL is DECIMAL(10,0), so the
-- value is 0 before ROUND sees it; DECIMAL(20,5) keeps it: 0 0.2538
set odps.sql.hive.compatible=true;
select round(cast(0.25375 as decimal), 4), round(cast(0.25375 as decimal(20,5)), 4);

-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/unix-timestamp
-- case: in the 2.0 edition a STRING date does not convert (use CAST)
select unix_timestamp('2009-03-20 11:11:00');

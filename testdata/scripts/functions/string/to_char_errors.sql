-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-char
-- case: a STRING is not a date in the 2.0 edition's TO_CHAR(value)
select to_char(x'01');
-- case: unknown directive
select to_char(timestamp '2025-07-20 07:30:00', '%Q');
-- case: unknown time zone
select to_char(timestamp '2025-07-20 07:30:00', '%Y', 'Mars/Olympus');
-- case: 'Alibaba 2010-12*3' is not a DATETIME literal (the page: an error)
select to_char(datetime 'Alibaba 2010-12*3', 'Alibaba yyyy-mm*dd');
-- case: a NULL date in the date signature (the newest page: an error)
select to_char(null, 'yyyy-mm-dd');
-- case: '20102401' is not a DATETIME literal (the date functions page: an error)
SELECT TO_CHAR(DATETIME '20102401', 'yyyy');

-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-diff
-- case: an unsupported date_part is an error
SELECT TIME_DIFF(1230000, 123400, 'day');
-- case: in the 2.0 data type edition the times must be BIGINT
SELECT TIME_DIFF('1230000', 123400, 'ff6');
-- case: the difference must fit in BIGINT
SELECT TIME_DIFF(9223372036854775807L, -1, 'ff6');

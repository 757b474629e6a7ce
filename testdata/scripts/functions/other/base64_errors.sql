-- BASE64 bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: STRING argument (BASE64 takes BINARY)
select base64('alibaba');
-- case: no argument
select base64();

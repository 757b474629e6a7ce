-- KEYSET_TO_JSON bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyset-to-json
-- case: truncated keyset
select KEYSET_TO_JSON(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D'));
-- case: a STRING argument
select KEYSET_TO_JSON('r8MqZAEA8PDd3QSL');

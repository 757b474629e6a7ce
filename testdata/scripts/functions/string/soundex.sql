-- SOUNDEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/soundex
-- Example 1. Documented: H400.
select soundex('hello');
-- Example 2. Documented: NULL.
select soundex(null);
-- American Soundex as Hive computes it (Apache Commons Codec): H and W do
-- not separate equal codes; other non-letters are ignored.
select soundex('Robert'), soundex('Rupert'), soundex('Tymczak'), soundex('Ashcraft'), soundex('Pfister'), soundex('O''Hara 2');
-- Characters the algorithm cannot code give NULL, as the page says; no letters give ''.
select soundex('héllo'), concat('[', soundex('123'), ']');

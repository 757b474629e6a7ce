-- HEX, UNHEX, BASE64, UNBASE64: every vector of functions.md.
select hex('abc'), unhex('616263'), hex(-1), hex(0.525);
select hex(0), hex(17), hex('17'), hex(-1.0D), hex(cast(1.5 as decimal(3,1)));
select unhex('616263'), unhex('6A6b'), unhex(616263), unhex(null), hex(null);
select base64(cast('alibaba' as binary)), unbase64('YWxpYmFiYQ=='), base64(X'');
select hex(unhex('00FF10')), hex(X'DEADBEEF'), base64(unhex('00FF'));

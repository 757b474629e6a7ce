-- SYM_DECRYPT bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sym-decrypt
-- case: wrong key
select sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('00000000000000000000000000000000' as binary));
-- case: AAD the value was not encrypted with
select sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'AES-GCM-256', 'test');
-- case: tampered ciphertext
select sym_decrypt(unbase64('grgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('b75585cf321cdcad42451690cdb7bfc4' as binary));
-- case: too short to be a ciphertext
select sym_decrypt(cast('short' as binary), cast('b75585cf321cdcad42451690cdb7bfc4' as binary));
-- case: Base64 text not decoded first
select sym_decrypt('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc=', cast('b75585cf321cdcad42451690cdb7bfc4' as binary));
-- case: key of 128 bits
select sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('b75585cf321cdcad' as binary));
-- case: unsupported method
select sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'AES-CBC');

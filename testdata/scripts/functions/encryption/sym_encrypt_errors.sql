-- SYM_ENCRYPT bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sym-encrypt
-- case: key shorter than 256 bits
select sym_encrypt('0001', cast('b75585cf321cdcad' as binary));
-- case: key given as a STRING (the page's key is BINARY: cast it)
select sym_encrypt('0001', 'b75585cf321cdcad42451690cdb7bfc4');
-- case: unsupported method
select sym_encrypt('0001', cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'AES-SIV-CMAC-256');
-- case: too few arguments
select sym_encrypt('0001');

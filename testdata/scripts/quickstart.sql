-- mcsql quick start: script mode with variables, then the conversion
-- functions that the keyset functions' documentation relies on.
@greeting := 'hello world';
@bytes := cast(@greeting as binary);
select @greeting as greeting, hex(@bytes) as hex, base64(@bytes) as b64;
select unhex('616263'), unbase64('YWxpYmFiYQ=='), hex(-1), hex(0.525);
IF (length(@greeting) > 5) BEGIN
    @size := 'long';
END ELSE BEGIN
    @size := 'short';
END
select @size as size, md5(@greeting) as md5;

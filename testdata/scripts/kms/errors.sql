-- Wrapped-keyset errors on the local KMS: each names what is wrong and how to fix it.
-- case: malformed CMK ARN
select new_wrapped_keyset('acs:kms:cn-hangzhou:key/abc', 'acs:ram::1:role/r', 'AES-GCM-256');
-- case: malformed role ARN
select new_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:user/bob', 'AES-GCM-256');
-- case: malformed role chain
select new_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'AES-GCM-256', 'd', 'acs:ram::2:role/ok,,');
-- case: NULL ARN
select new_wrapped_keyset(null, 'acs:ram::1:role/r', 'AES-GCM-256');
-- case: the documentation's MaxCompute-wrapped keyset is not in the local KMS
select use_wrapped_keyset('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t', 'acs:ram::1**************7:role/kms', unhex('613256354C576836656A59314D6D59344E7A6B7A624452754D6D3434627A49786443317A655859786358426F4E6A4D78447654524C4632635077766E74554654584579715242583953724167446D2F397131786F57456E6F5474516739633853766242674456773565736674714A4D5435524455382F6F6A2B4E61766D774344494C734B6A416B6B675A42496F5568656F566D38564C4F30506D4778767137646956517453447A5467395147775639533161305A464A6D6A45562B6742722F56386653444D6E424D2B71493779784668303866594E6D336578775744423949726B645A3469784F2B532B476E6750523854524A58326E5768666478347034473468687248684A514D615071332F526C342B67427652773D3D'));
-- case: CMK mismatch
@w := new_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select use_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-bbbbbbbbbbbbbbbbbbbbb', 'acs:ram::1:role/r', @w);
-- case: a wrapped keyset passed as a plain keyset
@w := new_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select enhanced_sym_encrypt(@w, 'x');
-- case: not a wrapped keyset
select use_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'hello');
-- case: placeholder left in the ARN
select new_wrapped_keyset('acs:kms:${<RegionId>}:1:key/key-a', 'acs:ram::1:role/r', 'AES-GCM-256');

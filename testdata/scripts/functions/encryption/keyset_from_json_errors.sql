-- KEYSET_FROM_JSON bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyset-from-json
-- case: not JSON
select KEYSET_FROM_JSON('hello');
-- case: a key of the wrong size for its type
select KEYSET_FROM_JSON('{"key":[{"key_id":"r8MqZAEA8PDd3QSL","key_meta_data":{"key_material_origin":"Origin_ALIYUN_MAXCOMPUTE","key_material_type":"SYMMETRIC","type":"AES-GCM-256","value":"AAAA"},"output_prefix_type":"PREFIX_ALIYUN_MAXCOMPUTE","status":"ENABLED"}],"primary_key_id":"r8MqZAEA8PDd3QSL"}');
-- case: a primary key id that names no key
select KEYSET_FROM_JSON('{"key":[{"key_id":"r8MqZAEA8PDd3QSL","key_meta_data":{"key_material_origin":"Origin_ALIYUN_MAXCOMPUTE","key_material_type":"SYMMETRIC","type":"AES-GCM-256","value":"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},"output_prefix_type":"PREFIX_ALIYUN_MAXCOMPUTE","status":"ENABLED"}],"primary_key_id":"AAAAAAAAAAAAAAAA"}');

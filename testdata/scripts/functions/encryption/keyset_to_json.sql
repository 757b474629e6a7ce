-- KEYSET_TO_JSON: https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyset-to-json
-- The page's example; its result, exactly:
-- {
--     "key": [{
--             "description": "hello world",
--             "key_id": "r8MqZAEA8PDd3QSL",
--             "key_meta_data": {
--                 "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
--                 "key_material_type": "SYMMETRIC",
--                 "type": "AES-GCM-256",
--                 "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
--             "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
--             "status": "ENABLED"}],
--     "primary_key_id": "r8MqZAEA8PDd3QSL"}
select KEYSET_TO_JSON(unhex ('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64')) ;
-- Members are readable with GET_JSON_OBJECT; a NULL keyset gives NULL.
select get_json_object(KEYSET_TO_JSON(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64')), '$.key[0].key_meta_data.value'), KEYSET_TO_JSON(null);

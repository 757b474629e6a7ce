-- args: --check -D RegionId=cn-hangzhou
-- --check names every -D placeholder left undefined, in one error, at its
-- first position (comments do not count: ${<InComment>}); defined ones
-- (RegionId) are left out. With every -D given, --check says OK.
@kms_resource_keyId := 'acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}';
@role_arn := 'acs:ram:${<UserId>}:role/${<roleName>}';
@origin_key := unhex('<wrapped_keyset>');
select '${bizdate}' as ds;

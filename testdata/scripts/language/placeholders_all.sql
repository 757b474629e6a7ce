-- args: -D RegionId=cn-hangzhou
-- The first failure a placeholder causes names every placeholder the
-- script leaves undefined, with its first position, and the -D flags
-- that define them: one run tells them all. Defined ones are left out.
@kms_resource_keyId := 'acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}';
@role_arn := 'acs:ram:${<UserId>}:role/${<roleName>}';
@origin_key := unhex('<wrapped_keyset>');
select '${<later>}' as not_reached;

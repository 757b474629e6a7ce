-- args: -D RegionId=cn-hangzhou -D UserId=123456789 -D wrapped_keyset=616263
@arn := 'acs:kms:${<RegionId>}:${<UserId>}:key/${CmkId}';
select @arn as arn;
select unhex('<wrapped_keyset>') as unwrapped, '<notdefined>' as kept;

package functions

// registerOther adds the "other functions" of MaxCompute's overview page
// (user-guide/other-functions) that the older families do not: the
// comparisons (other_compare.go), COMPRESS, DECOMPRESS, FAILIF,
// GET_USER_ID, UUID and UNIQUE_ID (other_misc.go), HASH and SAMPLE
// (other_hash.go), the ID card functions (other_idcard.go), STR_TO_MAP
// (other_map.go) and the warehouse readers MAX_PT, TABLE_EXISTS and
// PARTITION_EXISTS (other_tables.go).
func registerOther(r registrar) {
	registerOtherCompare(r)
	registerOtherMisc(r)
	registerOtherHash(r)
	registerOtherIDCard(r)
	registerOtherMap(r)
	registerOtherTables(r)
}

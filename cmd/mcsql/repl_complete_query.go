package main

// The query keywords of WITH, DISTRIBUTE/SORT/CLUSTER BY and OFFSET, kept
// apart from sqlKeywords so that each feature adds its own words.
func init() {
	sqlKeywords = append(sqlKeywords, "WITH", "DISTRIBUTE", "SORT", "CLUSTER", "OFFSET")
}

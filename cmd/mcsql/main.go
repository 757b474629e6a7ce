// Command mcsql runs MaxCompute SQL scripts locally: script mode with
// @variables, MaxCompute's types and functions, and odpscmd's output.
//
//	mcsql -e "select hex('abc');"
//	mcsql -f script.sql -D RegionId=cn-hangzhou
//	mcsql < script.sql
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, defaultDeps()))
}

package main

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/kms/local"
	"github.com/mcsql/mcsql/parser"
)

// ifPrompt is the continuation prompt of an IF statement that is complete
// but could still take an ELSE: without it, a user waits for a result that
// only an empty line (or the next statement) brings.
const ifPrompt = "(ELSE ..., or Enter to run the IF)> "

// ifWaitsForElse reports whether buf, the unfinished text, is a whole IF
// statement that is waiting only for a possible ELSE.
func ifWaitsForElse(buf string) bool {
	if strings.TrimSpace(buf) == "" {
		return false
	}
	_, rest := parser.SplitFinal(buf)
	return rest == ""
}

// replBanner is the shell's first line: the version, where the tables
// are, which KMS unwraps keysets, and how to get help.
func replBanner(warehouse string, k kmsOptions, home string) string {
	return fmt.Sprintf("mcsql %s; warehouse %s; %s; type help; for help, quit; to leave",
		version, warehouse, kmsDescription(k, home))
}

// kmsDescription names the KMS in use and where it keeps its keys.
func kmsDescription(k kmsOptions, home string) string {
	switch {
	case k.backend == "aliyun" && k.endpoint != "":
		return "KMS aliyun at " + k.endpoint
	case k.backend == "aliyun":
		return "KMS aliyun"
	case k.policy != "":
		return fmt.Sprintf("KMS local (%s, policy %s)", local.DefaultPath(home), k.policy)
	}
	return fmt.Sprintf("KMS local (%s)", local.DefaultPath(home))
}

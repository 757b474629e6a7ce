package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/local"
)

// Defaults of `mcsql kms create`: the documentation's region, and a
// 16-digit account id shaped like an Alibaba Cloud UID.
const (
	kmsCmdDefaultRegion  = "cn-hangzhou"
	kmsCmdDefaultAccount = "1000000000000000"
	kmsCmdDefaultDays    = 30
)

const kmsCmdUsageText = `Usage: mcsql kms COMMAND [ARGS]

Manages the customer master keys (CMKs) of mcsql's local KMS, kept in
%s.

Commands:
  create [--region R] [--account A] [--description D]
                               create a CMK (region ` + kmsCmdDefaultRegion + `, account ` + kmsCmdDefaultAccount + ` by default)
  list                         list the CMKs
  describe KEY_ID              show a CMK (KEY_ID is a CMK id or its ARN, acs:kms:REGION:ACCOUNT:key/ID)
  enable KEY_ID                let a disabled CMK encrypt and decrypt again
  disable KEY_ID               stop a CMK from encrypting and decrypting
  schedule-deletion KEY_ID [--days N]
                               delete a CMK and its key material after N days (7 to 366, default 30)
  cancel-deletion KEY_ID       keep a CMK that is pending deletion (it becomes Enabled)
  serve --policy FILE [--addr HOST:PORT] [--store PATH]
                               run the KMS/STS emulator on loopback (mcsql kms serve --help)

NEW_WRAPPED_KEYSET also creates a CMK on the first use of its ARN.
Exit status: 0 success, 1 the command failed, 2 usage error.
`

// kmsCmdUsageError is a mistake in the command line (exit 2).
type kmsCmdUsageError struct{ msg string }

func (e *kmsCmdUsageError) Error() string { return e.msg }

func kmsCmdUsagef(format string, args ...any) error {
	return &kmsCmdUsageError{fmt.Sprintf(format, args...)}
}

// runKMS is `mcsql kms ...` over the local key store in home/kms.
func runKMS(args []string, stdout, stderr io.Writer, home string, d deps) int {
	path := local.DefaultPath(home)
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) == 0 { // a mistake: the usage explains, on stderr
			fmt.Fprintf(stderr, kmsCmdUsageText, path)
			return exitUsage
		}
		fmt.Fprintf(stdout, kmsCmdUsageText, path) // asked for: stdout, for | less
		return exitOK
	}
	store := local.NewStore(path, local.Options{Rand: d.rand, Now: d.now, Notice: stderr})
	err := kmsCmdDispatch(context.Background(), store, args[0], args[1:], stdout)
	var usage *kmsCmdUsageError
	switch {
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "mcsql kms: %v\nRun 'mcsql kms help' for usage.\n", err)
		return exitUsage
	case err != nil:
		fmt.Fprintf(stderr, "mcsql kms: %v\n", err)
		return exitSQL
	}
	return exitOK
}

func kmsCmdDispatch(ctx context.Context, s *local.Store, cmd string, args []string, out io.Writer) error {
	switch cmd {
	case "create":
		return kmsCmdCreate(ctx, s, args, out)
	case "list":
		if _, err := kmsCmdParse(cmd, nil, args, 0); err != nil {
			return err
		}
		return kmsCmdList(ctx, s, out)
	case "describe":
		id, err := kmsCmdKeyID(ctx, s, cmd, nil, args)
		if err != nil {
			return err
		}
		meta, err := s.DescribeKey(ctx, id)
		if err != nil {
			return err
		}
		kmsCmdPrintKey(out, meta)
		return nil
	case "enable", "disable", "cancel-deletion":
		return kmsCmdSetState(ctx, s, cmd, args, out)
	case "schedule-deletion":
		return kmsCmdScheduleDeletion(ctx, s, args, out)
	}
	return kmsCmdUsagef("unknown command %q; the commands are create, list, describe, enable, disable, schedule-deletion, cancel-deletion, serve", cmd)
}

// kmsCmdParse parses flags wherever they appear among the arguments (so
// that `schedule-deletion KEY --days 7` works) and checks that exactly
// want positional arguments remain.
func kmsCmdParse(cmd string, fs *flag.FlagSet, args []string, want int) ([]string, error) {
	if fs == nil {
		fs = flag.NewFlagSet(cmd, flag.ContinueOnError)
	}
	fs.SetOutput(io.Discard) // errors are reported once, by runKMS
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, kmsCmdUsagef("%s: %v", cmd, err)
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(positional) != want {
		if want == 0 {
			return nil, kmsCmdUsagef("%s takes no arguments, got %q", cmd, strings.Join(positional, " "))
		}
		return nil, kmsCmdUsagef("%s needs one KEY_ID, got %d arguments", cmd, len(positional))
	}
	return positional, nil
}

// kmsCmdKeyID is the command's KEY_ID: a CMK id, or its ARN as
// NEW_WRAPPED_KEYSET takes it (acs:kms:<region>:<account>:key/<id>), which
// must then be the CMK's own ARN.
func kmsCmdKeyID(ctx context.Context, s *local.Store, cmd string, fs *flag.FlagSet, args []string) (string, error) {
	pos, err := kmsCmdParse(cmd, fs, args, 1)
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(pos[0], "acs:") {
		return pos[0], nil
	}
	arn, err := kms.ParseKeyARN(pos[0])
	if err != nil {
		return "", kmsCmdUsagef("%s: %v", cmd, err)
	}
	meta, err := s.DescribeKey(ctx, arn.KeyID)
	if err != nil {
		return "", err
	}
	if meta.Arn != arn.String() {
		return "", kms.Errorf(kms.CodeKeyNotFound, arn.String(),
			"the local CMK %s is %s: its region and account differ from this ARN's", arn.KeyID, meta.Arn)
	}
	return arn.KeyID, nil
}

func kmsCmdCreate(ctx context.Context, s *local.Store, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("create", flag.ContinueOnError)
	region := fs.String("region", kmsCmdDefaultRegion, "")
	account := fs.String("account", kmsCmdDefaultAccount, "")
	description := fs.String("description", "", "")
	if _, err := kmsCmdParse("create", fs, args, 0); err != nil {
		return err
	}
	meta, err := s.CreateKey(ctx, *region, *account, *description)
	if err != nil {
		return err
	}
	kmsCmdPrintKey(out, meta)
	return nil
}

func kmsCmdList(ctx context.Context, s *local.Store, out io.Writer) error {
	keys, err := s.ListKeys(ctx)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		fmt.Fprintf(out, "no CMKs in %s\n", s.Path())
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY ID\tSTATE\tREGION\tACCOUNT\tCREATED\tDESCRIPTION")
	for _, k := range keys {
		arn, err := kms.ParseKeyARN(k.Arn)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.KeyID, k.KeyState, arn.Region, arn.Account,
			kmsCmdDate(k.CreationDate), kmsCmdOneLine(k.Description))
	}
	return tw.Flush()
}

func kmsCmdSetState(ctx context.Context, s *local.Store, cmd string, args []string, out io.Writer) error {
	id, err := kmsCmdKeyID(ctx, s, cmd, nil, args)
	if err != nil {
		return err
	}
	switch cmd {
	case "enable":
		err = s.EnableKey(ctx, id)
	case "disable":
		err = s.DisableKey(ctx, id)
	default:
		err = s.CancelKeyDeletion(ctx, id)
	}
	if err != nil {
		return err
	}
	meta, err := s.DescribeKey(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s: %s\n", meta.KeyID, meta.KeyState)
	return nil
}

func kmsCmdScheduleDeletion(ctx context.Context, s *local.Store, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("schedule-deletion", flag.ContinueOnError)
	days := fs.Int("days", kmsCmdDefaultDays, "")
	id, err := kmsCmdKeyID(ctx, s, "schedule-deletion", fs, args)
	if err != nil {
		return err
	}
	if err := s.ScheduleKeyDeletion(ctx, id, *days); err != nil {
		return err
	}
	meta, err := s.DescribeKey(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s: %s, to be deleted on %s\n", meta.KeyID, meta.KeyState, kmsCmdDate(meta.DeleteDate))
	return nil
}

// kmsCmdPrintKey prints a CMK as aligned "name: value" lines, named as
// DescribeKey's response names them.
func kmsCmdPrintKey(out io.Writer, m *kms.KeyMetadata) {
	tw := tabwriter.NewWriter(out, 0, 0, 1, ' ', 0)
	fmt.Fprintf(tw, "KeyId:\t%s\n", m.KeyID)
	fmt.Fprintf(tw, "Arn:\t%s\n", m.Arn)
	fmt.Fprintf(tw, "KeyState:\t%s\n", m.KeyState)
	fmt.Fprintf(tw, "Description:\t%s\n", kmsCmdOneLine(m.Description))
	fmt.Fprintf(tw, "CreationDate:\t%s\n", kmsCmdDate(m.CreationDate))
	if !m.DeleteDate.IsZero() {
		fmt.Fprintf(tw, "DeleteDate:\t%s\n", kmsCmdDate(m.DeleteDate))
	}
	fmt.Fprintf(tw, "PrimaryKeyVersion:\t%s\n", m.PrimaryKeyVersion)
	fmt.Fprintf(tw, "Creator:\t%s\n", m.Creator)
	tw.Flush()
}

func kmsCmdDate(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// kmsCmdOneLine keeps a description from breaking the table's lines.
func kmsCmdOneLine(s string) string {
	return strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", " ").Replace(s)
}

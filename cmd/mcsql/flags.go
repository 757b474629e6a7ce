package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// options are the parsed command line.
type options struct {
	exec       string
	file       string // "-" for standard input
	defines    defines
	csv        bool
	version    bool
	check      bool
	kms        kmsOptions
	project    string
	warehouse  string
	timezone   string
	memBudget  int64      // --memory-budget; 0 for the default
	configFile string     // --config: odpscmd's odps_config.ini
	odps       odpsConfig // the config file, then the flags over it
	notes      []string   // odpscmd flags accepted but without effect here

	engine       string // --engine: local or maxcompute; "" for $MCSQL_ENGINE, then local
	region       string // --region: V4 request signing on MaxCompute
	projectGiven bool   // --project or the config's project_name named the project
	flagCreds    bool   // -u and -p gave the AccessKey (they win over everything)
}

// defines collects repeatable -D name=value flags.
type defines map[string]string

func (d defines) String() string { return "" }

func (d defines) Set(s string) error {
	name, value, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return fmt.Errorf("-D needs name=value, got %q", s)
	}
	d[name] = value
	return nil
}

// onceFlag is a string flag that may be given once: odpscmd refuses a
// second -e or -f (it runs one script), and silently keeping the last
// would drop a script.
type onceFlag struct {
	dst  *string
	name string // how the error names the flag
	trim bool   // drop a trailing ';', as odpscmd does for -f "file;"
}

func (o *onceFlag) String() string {
	if o.dst == nil {
		return ""
	}
	return *o.dst
}

func (o *onceFlag) Set(v string) error {
	if *o.dst != "" {
		return fmt.Errorf("%s given twice: mcsql runs one script (put the statements in one file, or run mcsql once per script)", o.name)
	}
	if o.trim {
		v = strings.TrimSuffix(strings.TrimSpace(v), ";")
	}
	if v == "" {
		return fmt.Errorf("%s needs a value", o.name)
	}
	*o.dst = v
	return nil
}

// unsupportedFlag is an odpscmd flag that mcsql does not have. Parsing
// records why, so that the user reads one line with the reason instead of
// "flag provided but not defined".
type unsupportedFlag struct {
	reason string
	hit    *string
	isBool bool
}

func (u *unsupportedFlag) String() string   { return "" }
func (u *unsupportedFlag) IsBoolFlag() bool { return u.isBool }
func (u *unsupportedFlag) Set(string) error {
	if *u.hit == "" {
		*u.hit = u.reason
	}
	return nil
}

// odpscmdUnsupported are odpscmd's flags that make no sense locally, with
// the reason; the README lists them too.
var odpscmdUnsupported = []struct {
	name, reason string
	isBool       bool
}{
	{"k", "-k (start at the n-th statement) is not supported: a script-mode script runs as a whole; cut the script instead", false},
	{"N", "-N (asynchronous mode) is not supported: mcsql runs each statement locally and waits for it", true},
	{"y", "-y (dry run) is not supported: use --check to check a script without running it", true},
	{"Y", "-Y (dry run) is not supported: use --check to check a script without running it", true},
	{"dryrun", "--dryrun is not supported: use --check to check a script without running it", true},
	{"html", "--html is not supported: mcsql prints odpscmd's text tables, or CSV with -M", true},
	{"C", "-C (job counters) is not supported: local statements run no MaxCompute jobs", true},
	{"account-provider", "--account-provider is not supported: give an AccessKey with -u and -p, or --config", false},
}

const usageText = `Usage: mcsql [flags] [-e SQL | -f FILE]

mcsql runs MaxCompute SQL script mode locally and prints results like odpscmd.
With neither -e nor -f it opens the interactive shell when standard input is a
terminal, and otherwise reads the script from standard input.

Examples:
  mcsql -e "select hex('abc'), unhex('616263')"
  mcsql -f script.sql
  mcsql -f rotate.sql -D RegionId=cn-hangzhou -D UserId=123456789
  echo "select 1;" | mcsql -M
  mcsql --config odps_config.ini -f script.sql   project from odpscmd's config file
  mcsql --engine maxcompute --config odps_config.ini -f script.sql -D ds=20260101
                                                 run it on MaxCompute itself
  mcsql kms create --description "team key"     manage local KMS keys (mcsql kms help)
  mcsql kms serve --policy policy.json           run the KMS/STS emulator
  mcsql odps serve --policy policy.json          run a fake MaxCompute (mcsql odps serve --help)

Flags:
`

const usageTail = `
Environment:
  MCSQL_HOME  mcsql's home directory (default ~/.mcsql)
  MCSQL_HISTORY  off: the interactive shell keeps no history file ($MCSQL_HOME/history, key material masked)
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN  credentials for --kms aliyun and --engine maxcompute
  MCSQL_ENGINE  local or maxcompute, when --engine is not given
  MCSQL_ODPS_RECORD  maxcompute: save each request and response in this directory, secrets redacted

--engine maxcompute takes the endpoint from --endpoint, else end_point of --config;
the project from --project, else project_name of --config; the AccessKey from
-u/-p, else the ALIBABA_CLOUD_* variables, else access_id/access_key/sts_token of --config.

Exit status: 0 success, 1 a statement failed, 2 usage error, 130 stopped by Ctrl-C.
`

// parseFlags parses the command line. It prints nothing: run prints the
// usage for --help (to stdout) and one line for a bad flag. The flag set
// is returned for the usage.
func parseFlags(args []string) (*options, *flag.FlagSet, error) {
	opts := &options{defines: defines{}}
	var unsupported string
	fs := newFlagSet(opts, &unsupported)
	if err := fs.Parse(args); err != nil {
		return nil, fs, err
	}
	if unsupported != "" {
		return nil, fs, errors.New(unsupported)
	}
	if fs.NArg() > 0 {
		return nil, fs, fmt.Errorf("unexpected argument %q; pass SQL with -e or a script with -f", fs.Arg(0))
	}
	if opts.exec != "" && opts.file != "" {
		return nil, fs, errors.New("-e and -f cannot be used together")
	}
	if err := opts.mergeConfig(fs); err != nil {
		return nil, fs, err
	}
	if !projectNameRE.MatchString(opts.project) {
		return nil, fs, fmt.Errorf("--project %q: a project name is a letter followed by letters, digits or '_'", opts.project)
	}
	return opts, fs, nil
}

// newFlagSet defines mcsql's flags, odpscmd's among them, on opts.
func newFlagSet(opts *options, unsupported *string) *flag.FlagSet {
	fs := flag.NewFlagSet("mcsql", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Var(&onceFlag{dst: &opts.exec, name: "-e"}, "e", "run the SQL `statements` given here (the last ';' may be left out)")
	fileFlag := &onceFlag{dst: &opts.file, name: "-f", trim: true}
	fs.Var(fileFlag, "f", "run the script in `file`; - reads standard input")
	fs.Var(fileFlag, "s", "as -f (odpscmd's script-mode `file`)")
	fs.Var(opts.defines, "D", "define a placeholder: `name=value` replaces ${name}, ${<name>} and '<name>' (repeatable)")
	fs.BoolVar(&opts.csv, "M", false, "machine-readable output: CSV with a header; BINARY as upper-case hex")
	fs.BoolVar(&opts.version, "version", false, "print the version and the mcsql home directory")
	fs.BoolVar(&opts.version, "v", false, "as --version")
	fs.BoolVar(&opts.check, "check", false, "check the script against MaxCompute's script-mode rules (and, locally, compile it) without running it")
	fs.StringVar(&opts.project, "project", "default", "the MaxCompute `project` whose tables the warehouse holds, or that --engine maxcompute runs in (overrides project_name of --config)")
	fs.StringVar(&opts.configFile, "config", "", "odpscmd's odps_config.ini `file`: its project_name is the project; end_point and the AccessKey are for --engine maxcompute")
	fs.StringVar(&opts.odps.Endpoint, "endpoint", "", "the MaxCompute `endpoint` --engine maxcompute sends to (overrides end_point of --config)")
	fs.StringVar(&opts.odps.AccessID, "u", "", "the AccessKey `id` (with -p; overrides access_id of --config)")
	fs.StringVar(&opts.odps.AccessKey, "p", "", "the AccessKey `secret` (with -u; overrides access_key of --config)")
	fs.Func("r", "odpscmd's retry `count`: accepted, no effect (local statements are not retried)", func(v string) error {
		return opts.noEffect("-r", v, 0, 1<<20, "local statements are not retried")
	})
	fs.Func("instance-priority", "odpscmd's job `priority` 0-9: accepted, no effect (no job queue locally)", func(v string) error {
		return opts.noEffect("--instance-priority", v, 0, 9, "there is no job queue locally")
	})
	fs.StringVar(&opts.engine, "engine", "", "the `engine` that runs the script: local (default) or maxcompute, the project at --endpoint (env MCSQL_ENGINE; README: Running on MaxCompute)")
	fs.StringVar(&opts.region, "region", "", "maxcompute: the endpoint's `region` (e.g. cn-hangzhou); when set, requests are signed with V4")
	fs.StringVar(&opts.warehouse, "warehouse", "", "the warehouse database `file` (env MCSQL_WAREHOUSE; default $MCSQL_HOME/warehouse/<project>.db; :memory: for a throwaway one)")
	fs.StringVar(&opts.timezone, "timezone", "", "the session time `zone`, as SET odps.sql.timezone takes it (env MCSQL_TIMEZONE; default "+eval.DefaultTimeZone+", a new MaxCompute project's)")
	fs.Func("memory-budget", "the `bytes` one statement may keep in memory (sorts, groupings, joins...), e.g. 512m or 2g; as SET "+eval.FlagMemoryBudget+" (default 1g)", func(v string) error {
		b, err := eval.ParseMemoryBudget(v)
		opts.memBudget = b
		return err
	})
	fs.StringVar(&opts.kms.backend, "kms", "", "the KMS for wrapped keysets: `local` (embedded, default) or aliyun (env MCSQL_KMS)")
	fs.StringVar(&opts.kms.policy, "kms-policy", "", "local KMS: enforce the roles and grants of this policy `file` (env MCSQL_KMS_POLICY)")
	fs.StringVar(&opts.kms.region, "kms-region", "", "aliyun: `region` for calls that name no CMK ARN (env MCSQL_KMS_REGION)")
	fs.StringVar(&opts.kms.endpoint, "kms-endpoint", "", "aliyun: KMS endpoint `[http(s)://]host[:port]`, {region} is replaced (env MCSQL_KMS_ENDPOINT)")
	fs.StringVar(&opts.kms.stsEndpoint, "sts-endpoint", "", "aliyun: STS endpoint `[http(s)://]host[:port]` (env MCSQL_STS_ENDPOINT)")
	for _, u := range odpscmdUnsupported {
		fs.Var(&unsupportedFlag{reason: u.reason, hit: unsupported, isBool: u.isBool}, u.name, "")
	}
	return fs
}

// noEffect accepts an odpscmd flag that means nothing locally: its value
// is checked as odpscmd would, and a note says it is ignored.
func (o *options) noEffect(name, v string, lo, hi int, why string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return fmt.Errorf("%s takes a number from %d to %d", name, lo, hi)
	}
	o.notes = append(o.notes, fmt.Sprintf("%s has no effect: %s", name, why))
	return nil
}

// mergeConfig reads --config and lays the flags over it: a flag given on
// the command line wins over the file.
func (o *options) mergeConfig(fs *flag.FlagSet) error {
	if (o.odps.AccessID == "") != (o.odps.AccessKey == "") {
		return errors.New("-u and -p go together: the AccessKey id and its secret")
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if o.configFile != "" {
		file, err := loadODPSConfig(o.configFile)
		if err != nil {
			return err
		}
		flags := o.odps
		o.odps = file
		if !set["project"] && file.Project != "" {
			o.project = file.Project
			o.projectGiven = true
		}
		if flags.Endpoint != "" {
			o.odps.Endpoint = flags.Endpoint
		}
		if flags.AccessID != "" { // an STS token belongs to the file's AccessKey
			o.odps.AccessID, o.odps.AccessKey, o.odps.STSToken = flags.AccessID, flags.AccessKey, ""
		}
	}
	o.odps.Project = o.project
	o.projectGiven = o.projectGiven || set["project"]
	o.flagCreds = set["u"]
	return nil
}

// printUsage writes --help: the text, then the flags mcsql has (odpscmd's
// unsupported ones are left out: they only explain themselves).
func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, usageText)
	shown := flag.NewFlagSet("mcsql", flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		if _, ok := f.Value.(*unsupportedFlag); ok {
			return
		}
		shown.Var(f.Value, f.Name, f.Usage)
		shown.Lookup(f.Name).DefValue = f.DefValue
	})
	shown.SetOutput(w)
	shown.PrintDefaults()
	fmt.Fprint(w, usageTail)
}

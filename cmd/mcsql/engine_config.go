package main

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mcsql/mcsql/kms/aliyun"
)

// Engines --engine takes.
const (
	engineLocal      = "local"
	engineMaxCompute = "maxcompute"
)

// envEngine, envODPSRecord: the environment's say in --engine maxcompute.
const (
	envEngine     = "MCSQL_ENGINE"
	envODPSRecord = "MCSQL_ODPS_RECORD"
)

// resolveEngine is --engine, else $MCSQL_ENGINE, else local. A value that
// is neither engine is a usage error naming where it came from.
func resolveEngine(flagValue string, getenv func(string) string) (string, error) {
	v, from := flagValue, "--engine"
	if v == "" {
		v, from = strings.TrimSpace(getenv(envEngine)), envEngine
	}
	switch strings.ToLower(v) {
	case "", engineLocal:
		return engineLocal, nil
	case engineMaxCompute, "odps":
		return engineMaxCompute, nil
	}
	return "", fmt.Errorf("%s %q is not an engine: use local (the default) or maxcompute", from, v)
}

// remoteSettings is everything --engine maxcompute needs to reach a
// project. Its String method never shows the secrets.
type remoteSettings struct {
	Endpoint, Project              string
	AccessKeyID, AccessKeySecret   string
	SecurityToken                  string
	CredentialsFrom                string // -u/-p, the environment or --config, for messages
	Region, RecordDir, LogViewHost string
	TimeZone                       string           // --timezone / MCSQL_TIMEZONE: sent as odps.sql.timezone
	Now                            func() time.Time // the request clock; nil is time.Now (tests skew it)
}

func (r remoteSettings) String() string {
	return fmt.Sprintf("endpoint=%s project=%s access_id=%s access_key=%s sts_token=%s (from %s)",
		r.Endpoint, r.Project, r.AccessKeyID, maskSecret(r.AccessKeySecret), maskSecret(r.SecurityToken), r.CredentialsFrom)
}

// GoString is String: %#v must not print the secrets either.
func (r remoteSettings) GoString() string { return r.String() }

// remoteConfig gathers the settings of --engine maxcompute. Precedence,
// as --help and the README say: command-line flags, then the environment,
// then --config's odps_config.ini. The AccessKey is taken whole from one
// of them (an id from one place never meets a secret from another). A
// missing setting is one error naming every way to set it.
func remoteConfig(o *options, getenv func(string) string) (remoteSettings, error) {
	r := remoteSettings{
		Endpoint:    strings.TrimSpace(o.odps.Endpoint),
		Region:      o.region,
		RecordDir:   getenv(envODPSRecord),
		LogViewHost: o.odps.LogViewHost,
	}
	if r.Endpoint == "" {
		return r, fmt.Errorf("--engine maxcompute needs the project's endpoint: set --endpoint URL or end_point in the --config file " +
			"(e.g. https://service.cn-hangzhou.maxcompute.aliyun.com/api, or http://127.0.0.1:PORT/api for mcsql odps serve)")
	}
	if err := checkEndpoint(r.Endpoint); err != nil {
		return r, err
	}
	if !o.projectGiven {
		return r, fmt.Errorf("--engine maxcompute needs a project: set --project NAME or project_name in the --config file")
	}
	r.Project = o.project
	if err := r.credentials(o, getenv); err != nil {
		return r, err
	}
	return r, nil
}

// credentials picks the AccessKey: -u/-p, else the environment, else the
// config file.
func (r *remoteSettings) credentials(o *options, getenv func(string) string) error {
	envID := strings.TrimSpace(getenv(aliyun.EnvAccessKeyID))
	envSecret := strings.TrimSpace(getenv(aliyun.EnvAccessKeySecret))
	switch {
	case o.flagCreds:
		r.AccessKeyID, r.AccessKeySecret, r.CredentialsFrom = o.odps.AccessID, o.odps.AccessKey, "-u/-p"
		return nil
	case envID != "" || envSecret != "":
		if envID == "" || envSecret == "" {
			return fmt.Errorf("--engine maxcompute: %s and %s go together: set both (or unset both to use the --config file's AccessKey)",
				aliyun.EnvAccessKeyID, aliyun.EnvAccessKeySecret)
		}
		r.AccessKeyID, r.AccessKeySecret = envID, envSecret
		r.SecurityToken = strings.TrimSpace(getenv(aliyun.EnvSecurityToken))
		r.CredentialsFrom = "the environment"
		return nil
	case o.odps.AccessID != "" && o.odps.AccessKey != "":
		r.AccessKeyID, r.AccessKeySecret, r.SecurityToken = o.odps.AccessID, o.odps.AccessKey, o.odps.STSToken
		r.CredentialsFrom = "--config"
		return nil
	case o.odps.AccessID != "" || o.odps.AccessKey != "":
		return fmt.Errorf("--engine maxcompute: the --config file has only one of access_id and access_key: set both")
	}
	return fmt.Errorf("--engine maxcompute needs an AccessKey: set %s and %s (and %s for STS), or access_id and access_key in the --config file, or -u and -p",
		aliyun.EnvAccessKeyID, aliyun.EnvAccessKeySecret, aliyun.EnvSecurityToken)
}

// checkEndpoint refuses an endpoint that is not an http(s) URL, before
// anything is sent.
func checkEndpoint(e string) error {
	u, err := url.Parse(e)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("--engine maxcompute: endpoint %q is not an http(s) URL such as https://service.cn-hangzhou.maxcompute.aliyun.com/api", e)
	}
	return nil
}

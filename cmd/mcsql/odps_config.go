package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// odpsConfig is what odpscmd's odps_config.ini and its connection flags
// (--project, --endpoint, -u, -p) say. Locally only the project is used;
// the endpoint and the credentials are kept for running scripts on
// MaxCompute itself. Its String method never shows the secrets.
type odpsConfig struct {
	Project         string  // project_name, --project
	AccessID        string  // access_id, -u
	AccessKey       string  // access_key, -p (a secret)
	STSToken        string  // sts_token (a secret)
	Endpoint        string  // end_point, --endpoint
	TunnelEndpoint  string  // tunnel_endpoint
	LogViewHost     string  // log_view_host
	HTTPSCheck      bool    // https_check
	DataSizeConfirm float64 // data_size_confirm, in GB; 0 when unset
}

// String describes c with its secrets masked, so that a stray %v in a
// message or a log cannot leak them.
func (c odpsConfig) String() string {
	return fmt.Sprintf("project=%s endpoint=%s access_id=%s access_key=%s sts_token=%s",
		c.Project, c.Endpoint, c.AccessID, maskSecret(c.AccessKey), maskSecret(c.STSToken))
}

// GoString is String: %#v must not print the secrets either.
func (c odpsConfig) GoString() string { return c.String() }

// utf8BOM is the byte order mark some Windows editors put first in a file.
var utf8BOM = []byte("\xEF\xBB\xBF")

func maskSecret(s string) string {
	if s == "" {
		return ""
	}
	return "***"
}

// loadODPSConfig reads an odps_config.ini: key=value lines, '#' comments.
// Keys mcsql has no use for (update_url, use_instance_tunnel, ...) are
// skipped, as the many versions of odpscmd add keys of their own.
func loadODPSConfig(path string) (odpsConfig, error) {
	var c odpsConfig
	b, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("--config: %w", err)
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			// The line is not quoted: it may be a secret pasted on its own.
			return c, fmt.Errorf("--config %s:%d: want key=value", path, n)
		}
		if err := c.set(strings.TrimSpace(key), strings.TrimSpace(value)); err != nil {
			return c, fmt.Errorf("--config %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("--config %s: %w", path, err)
	}
	return c, nil
}

// set stores one key of the file. Bad values of the keys mcsql reads are
// errors; the error never quotes a secret's value.
func (c *odpsConfig) set(key, value string) error {
	strs := map[string]*string{
		"project_name": &c.Project, "access_id": &c.AccessID, "access_key": &c.AccessKey,
		"sts_token": &c.STSToken, "end_point": &c.Endpoint, "tunnel_endpoint": &c.TunnelEndpoint,
		"log_view_host": &c.LogViewHost,
	}
	if dst, ok := strs[key]; ok {
		*dst = value
		return nil
	}
	var err error
	switch key {
	case "https_check":
		if c.HTTPSCheck, err = strconv.ParseBool(value); err != nil {
			return fmt.Errorf("https_check is true or false, got %q", value)
		}
	case "data_size_confirm":
		if c.DataSizeConfirm, err = strconv.ParseFloat(value, 64); err != nil || c.DataSizeConfirm < 0 {
			return fmt.Errorf("data_size_confirm is a size in GB, got %q", value)
		}
	}
	return nil
}

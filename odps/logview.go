package odps

import (
	"context"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strings"
)

// DefaultLogViewHost is used when neither the configuration nor the
// service names one (the SDKs' job-insight default).
const DefaultLogViewHost = "https://maxcompute.console.aliyun.com"

var endpointRegion = regexp.MustCompile(`^service\.([a-z0-9-]+)\.maxcompute\.aliyun(?:-inc)?\.com$`)

// LogView returns the link users open to follow the instance:
// <host>/<region>/job-insights?h=<endpoint>&p=<project>&i=<instance id>.
// The host is Config.LogViewHost, else the service's (GET
// /webconsole/host), else DefaultLogViewHost when the service has none or
// fails to answer. The region is Config.Region, else the one in a
// service.<region>.maxcompute.aliyun.com endpoint; with no region known
// the link has no region segment.
func (c *Client) LogView(ctx context.Context, inst *Instance) (string, error) {
	host := c.cfg.LogViewHost
	if host == "" {
		var err error
		if host, err = c.webConsoleHost(ctx); err != nil {
			if ctx.Err() != nil {
				return "", err
			}
			host = DefaultLogViewHost
		}
	}
	link := strings.TrimRight(host, "/")
	if r := c.region(); r != "" {
		link += "/" + r
	}
	endpoint := strings.TrimRight(c.cfg.Endpoint, "/")
	return link + "/job-insights?h=" + endpoint + "&p=" + inst.Project + "&i=" + inst.ID, nil
}

func (c *Client) region() string {
	if c.cfg.Region != "" {
		return c.cfg.Region
	}
	if m := endpointRegion.FindStringSubmatch(c.endpoint.Hostname()); m != nil {
		return m[1]
	}
	return ""
}

func (c *Client) webConsoleHost(ctx context.Context) (string, error) {
	resp, err := c.do(ctx, call{method: http.MethodGet, resource: "/webconsole/host", idempotent: true})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	host := strings.TrimSpace(string(data))
	if host == "" {
		return "", errors.New("no web console host")
	}
	if !strings.Contains(host, "://") {
		host = "https://" + host
	}
	return host, nil
}

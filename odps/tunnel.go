package odps

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// Column is a result column as the tunnel's schema names it.
type Column struct{ Name, Type string }

// tunnelVersion is the instance tunnel protocol version the SDKs send.
const tunnelVersion = "5"

type tunnelCache struct {
	mu  sync.Mutex
	url *url.URL
}

// tunnelEndpoint asks the project for its tunnel endpoint (once). Real
// MaxCompute answers a host name, used with the endpoint's scheme; a full
// URL (the fake's) is used as is.
func (c *Client) tunnelEndpoint(ctx context.Context) (*url.URL, error) {
	c.tunnel.mu.Lock()
	defer c.tunnel.mu.Unlock()
	if c.tunnel.url != nil {
		return c.tunnel.url, nil
	}
	resp, err := c.do(ctx, call{method: http.MethodGet, resource: "/projects/" + url.PathEscape(c.cfg.Project) + "/tunnel",
		query: url.Values{"service": {""}}, idempotent: true})
	if err != nil {
		return nil, err
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	text := strings.TrimSpace(string(data))
	if !strings.Contains(text, "://") {
		text = c.endpoint.Scheme + "://" + text
	}
	u, err := url.Parse(text)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("MaxCompute named an invalid tunnel endpoint %q", strings.TrimSpace(string(data)))
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawQuery = ""
	c.tunnel.url = u
	return u, nil
}

type downloadSession struct {
	ID          string `json:"DownloadID"`
	RecordCount int64  `json:"RecordCount"`
	Status      string `json:"Status"`
	Schema      struct {
		Columns []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"columns"`
	} `json:"Schema"`
}

func tunnelHeader() http.Header { return http.Header{"X-Odps-Tunnel-Version": {tunnelVersion}} }

func (c *Client) openDownload(ctx context.Context, base *url.URL, inst *Instance) (*downloadSession, error) {
	// Creating a download session twice is harmless: the POST is idempotent.
	resp, err := c.do(ctx, call{method: http.MethodPost, base: base, resource: c.instancePath(inst),
		query: url.Values{"downloads": {""}}, header: tunnelHeader(), idempotent: true})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s downloadSession
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		return nil, fmt.Errorf("cannot read the instance tunnel's download session: %v", err)
	}
	if s.ID == "" || s.RecordCount < 0 {
		return nil, fmt.Errorf("the instance tunnel's download session has no DownloadID or a bad RecordCount")
	}
	return &s, nil
}

// callbackError carries the caller's own error out of Download unchanged.
type callbackError struct{ err error }

func (e callbackError) Error() string { return e.err.Error() }
func (e callbackError) Unwrap() error { return e.err }

// Download reads the instance's result through the instance tunnel and
// calls fn for each row, typed as package tunnelwire says (int64, float64,
// string, bool, []byte, time.Time, ..., nil for NULL). When the result has
// no rows, fn is called once with a nil row, so the caller learns the
// columns. A stream that breaks, is cut short or fails its checksum is
// read again from the first row not yet delivered (each row is delivered
// once), within Config.Retry's budget. An error fn returns stops the
// download and is returned as is.
func (c *Client) Download(ctx context.Context, inst *Instance, fn func(cols []Column, row []any) error) error {
	base, err := c.tunnelEndpoint(ctx)
	if err != nil {
		return err
	}
	s, err := c.openDownload(ctx, base, inst)
	if err != nil {
		return err
	}
	cols := make([]Column, len(s.Schema.Columns))
	types := make([]string, len(cols))
	for i, col := range s.Schema.Columns {
		cols[i], types[i] = Column{Name: col.Name, Type: col.Type}, col.Type
	}
	if _, err := tunnelwire.NewDecoder(strings.NewReader(""), types); err != nil {
		return fmt.Errorf("cannot read the result of instance %s through the tunnel: %w", inst.ID, err)
	}
	if s.RecordCount == 0 {
		return fn(cols, nil)
	}
	return c.downloadRows(ctx, base, inst, s, cols, types, fn)
}

func (c *Client) downloadRows(ctx context.Context, base *url.URL, inst *Instance, s *downloadSession,
	cols []Column, types []string, fn func([]Column, []any) error) error {
	var got int64
	var waited time.Duration
	for attempt := 1; got < s.RecordCount; {
		n, err := c.downloadRange(ctx, base, inst, s.ID, got, s.RecordCount-got, cols, types, fn)
		got += n
		if err == nil && n == 0 {
			err = fmt.Errorf("the instance tunnel returned no rows at row %d of %d", got, s.RecordCount)
		}
		if err == nil {
			continue
		}
		var cb callbackError
		switch {
		case errors.As(err, &cb):
			return cb.err
		case ctx.Err() != nil:
			return fmt.Errorf("downloading the result of instance %s: %w", inst.ID, context.Cause(ctx))
		case errors.Is(err, tunnelwire.ErrMalformed), attempt >= c.cfg.Retry.MaxAttempts:
			return fmt.Errorf("downloading the result of instance %s: %w", inst.ID, err)
		}
		var herr *Error
		if errors.As(err, &herr) {
			return err // do has already retried what can be
		}
		d := c.cfg.Retry.backoff(attempt, "", c.cfg.Now())
		if waited += d; waited > c.cfg.Retry.MaxWait || c.cfg.Sleep(ctx, d) != nil {
			return fmt.Errorf("downloading the result of instance %s: %w", inst.ID, err)
		}
		if n == 0 {
			attempt++
		}
	}
	return nil
}

// downloadRange streams rows [start, start+count) and returns how many it
// delivered to fn.
func (c *Client) downloadRange(ctx context.Context, base *url.URL, inst *Instance, id string, start, count int64,
	cols []Column, types []string, fn func([]Column, []any) error) (int64, error) {
	q := url.Values{"downloadid": {id}, "data": {""}, "rowrange": {fmt.Sprintf("(%d,%d)", start, count)}}
	resp, err := c.do(ctx, call{method: http.MethodGet, base: base, resource: c.instancePath(inst),
		query: q, header: tunnelHeader(), idempotent: true, stream: true})
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	dec, err := tunnelwire.NewDecoder(resp.Body, types)
	if err != nil {
		return 0, fmt.Errorf("%w (the result's schema)", err)
	}
	for {
		row, err := dec.Decode()
		if err == io.EOF {
			return dec.Count(), nil
		}
		if err != nil {
			return dec.Count(), err
		}
		if err := fn(cols, row); err != nil {
			return dec.Count(), callbackError{err}
		}
	}
}

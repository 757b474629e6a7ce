package main

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/mcsql/mcsql/odps"
	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// odpsAPI is remoteAPI on the odps client.
type odpsAPI struct {
	c       *odps.Client
	project string
}

// newODPSAPI connects --engine maxcompute's settings to MaxCompute.
func newODPSAPI(s remoteSettings) (remoteAPI, error) {
	c, err := odps.NewClient(clientConfig(s))
	if err != nil {
		return nil, fmt.Errorf("--engine maxcompute: %w", err)
	}
	return &odpsAPI{c: c, project: s.Project}, nil
}

// clientConfig is the client's configuration for s.
func clientConfig(s remoteSettings) odps.Config {
	return odps.Config{
		Endpoint: s.Endpoint,
		Project:  s.Project,
		Credentials: odps.Credentials{
			AccessKeyID: s.AccessKeyID, AccessKeySecret: s.AccessKeySecret, SecurityToken: s.SecurityToken,
		},
		Region:      s.Region,
		UserAgent:   "mcsql/" + version,
		RecordDir:   s.RecordDir,
		LogViewHost: s.LogViewHost,
		Now:         s.Now,
	}
}

func (a *odpsAPI) inst(id string) *odps.Instance { return &odps.Instance{ID: id, Project: a.project} }

func (a *odpsAPI) Submit(ctx context.Context, script string, hints map[string]string) (string, error) {
	inst, err := a.c.SubmitScript(ctx, script, hints)
	if err != nil {
		return "", err
	}
	return inst.ID, nil
}

func (a *odpsAPI) LogView(ctx context.Context, id string) (string, error) {
	return a.c.LogView(ctx, a.inst(id))
}

func (a *odpsAPI) Wait(ctx context.Context, id string, onProgress func([]remoteStage)) (string, error) {
	st, err := a.c.Wait(ctx, a.inst(id), func(p odps.Progress) {
		stages := make([]remoteStage, len(p.Stages))
		for i, s := range p.Stages {
			stages[i] = remoteStage{Name: s.ID, Status: s.Status, Running: s.Running, Terminated: s.Terminated, Total: s.Total}
		}
		onProgress(stages)
	})
	return st.Task, err
}

func (a *odpsAPI) Cancel(ctx context.Context, id string) error { return a.c.Cancel(ctx, a.inst(id)) }

func (a *odpsAPI) Result(ctx context.Context, id string) (string, error) {
	return a.c.Result(ctx, a.inst(id))
}

func (a *odpsAPI) Download(ctx context.Context, id string, fn func([]remoteColumn, []any) error) error {
	var cols []remoteColumn
	return a.c.Download(ctx, a.inst(id), func(oc []odps.Column, row []any) error {
		if cols == nil {
			cols = make([]remoteColumn, len(oc))
			for i, c := range oc {
				cols[i] = remoteColumn{Name: c.Name, Type: c.Type}
			}
		}
		for i, v := range row {
			row[i] = plainValue(v)
		}
		return fn(cols, row)
	})
}

// plainValue replaces the tunnel's maps, at any depth, by remoteMap.
func plainValue(v any) any {
	switch x := v.(type) {
	case tunnelwire.Map:
		return remoteMap{Keys: plainValues(x.Keys), Values: plainValues(x.Values)}
	case *tunnelwire.Map:
		if x == nil {
			return nil
		}
		return remoteMap{Keys: plainValues(x.Keys), Values: plainValues(x.Values)}
	case []any:
		return plainValues(x)
	}
	return v
}

func plainValues(list []any) []any {
	out := make([]any, len(list))
	for i, v := range list {
		out[i] = plainValue(v)
	}
	return out
}

// describeRemoteError renders an error of the odps client for a FAILED
// line. The client's errors already name MaxCompute's code, the request
// id and, for the errors a user fixes (SignatureNotMatch,
// RequestTimeTooSkewed, ...), what to do; none holds a secret. A network
// failure gets where to look.
func describeRemoteError(err error) string {
	var oe *odps.Error
	if errors.As(err, &oe) {
		return oe.Error()
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return fmt.Sprintf("%v (check the endpoint, the network and any proxy)", err)
	}
	return err.Error()
}

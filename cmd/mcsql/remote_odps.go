package main

import "errors"

// newODPSAPI connects to MaxCompute with the odps client (placeholder
// until the client lands).
func newODPSAPI(remoteSettings) (remoteAPI, error) {
	return nil, errors.New("the MaxCompute client is not built yet")
}

// describeRemoteError renders an error of the odps client.
func describeRemoteError(err error) string { return err.Error() }

package gateway_test

import (
	"fmt"

	"github.com/candor-ai/candor/gateway"
)

// A tenant's prompt commitments are keyed with a secret derived from the
// server's master secret, so the audit log can prove which prompt was asked
// without holding it.
func ExampleCommit() {
	master := []byte("0123456789abcdef0123456789abcdef") // <data-dir>/secrets/audit-hmac.key
	secret := gateway.TenantSecret(master, "museum")
	c := gateway.Commit(secret, "a lighthouse at dusk")
	fmt.Println(len(c), c == gateway.Commit(secret, "a lighthouse at dusk"), c == gateway.Commit(gateway.TenantSecret(master, "school"), "a lighthouse at dusk"))
	// Output: 64 true false
}

package candor_test

import (
	"fmt"

	"github.com/candor-ai/candor"
)

// A tenant's prompt commitments are keyed with a secret derived from the
// server's master secret, so the audit log can prove which prompt was asked
// without holding it.
func ExampleCommit() {
	master := []byte("0123456789abcdef0123456789abcdef") // <data-dir>/secrets/audit-hmac.key
	secret := candor.TenantSecret(master, "museum")
	c := candor.Commit(secret, "a lighthouse at dusk")
	fmt.Println(len(c), c == candor.Commit(secret, "a lighthouse at dusk"), c == candor.Commit(candor.TenantSecret(master, "school"), "a lighthouse at dusk"))
	// Output: 64 true false
}

package gateway

import "github.com/candor-ai/candor/policy"

func policyPeople(names ...string) policy.TenantPolicy {
	return policy.TenantPolicy{ProtectedPeople: names}
}

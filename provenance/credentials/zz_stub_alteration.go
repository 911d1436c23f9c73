package credentials

// TEMPORARY (replaced by the provsafety branch at merge).
type Alteration struct {
	Action string
	Reason string
}

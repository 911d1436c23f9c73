package c2pa

// Validation status codes, named exactly as C2PA 2.2 section 15 and c2pa-rs
// (sdk/src/validation_results.rs) spell them.
const (
	StatusClaimSignatureValidated  = "claimSignature.validated"
	StatusClaimSignatureMismatch   = "claimSignature.mismatch"
	StatusClaimSignatureMissing    = "claimSignature.missing"
	StatusClaimSignatureInside     = "claimSignature.insideValidity"
	StatusSigningCredentialTrusted = "signingCredential.trusted"
	StatusSigningCredentialUntrust = "signingCredential.untrusted"
	StatusSigningCredentialInvalid = "signingCredential.invalid"
	StatusSigningCredentialExpired = "signingCredential.expired"
	StatusTimeStampValidated       = "timeStamp.validated"
	StatusTimeStampMismatch        = "timeStamp.mismatch"
	StatusTimeStampTrusted         = "timeStamp.trusted"
	StatusTimeStampUntrusted       = "timeStamp.untrusted" // informational: the token is ignored
	StatusAssertionHashedURIMatch  = "assertion.hashedURI.match"
	StatusAssertionHashedURIMis    = "assertion.hashedURI.mismatch"
	StatusAssertionMissing         = "assertion.missing"
	StatusAssertionCBORInvalid     = "assertion.cbor.invalid"
	StatusAssertionDataHashMatch   = "assertion.dataHash.match"
	StatusAssertionDataHashMis     = "assertion.dataHash.mismatch"
	StatusAssertionDataHashMal     = "assertion.dataHash.malformed"
	StatusAssertionActionMalformed = "assertion.action.malformed"
	StatusClaimMissing             = "claim.missing"
	StatusClaimMalformed           = "claim.malformed"
	StatusClaimCBORInvalid         = "claim.cbor.invalid"
	StatusClaimRequiredMissing     = "claim.required.missing"
	StatusHardBindingsMissing      = "claim.hardBindings.missing"
	StatusHardBindingsMultiple     = "assertion.multipleHardBindings"
	StatusAssertionOutsideManifest = "assertion.outsideManifest"
	StatusGeneralError             = "general.error"
	StatusAlgorithmUnsupported     = "algorithm.unsupported"
	StatusManifestInaccessible     = "manifest.inaccessible"

	StatusIngredientManifestValidated = "ingredient.manifest.validated"
	StatusIngredientManifestMismatch  = "ingredient.manifest.mismatch"
	StatusIngredientManifestMissing   = "ingredient.manifest.missing"
	StatusAssertionIngredientMal      = "assertion.ingredient.malformed"
)

// failureCodes are the codes C2PA lists as failures (15.2.3). A manifest
// with any of them is invalid, except signingCredential.untrusted, which
// only keeps it from being trusted.
var failureCodes = map[string]bool{
	StatusClaimSignatureMismatch:   true,
	StatusClaimSignatureMissing:    true,
	StatusSigningCredentialUntrust: true,
	StatusSigningCredentialInvalid: true,
	StatusSigningCredentialExpired: true,
	StatusTimeStampMismatch:        true,
	StatusAssertionHashedURIMis:    true,
	StatusAssertionMissing:         true,
	StatusAssertionCBORInvalid:     true,
	StatusAssertionDataHashMis:     true,
	StatusAssertionDataHashMal:     true,
	StatusAssertionActionMalformed: true,
	StatusClaimMissing:             true,
	StatusClaimMalformed:           true,
	StatusClaimCBORInvalid:         true,
	StatusClaimRequiredMissing:     true,
	StatusHardBindingsMissing:      true,
	StatusHardBindingsMultiple:     true,
	StatusAssertionOutsideManifest: true,
	StatusGeneralError:             true,
	StatusAlgorithmUnsupported:     true,
	StatusManifestInaccessible:     true,

	StatusIngredientManifestMismatch: true,
	StatusIngredientManifestMissing:  true,
	StatusAssertionIngredientMal:     true,
}

// IsFailure reports whether code is a C2PA failure code.
func IsFailure(code string) bool { return failureCodes[code] }

// Package c2pa writes and verifies Content Credentials: C2PA 2.2 manifest
// stores embedded in PNG and JPEG files.
//
// Writing (Sign): a manifest with a version 2 claim (10.2) over salted CBOR
// assertions (c2pa.actions.v2 with c2pa.created and the IPTC
// trainedAlgorithmicMedia digital source type, 18.15, followed by any
// declared edits such as c2pa.filtered for the output safety stage's blur;
// the c2pa.hash.data hard binding, 18.5; optionally cawg.training-mining and
// candor's own ai.candor.generation in RFC 8949 section 4.2.1 core
// deterministic encoding, shortest floats included, so that its scores and
// thresholds decode to the same values in any verifier), signed as a
// COSE_Sign1 through provenance/cose
// (13.2, 14), serialised as JUMBF (11.1.4, provenance/jumbf) and embedded as a
// PNG caBX chunk after IHDR or as JPEG APP11 segments (ISO/IEC 19566-5 JPEG
// XT boxes, split every 64000 bytes) after SOI/APP0 (A.3). The data hash's
// single exclusion covers exactly the embedded bytes; a fixed-size hash.data
// (the pad field) and a reserved, padded signature box break the circular
// dependency between the manifest's size and the hash.
//
// Reading (Verify): any C2PA manifest store in PNG or JPEG, claim version 1
// or 2, is validated as section 15 describes: claim signature, signer
// certificate profile (14.5.1) and chain to the trust anchors
// (provenance/certs), every hashed URI (8.4.2) and the hard binding; the
// report lists the active manifest's actions (18.15). Status
// codes are spelled as c2pa-rs spells them, and the verdicts agree with the
// official verifier on the reference files in testdata/fixtures.
//
// Parsers are bounded against hostile input: chunk, segment and box lengths
// are checked against the bytes that remain, CBOR nesting and sizes are
// limited, and malformed files give a Report with state invalid, never a
// panic. Verification work is linear in the file: a hashed URI must name a
// box of its own manifest's assertion store (8.4.2), once; each box and
// each ingredient manifest is hashed at most once per algorithm, only the
// first hard binding is hashed against the asset, and the bytes hashed in
// all are bounded by four times the file plus 1 MiB (beyond it: invalid,
// general.error). ctx is checked between assertions and between 256 KiB
// chunks of a hash.
package c2pa

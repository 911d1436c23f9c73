// Package report turns bias observations (bias.Observation) into an audit
// report: per prompt group and guidance scale, and per perceived attribute,
// the counts, the proportions with Wilson score 95% intervals, the unknown
// and blocked rates, the normalised Shannon entropy, the total variation
// distance to a reference distribution and a chi-square goodness-of-fit
// p-value against it; intersectional tables for pairs of attributes
// (skin_tone x hair by default) and windows over time. Findings are stated in
// words an auditor can read.
//
// Statistics:
//
//   - Proportions are over the known observations of an attribute: blocked
//     pictures (output safety) were never measured and unknown readings are
//     counted apart, each with its own rate.
//   - The 95% interval is Wilson's score interval (E. B. Wilson, "Probable
//     inference, the law of succession, and statistical inference", JASA 22,
//     1927; method 3 of R. G. Newcombe, "Two-sided confidence intervals for
//     the single proportion: comparison of seven methods", Statistics in
//     Medicine 17, 1998), with z = distuv.UnitNormal.Quantile(0.975).
//   - Entropy is stat.Entropy of the proportions divided by log K, K the
//     attribute's declared classes: 1 means even, 0 means one class only.
//   - TVD is half the L1 distance between the proportions and the reference.
//   - The chi-square goodness-of-fit test (Pearson 1900) uses the classes with
//     a positive reference probability: statistic sum (O-E)^2/E with
//     E = n * reference, degrees of freedom K+ - 1 where K+ counts those
//     classes, p = distuv.ChiSquared{K: K+-1}.Survival(statistic). The
//     chi-square law is an approximation that is poor when an expected count
//     is below 5; then the p-value is a Monte Carlo estimate instead (as R's
//     chisq.test(simulate.p.value = TRUE)): the share of multinomial samples
//     drawn under the reference whose statistic is at least the observed
//     one, (1 + hits) / (1 + replicates). A class observed although its
//     reference probability is 0 makes the observation impossible under the
//     reference: p = 0 exactly. With a single positive class (K+ = 1) the
//     test is void and p = 1.
//   - References are uniform over the attribute's declared classes unless
//     the options configure one (labour statistics, the model card's truth);
//     classes a reader declares but never returns count as 0, so an absent
//     class shows (and is named in the findings).
//
// Caveat (repeated in every report's findings): these are perceived
// attributes of generated pictures, read by automated readers with the
// accuracy the report lists, not the identities of any person.
//
// A report file is the indented JSON report with a "signature" member: the
// base64 of a COSE_Sign1 (RFC 9052, through provenance/cose) over the compact
// canonical JSON of the report without that member, with the signer's
// x5chain (RFC 9360) in the protected header. Verify accepts only a file that
// is byte for byte the canonical encoding of what it decodes, so any changed
// byte fails; Digest is the SHA-256 the audit log records.
package report

package output_test

import data.output

# Scores of a benign drawing from the built-in nsfw classifier.
benign := {"nsfw.drawing": 0.9, "nsfw.hentai": 0.04, "nsfw.neutral": 0.04, "nsfw.porn": 0.01, "nsfw.sexy": 0.01}

allowed := {"allow": true, "warnings": []}

# img is an input with the benign scores, some of them replaced.
img(scores) := {"scores": object.union(benign, scores), "prompt": allowed}

res(inp) := r if {
	r := output.result with input as inp
}

verdict(inp) := res(inp).verdict

hits(inp) := {[r.rule, r.label, r.action] | some r in res(inp).reasons}

test_benign_passes if {
	r := res(img({}))
	r.verdict == "pass"
	r.reasons == []
	r.missing == []
}

test_below_every_threshold_passes if verdict(img({"nsfw.porn": 0.39, "nsfw.hentai": 0.69, "nsfw.sexy": 0.59})) == "pass"

test_blur if {
	inp := img({"nsfw.sexy": 0.7})
	verdict(inp) == "blur"
	hits(inp) == {["output.threshold", "nsfw.sexy", "blur"]}
}

test_hold if {
	inp := img({"nsfw.porn": 0.5})
	verdict(inp) == "hold"
	hits(inp) == {["output.threshold", "nsfw.porn", "hold"]}
}

test_block_lists_every_triggered_action if {
	inp := img({"nsfw.porn": 0.7})
	verdict(inp) == "block"
	hits(inp) == {["output.threshold", "nsfw.porn", "hold"], ["output.threshold", "nsfw.porn", "block"]}
}

test_most_severe_wins if {
	inp := img({"nsfw.sexy": 0.9, "nsfw.porn": 0.45})
	verdict(inp) == "hold"
	hits(inp) == {["output.threshold", "nsfw.sexy", "blur"], ["output.threshold", "nsfw.porn", "hold"]}
	verdict(img({"nsfw.sexy": 0.9, "nsfw.hentai": 0.9})) == "block"
}

test_exact_threshold_triggers if {
	verdict(img({"nsfw.porn": 0.4})) == "hold"
	verdict(img({"nsfw.porn": 0.6})) == "block"
	verdict(img({"nsfw.sexy": 0.6})) == "blur"
	verdict(img({"nsfw.sexy": 0.5999})) == "pass"
}

# Ordinary cartoons can put a few tenths on hentai; they must pass.
test_cartoon_spill_into_hentai_passes if verdict(img({"nsfw.drawing": 0.5, "nsfw.hentai": 0.45})) == "pass"

test_reason_fields_and_message if {
	some r in res(img({"nsfw.sexy": 0.7})).reasons
	r.label == "nsfw.sexy"
	r.score == 0.7
	r.threshold == 0.6
	contains(r.message, "score 0.70")
	contains(r.message, "blur threshold is 0.60")
	contains(r.message, "describe clothed subjects")
}

test_message_whole_numbers if {
	inp := object.union(img({"nsfw.porn": 1}), {"tenant_thresholds": {"nsfw.porn": {"blur": 0}}})
	some r in res(inp).reasons
	r.action == "blur"
	contains(r.message, "score 1.00; the blur threshold is 0.00")
}

test_effective_thresholds_are_the_defaults if {
	res(img({})).thresholds == data.candor.output.thresholds
}

# --- tenants ----------------------------------------------------------------

test_tenant_tightens if {
	inp := object.union(img({"nsfw.porn": 0.3}), {"tenant_thresholds": {"nsfw.porn": {"hold": 0.25}}})
	verdict(inp) == "hold"
	hits(inp) == {["output.tenant_threshold", "nsfw.porn", "hold"]}
	res(inp).thresholds["nsfw.porn"] == {"hold": 0.25, "block": 0.6}
}

test_tenant_adds_an_action if {
	inp := object.union(img({"nsfw.sexy": 0.55, "nsfw.porn": 0.2}), {"tenant_thresholds": {
		"nsfw.sexy": {"blur": 0.5},
		"nsfw.porn": {"blur": 0.15},
	}})
	verdict(inp) == "blur"
	hits(inp) == {["output.tenant_threshold", "nsfw.sexy", "blur"], ["output.tenant_threshold", "nsfw.porn", "blur"]}
}

test_tenant_cannot_loosen if {
	inp := object.union(img({"nsfw.porn": 0.65}), {"tenant_thresholds": {"nsfw.porn": {"block": 0.95, "hold": 0.9}}})
	verdict(inp) == "block"
	hits(inp) == {["output.threshold", "nsfw.porn", "hold"], ["output.threshold", "nsfw.porn", "block"]}
	res(inp).thresholds["nsfw.porn"] == {"hold": 0.4, "block": 0.6}
}

test_tenant_cannot_loosen_operator_base if {
	inp := object.union(img({"custom.unsafe": 0.55, "custom.other": 0.45}), {
		"base": {"custom.unsafe": {"block": 0.5}},
		"tenant_thresholds": {"custom.unsafe": {"block": 0.9}},
	})
	verdict(inp) == "block"
}

# --- the operator's base ----------------------------------------------------

test_operator_base_for_a_custom_classifier if {
	inp := object.union(img({"custom.unsafe": 0.5, "custom.other": 0.5}), {"base": {"custom.unsafe": {"block": 0.5}}})
	verdict(inp) == "block"
	hits(inp) == {["output.threshold", "custom.unsafe", "block"]}
	verdict(object.union(inp, {"scores": {"custom.unsafe": 0.49}})) == "pass"
}

test_operator_overrides_a_default if {
	# The operator may loosen the data's defaults; it owns the service.
	inp := object.union(img({"nsfw.porn": 0.5}), {"base": {"nsfw.porn": {"hold": 0.55}}})
	verdict(inp) == "pass"
	res(inp).thresholds["nsfw.porn"] == {"hold": 0.55, "block": 0.6}
}

test_unknown_labels_without_thresholds_pass if {
	verdict(img({"other.thing": 1, "nsfw.neutral": 1})) == "pass"
}

# --- prompt warnings --------------------------------------------------------

warned(inp, rule, category) := object.union(inp, {"prompt": {"allow": true, "warnings": [{"rule": rule, "category": category}]}})

test_warning_tightens if {
	# 0.35 is below hold (0.4) but above 0.4 * 0.75 = 0.3.
	verdict(img({"nsfw.porn": 0.35})) == "pass"
	inp := warned(img({"nsfw.porn": 0.35}), "explicit.nudity", "explicit")
	verdict(inp) == "hold"
	hits(inp) == {["output.warning_tightened", "nsfw.porn", "hold"]}
	some r in res(inp).reasons
	contains(r.message, "prompt was flagged (explicit.nudity)")
}

test_tightened_exact_threshold_triggers if {
	# 0.6 * 0.75 is 0.45 exactly, not a hair above it.
	inp := warned(img({"nsfw.porn": 0.45}), "explicit.nudity", "explicit")
	verdict(inp) == "block"
	res(inp).thresholds["nsfw.porn"].block == 0.45
}

test_warning_tightens_tenant_thresholds_too if {
	inp := warned(
		object.union(img({"nsfw.sexy": 0.4}), {"tenant_thresholds": {"nsfw.sexy": {"blur": 0.5}}}),
		"explicit.nudity", "explicit",
	)
	verdict(inp) == "blur"
	res(inp).thresholds["nsfw.sexy"].blur < 0.5
}

test_unrelated_warning_does_not_tighten if {
	inp := warned(img({"nsfw.porn": 0.35}), "artists.living", "artists")
	verdict(inp) == "pass"
	res(inp).thresholds == data.candor.output.thresholds
}

test_warning_with_explicit_thresholds if {
	inp := warned(img({"nsfw.sexy": 0.35}), "minors.sexual", "minors")
	verdict(inp) == "block"
	res(inp).thresholds["nsfw.sexy"].block == 0.3
}

test_warning_matches_rule_id if {
	inp := warned(img({"nsfw.porn": 0.25}), "my.rule", "mine")
	verdict(inp) == "hold" with data.candor.output.tighten_on_warning as {"my.rule": {"factor": 0.5}}
	verdict(inp) == "pass"
}

test_warning_on_every_label if {
	cfg := {"*": {"factor": 0.5}}
	inp := warned(
		object.union(img({"custom.unsafe": 0.3}), {"base": {"custom.unsafe": {"block": 0.5}}}),
		"artists.living", "artists",
	)
	verdict(inp) == "block" with data.candor.output.tighten_on_warning as cfg
}

test_smallest_factor_wins if {
	cfg := {"a": {"factor": 0.9}, "b": {"factor": 0.5}}
	inp := object.union(img({"nsfw.porn": 0.21}), {"prompt": {"allow": true, "warnings": [
		{"rule": "a.x", "category": "a"},
		{"rule": "b.x", "category": "b"},
	]}})
	t := res(inp).thresholds with data.candor.output.tighten_on_warning as cfg
	t["nsfw.porn"].hold == 0.2
}

# --- fail closed ------------------------------------------------------------

test_missing_score_of_a_classifier_that_ran_blocks if {
	inp := {"scores": object.remove(benign, ["nsfw.porn"]), "prompt": allowed}
	r := res(inp)
	r.verdict == "block"
	r.missing == ["nsfw.porn"]
	hits(inp) == {["output.missing_score", "nsfw.porn", "block"]}
}

test_classifier_that_did_not_run_is_not_missing if {
	# The operator turned the built-in classifier off and runs its own.
	inp := {"scores": {"custom.unsafe": 0.1, "custom.other": 0.9}, "prompt": allowed, "base": {"custom.unsafe": {"block": 0.5}}}
	r := res(inp)
	r.verdict == "pass"
	r.missing == []
}

test_denied_prompt_blocks if {
	inp := object.union(img({}), {"prompt": {"allow": false, "warnings": []}})
	verdict(inp) == "block"
	hits(inp) == {["output.prompt_denied", "", "block"]}
}

test_unknown_action_is_ignored if {
	inp := object.union(img({"nsfw.porn": 0.3}), {"tenant_thresholds": {"nsfw.porn": {"warn": 0.1, "pass": 0.1}}})
	verdict(inp) == "pass"
}

test_revision if res(img({})).revision == data.candor.revision with data.candor.revision as "abc"

# METADATA
# title: candor output policy
# description: |
#   Package output decides what happens to one generated image after the image
#   safety classifiers have scored it: pass, blur, hold (for human review) or
#   block. The Go side (package policy, Engine.EvaluateOutput) checks the
#   scores (finite, in [0, 1]) and passes:
#     input.scores             "<classifier>.<label>" -> score in [0, 1], every
#                              label of every classifier that ran
#     input.prompt.allow       the prompt policy's decision for the request
#     input.prompt.warnings    [{"rule", "category"}] the prompt rules that warned
#     input.tenant             the tenant's name
#     input.base               the operator's thresholds (config file,
#                              safety.thresholds), label -> action -> threshold
#     input.tenant_thresholds  the tenant's thresholds, same shape
#   Data lives in data.candor.output (output.json):
#     thresholds           default thresholds of the built-in classifier
#     labels               label -> what it means, in words for messages
#     messages             action -> what the user can do about it
#     tighten_on_warning   prompt rule id or category (or "*") -> how a
#                          warning from it tightens the thresholds
#   A score at or above an action's threshold triggers the action. The verdict
#   is the most severe action triggered: block > hold > blur > pass.
#   Thresholds: the base is the data's defaults with the operator's values
#   laid over them (the operator may loosen or add labels); a tenant can only
#   tighten (min per label and action, plus actions the base lacks); a prompt
#   warning can tighten further. Nothing here can loosen what the level above
#   set.
package output

# Action severities. Fixed here, not in data: the Go side validates actions
# against the same list.
severity := {"pass": 0, "blur": 1, "hold": 2, "block": 3}

verdict_of := {n: a | some a, n in severity}

cfg := data.candor.output

default revision := ""

revision := data.candor.revision

base_input := object.get(input, "base", {})

tenant_input := object.get(input, "tenant_thresholds", {})

scores := object.get(input, "scores", {})

warnings := object.get(input, ["prompt", "warnings"], [])

# The answer the Go engine reads.
result := {
	"verdict": verdict,
	"reasons": reasons,
	"thresholds": effective,
	"missing": missing,
	"revision": revision,
}

# ---------------------------------------------------------------------------
# Thresholds.

# tighter is the per-key minimum of two objects of action -> threshold; a key
# in only one of them keeps its value.
tighter(x, y) := x if {
	count(y) == 0
} else := y if {
	count(x) == 0
} else := {k: v |
	some k in (object.keys(x) | object.keys(y))
	v := min({n | n := x[k]} | {n | n := y[k]})
}

# base: the data's defaults, the operator's values laid over them. Each
# level below starts with a shortcut for the common case that it changes
# nothing, which keeps a typical decision to a few lookups.
# (object.union merges nested objects: an operator value replaces the
# default of its label and action only.)
base := cfg.thresholds if {
	count(base_input) == 0
} else := object.union(cfg.thresholds, base_input)

# after_tenant: the tenant can only tighten. A tenant value above the base is
# ignored here (and rejected at config load by ValidateOutputThresholds).
after_tenant := base if {
	count(tenant_input) == 0
} else := object.union(base, {label: t |
	some label, acts in tenant_input
	t := tighter(object.get(base, label, {}), acts)
})

# tightenings: the tighten_on_warning entries that the prompt's warnings
# select, each with the warning that selected it.
tightenings contains {"warning": w.rule, "entry": entry} if {
	some w in warnings
	some key in {w.rule, w.category, "*"}
	entry := cfg.tighten_on_warning[key]
}

# applies(entry, label): the entry names the label, a prefix of it ending in
# "*", or no labels at all (every label).
applies(entry, _) if not entry.labels

applies(entry, label) if {
	some p in entry.labels
	endswith(p, "*")
	startswith(label, trim_suffix(p, "*"))
}

applies(entry, label) if label in entry.labels

default factor(_) := 1

factor(label) := min({f |
	some t in tightenings
	applies(t.entry, label)
	f := object.get(t.entry, "factor", 1)
})

# The explicit thresholds that warnings set for a label.
warning_thresholds(label) := {} if {
	not label in warning_labels
} else := {a: v |
	some a in {a | some t in tightenings; some a, _ in object.get(t.entry, ["thresholds", label], {})}
	v := min({n | some t in tightenings; n := t.entry.thresholds[label][a]})
}

# The prompt warnings that tighten each label, for messages. Rules, unlike
# functions, are evaluated once per decision.
tightened_by[label] := ws if {
	some label, _ in effective
	ws := {t.warning | some t in tightenings; applies_or_sets(t.entry, label)}
	count(ws) > 0
}

applies_or_sets(entry, label) if {
	applies(entry, label)
	object.get(entry, "factor", 1) < 1
}

applies_or_sets(entry, label) if entry.thresholds[label]

warning_labels := {label | some t in tightenings; some label, _ in object.get(t.entry, "thresholds", {})}

# effective: what the verdict uses, label -> action -> threshold.
effective := after_tenant if {
	count(tightenings) == 0
} else := {label: t |
	some label in (object.keys(after_tenant) | warning_labels)
	t := tighter(scale(object.get(after_tenant, label, {}), factor(label)), warning_thresholds(label))
}

scale(acts, 1) := acts

scale(acts, f) := {a: v |
	some a, t in acts
	v := nine_places(t * f)
} if {
	f != 1
}

# nine_places rounds a product of thresholds to nine decimal places. OPA
# multiplies in binary floating point with more precision than a float64,
# so 0.6 * 0.75 is 0.45000000000000000002, which a score of 0.45 would not
# reach although the reason would show both as 0.45.
nine_places(x) := round(x * 1000000000) / 1000000000

# Which level set an effective threshold: the rule id of its reasons.
source(label, action) := "output.warning_tightened" if {
	not effective[label][action] == object.get(after_tenant, [label, action], -1)
} else := "output.tenant_threshold" if {
	not after_tenant[label][action] == object.get(base, [label, action], -1)
} else := "output.threshold"

# ---------------------------------------------------------------------------
# Scores.

classifiers := {split(label, ".")[0] | some label, _ in scores}

# missing: labels with thresholds whose classifier ran but gave no score for
# them. A partial result means a broken classifier: the verdict is block and
# the Go side returns an error, so the image is not released either way.
missing := sort([label |
	some label in (object.keys(effective) - object.keys(scores))
	split(label, ".")[0] in classifiers
])

# Every (label, action) whose threshold the image's score reaches.
triggered contains {"label": label, "action": action, "score": s, "threshold": t} if {
	some label, actions in effective
	s := scores[label]
	some action, t in actions
	s >= t
	severity[action] > 0
}

# ---------------------------------------------------------------------------
# Verdict and reasons.

prompt_denied if input.prompt.allow == false

severities := ({severity[r.action] | some r in triggered} | {3 | prompt_denied}) | {3 | count(missing) > 0}

default verdict := "pass"

verdict := verdict_of[max(severities)] if count(severities) > 0

reasons := array.concat(array.concat(threshold_reasons, missing_reasons), denied_reasons)

threshold_reasons := [r |
	some x in triggered
	rule := source(x.label, x.action)
	r := object.union(x, {"rule": rule, "message": message(x, rule)})
]

missing_reasons := [r |
	some label in missing
	r := {
		"rule": "output.missing_score", "label": label, "action": "block", "score": 0, "threshold": 0,
		"message": sprintf("The image safety check gave no score for %s, so the image is not released. This is a server fault; try again or contact the operator.", [label]),
	}
]

denied_reasons := [r |
	prompt_denied
	r := {
		"rule": "output.prompt_denied", "label": "", "action": "block", "score": 0, "threshold": 0,
		"message": "The prompt for this image was denied by the prompt policy, so no image is released. Change the prompt as its reasons say.",
	}
]

message(x, rule) := concat(" ", [s |
	some s in [
		sprintf("%s: the image safety check rated it %s (score %s; the %s threshold is %s).", [
			object.get(cfg.messages, [x.action, "verb"], x.action),
			object.get(cfg.labels, x.label, x.label),
			two_places(x.score), x.action, two_places(x.threshold),
		]),
		tightened_note(x.label, rule),
		object.get(cfg.messages, [x.action, "advice"], ""),
	]
	s != ""
])

tightened_note(label, "output.warning_tightened") := sprintf("The threshold is lower because the prompt was flagged (%s).", [concat(", ", sort(tightened_by[label]))])

tightened_note(_, "output.tenant_threshold") := "This service uses a stricter threshold than the default."

tightened_note(_, "output.threshold") := ""

# two_places formats a number in [0, 1] as "0.60". sprintf's %.2f prints a
# whole number, which OPA keeps as an integer, as "%!f(int64=01)", hence the
# two cases before it.
two_places(0) := "0.00"

two_places(1) := "1.00"

two_places(x) := sprintf("%.2f", [x]) if {
	x != 0
	x != 1
}

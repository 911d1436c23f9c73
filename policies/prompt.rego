# METADATA
# title: candor prompt policy
# description: |
#   Package prompt decides whether an image prompt may be generated. The Go side (package
#   policy) normalises the prompt first (NFKC, case folding, format characters,
#   confusables, leetspeak, spread and repeated letters) and passes:
#     input.prompt, input.negative_prompt      raw text
#     input.normalized.prompt / .negative_prompt
#     input.tokens, input.negative_tokens      word tokens
#     input.terms, input.negative_terms        1..4-word n-grams of the tokens
#                                              and their evasion variants, kept
#                                              only where they appear in data;
#                                              in input.terms not where benign
#                                              phrases mask them (see benign)
#     input.classes, input.negative_classes    lexicon classes of those terms
#                                              (see classes_of below)
#     input.stated_ages                        numbers stated as ages ("12 year old")
#     input.person_names                       people named by a given and a family
#                                              name that the lexicon does not list
#                                              (policy/names.go, data.candor.names)
#     input.style_names                        those of them in a style frame ("in
#                                              the style of Hana Sato")
#     input.tenant, input.roles, input.params
#     input.tenant_policy.categories           category -> deny|warn|allow_adult_art|allow
#     input.tenant_policy.protected_people     {normalised name: display name}
#     input.tenant_policy.protected_artists    {normalised name: display name}
#     input.tenant_policy.classifier_thresholds {label: threshold}, only lower
#                                              than the base ones count
#     input.classifier                         when a prompt classifier runs:
#                                              {"model": name, "scores": {label: p}},
#                                              the scores that reach a threshold
#   Lists live in data.candor (see the JSON files beside this one):
#     terms     normalised term -> lexicon classes (people.json and artists.json
#               add real people as named_person, living artists as named_artist)
#     benign    phrase -> terms it neutralises ("chicken breast" -> breast):
#               a term sharing a word with the phrase where the phrase overlaps
#               it, another (a context: "fruit" -> 🍑) within 5 words of it, one
#               whose classes are all in context_wide_classes anywhere
#     rules     rule id -> category, message, clauses of signals
#     triggers  signal -> rules with a clause starting with it
#     categories, levels, adult_art_rules  levels and what tenants may change
#     classifier.labels  classifier label -> category, threshold, name, message
#                        and with_lexicon {classes, threshold}
package prompt

# The answer the Go engine reads. A prompt that fires no rule, the common
# case, is allowed without evaluating levels and messages.
result := {"decision": "allow", "reasons": [], "warnings": [], "revision": revision, "depicts_people": depicts_people} if {
	count(fired) == 0
	count(classifier_hits) == 0
} else := {
	"decision": decision,
	"reasons": reasons,
	"warnings": warnings,
	"revision": revision,
	"depicts_people": depicts_people,
}

# depicts_people says the prompt asks for people (a person, a group, an
# occupation, a portrait, a named person, a child): the bias audit always
# samples such requests when the tenant asks it to.
default depicts_people := false

depicts_people if {
	some c in input.classes
	c in people_classes
}

people_classes := {"person", "minor", "named_person", "group", "occupation", "portrait"}

default decision := "deny"

decision := "allow" if count(reasons) == 0

default revision := ""

revision := data.candor.revision

# ---------------------------------------------------------------------------
# Facts. The Go side looks every term up in the lexicon while it normalises
# and passes the result as input.classes and input.negative_classes, so that a
# request costs a few set lookups here instead of scans of the tables.
# classes_of and negative_classes_of below are the reference definition of
# those facts: the Rego tests evaluate through them (with_facts) and a Go test
# checks that the Go side computes exactly the same sets.

# with_facts adds the facts that the Go side computes to a test input.
with_facts(inp) := object.union(inp, {
	"classes": classes_of(inp),
	"negative_classes": negative_classes_of(inp),
})

# The lexicon classes of the prompt's terms (names of real people and living
# artists are terms of class named_person and named_artist) plus the tenant's
# own protected names. Benign phrases have already masked the terms inside
# them: input.terms holds a term only where it occurs outside every phrase
# that masks it ("nude colored" masks the "nude" in "a nude colored dress",
# not the second one in "a nude colored scarf on a nude woman").
classes_of(inp) := {cls |
	some t in object.get(inp, "terms", [])
	some cls in term_classes(inp, t)
}

term_classes(inp, t) := ({c | some c in data.candor.terms[t]} | {"named_person" | inp.tenant_policy.protected_people[t]}) | {"named_artist" | inp.tenant_policy.protected_artists[t]}

# The lexicon classes of the negative prompt's terms, without masking.
negative_classes_of(inp) := {cls |
	some t in object.get(inp, "negative_terms", [])
	some cls in data.candor.terms[t]
}

# Signals: the classes present, and facts from stated ages and the negative
# prompt. signals is one set value, computed once, so that every lookup below
# is a plain membership test.
signals := {s | some s in signal}

signal contains cls if some cls in input.classes

signal contains "stated_minor_age" if {
	some age in input.stated_ages
	age < 18
}

# A person the lexicon does not list, named by a given and a family name, and
# such a name in a style frame: not a listed historical artist, so possibly a
# living one (policy/names.go).
signal contains "person_name" if count(object.get(input, "person_names", [])) > 0

signal contains "unlisted_artist" if count(object.get(input, "style_names", [])) > 0

# Clothing in the negative prompt steers the model towards nudity. Other
# negative terms ("nude, nsfw") are what careful users write and never count.
signal contains "negative_clothing" if "clothing" in input.negative_classes

# ---------------------------------------------------------------------------
# Rules live in data.candor.rules (rules.json): each has a category, a message
# a user can act on, and "when", a list of clauses; the rule fires when every
# signal of one clause is present. data.candor.triggers indexes the clauses by
# their first signal and then by their second: triggers[first].alone lists the
# rules with the one-signal clause [first], triggers[first].with[second] the
# clauses [first, second, and...] as {"rule", "and": the remaining signals}.
# A prompt costs only the clauses whose first two signals it has.

fired contains rule if {
	some s in signals
	some rule in data.candor.triggers[s].alone
}

fired contains x.rule if {
	some s in signals
	some t, xs in data.candor.triggers[s].with
	signals[t]
	some x in xs
	not lacks(x.and)
}

# lacks is true when a clause names a signal that is not present.
lacks(clause) if {
	some c in clause
	not signals[c]
}

# ---------------------------------------------------------------------------
# Levels: base data sets each category's default and what a tenant may loosen
# it to; a tenant may always tighten. Absolute categories are always "deny".

levels := data.candor.levels

default base_level(_) := "deny"

base_level(cat) := data.candor.categories[cat].default

absolute(cat) if cat == "minors"

absolute(cat) if data.candor.categories[cat].absolute == true

tenant_may_set(cat, l) if levels[l] >= levels[base_level(cat)]

tenant_may_set(cat, l) if {
	_ = levels[l]
	l in object.get(data.candor.categories, [cat, "adjustable"], [])
}

effective_level(cat) := "deny" if {
	absolute(cat)
} else := l if {
	l := input.tenant_policy.categories[cat]
	tenant_may_set(cat, l)
} else := base_level(cat)

# ---------------------------------------------------------------------------
# The prompt classifier. Go runs it on the normalised prompt and passes its
# scores as input.classifier.scores; a label fires as rule "classifier.<label>"
# in its category when its score reaches the threshold in
# data.candor.classifier.labels (chosen on the validation split), or the
# tenant's lower one: a tenant may tighten a threshold, never loosen it. A
# label with with_lexicon also fires at that lower threshold when the
# lexicon corroborates it: one of with_lexicon.classes is among the prompt's
# classes ("named_person" for sexual content of real people). The rule then
# goes through the category's level like any lexicon rule, so minors stays
# absolute. Without input.classifier, nothing here fires.

classifier_labels := object.get(data.candor, ["classifier", "labels"], {})

classifier_threshold(label) := t if {
	t := input.tenant_policy.classifier_thresholds[label]
	is_number(t)
	t < classifier_labels[label].threshold
} else := classifier_labels[label].threshold

# classifier_hits: rule id -> what fired, for the reasons.
classifier_hits[rule] := hit if {
	some label, score in object.get(input, ["classifier", "scores"], {})
	conf := classifier_labels[label]
	is_number(score)
	hit := classifier_hit(label, conf, score)
	rule := concat(".", ["classifier", label])
}

# The score alone, or else the score with the lexicon.
classifier_hit(label, conf, score) := {"label": label, "category": conf.category, "score": score, "threshold": t} if {
	t := classifier_threshold(label)
	score >= t
} else := {"label": label, "category": conf.category, "score": score, "threshold": t, "lexicon": cls} if {
	t := conf.with_lexicon.threshold
	score >= t
	cls := [c | some c in conf.with_lexicon.classes; c in input.classes]
	count(cls) > 0
}

# Every rule that fired: lexicon rules and classifier labels.
fired_rules := fired | {rule | some rule, _ in classifier_hits}

rule_category(rule) := data.candor.rules[rule].category

rule_category(rule) := classifier_hits[rule].category

# A classifier reason names the signal and keeps the label's message.
rule_message(rule) := data.candor.rules[rule].message

rule_message(rule) := msg if {
	h := classifier_hits[rule]
	not h.lexicon
	conf := classifier_labels[h.label]
	msg := sprintf("classifier: %s %.3f >= %.3f. %s", [conf.name, h.score, h.threshold, conf.message])
}

rule_message(rule) := msg if {
	h := classifier_hits[rule]
	conf := classifier_labels[h.label]
	msg := sprintf("classifier: %s %.3f >= %.3f with the lexicon's %s. %s", [conf.name, h.score, h.threshold, concat(", ", h.lexicon), conf.message])
}

# The level of each category that fired, computed once per evaluation.
fired_levels := {cat: effective_level(cat) | some rule in fired_rules; cat := rule_category(rule)}

adjust(rule, level) := "allow" if {
	level == "allow_adult_art"
	rule in data.candor.adult_art_rules
} else := "deny" if {
	level == "allow_adult_art"
} else := level

# What each rule that fired does for this tenant: deny, warn or allow.
verdicts := {rule: adjust(rule, fired_levels[rule_category(rule)]) | some rule in fired_rules}

reasons := [r |
	some rule, "deny" in verdicts
	r := {"rule": rule, "category": rule_category(rule), "message": rule_message(rule), "severity": "deny"}
]

warnings := [r |
	some rule, "warn" in verdicts
	r := {"rule": rule, "category": rule_category(rule), "message": rule_message(rule), "severity": "warn"}
]

# Categories the policy knows, for tooling and tenant config validation.
categories := object.keys(data.candor.categories)

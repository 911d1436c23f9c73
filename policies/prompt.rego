# METADATA
# title: candor prompt policy
# description: |
#   Decides whether an image prompt may be generated. The Go side (package
#   policy) normalises the prompt first (NFKC, case folding, format characters,
#   confusables, leetspeak, spread and repeated letters) and passes:
#     input.prompt, input.negative_prompt      raw text
#     input.normalized.prompt / .negative_prompt
#     input.tokens, input.negative_tokens      word tokens
#     input.terms, input.negative_terms        1..4-word n-grams of the tokens
#                                              and their evasion variants, kept
#                                              only where they appear in data
#     input.stated_ages                        numbers stated as ages ("12 year old")
#     input.tenant, input.roles, input.params
#     input.tenant_policy.categories           category -> deny|warn|allow_adult_art|allow
#     input.tenant_policy.protected_people     {normalised name: display name}
#     input.tenant_policy.protected_artists    {normalised name: display name}
#   Lists live in data.candor (see the JSON files beside this one).
package candor.prompt

# The answer the Go engine reads.
result := {
	"decision": decision,
	"reasons": reasons,
	"warnings": warnings,
	"revision": revision,
}

default decision := "deny"

decision := "allow" if count(reasons) == 0

default revision := ""

revision := data.candor.revision

# ---------------------------------------------------------------------------
# Matching helpers.

terms := object.get(input, "terms", [])

negative_terms := object.get(input, "negative_terms", [])

tenant_people := object.get(input, ["tenant_policy", "protected_people"], {})

tenant_artists := object.get(input, ["tenant_policy", "protected_artists"], {})

# Terms a benign phrase neutralises ("nude colored" masks "nude").
masked contains m if {
	some t in terms
	some m in data.candor.benign[t]
}

# Lexicon classes present in the prompt.
classes contains cls if {
	some t in terms
	not masked[t]
	some cls in data.candor.terms[t]
}

negative_classes contains cls if {
	some t in negative_terms
	some cls in data.candor.terms[t]
}

# Real people named in the prompt.
people contains name if {
	some t in terms
	not masked[t]
	name := data.candor.protected_people[t]
}

people contains name if {
	some t in terms
	not masked[t]
	name := data.candor.people_aliases[t]
}

people contains name if {
	some t in terms
	name := tenant_people[t]
}

# Living artists named in the prompt.
artists contains name if {
	some t in terms
	not masked[t]
	name := data.candor.protected_artists[t]
}

artists contains name if {
	some t in terms
	not masked[t]
	name := data.candor.artist_aliases[t]
}

artists contains name if {
	some t in terms
	name := tenant_artists[t]
}

minor_age if {
	some age in object.get(input, "stated_ages", [])
	age < 18
}

sexual_any if "suggestive" in classes

sexual_any if "nudity" in classes

sexual_any if "explicit" in classes

sexual_any if "nudify" in classes

nudity_or_explicit if "nudity" in classes

nudity_or_explicit if "explicit" in classes

nudity_or_explicit if "nudify" in classes

minor_present if "minor" in classes

minor_present if minor_age

negative_unclothing if "clothing" in negative_classes

# ---------------------------------------------------------------------------
# Rules. Each fired rule has an id, a category and a message a user can act on.

messages := {
	"minors.sexual": "Sexual or sexualised content involving minors is never allowed, in any wording or style. Remove every sexual, suggestive or nudity element, or the reference to a child.",
	"people.intimate": "Depicting real, named people in sexual or intimate scenes is not allowed. Remove the person's name or the sexual content.",
	"people.deepfake": "Images of real, named people in realistic or compromising scenes can pass as real and are not allowed. Remove the person's name and describe a fictional person, or ask for a clearly artistic, non-compromising scene.",
	"nudify.edit": "Undressing or 'nudifying' a person or a photo is not allowed. Remove the request to remove or see through clothing.",
	"artists.living_style": "Imitating the style of a named living artist is not allowed here. Remove the artist's name and describe the style itself (medium, palette, lighting, mood).",
	"violence.graphic": "Graphic violence and gore are not allowed. Remove the gory details; non-graphic action or conflict is fine.",
	"hate.symbols": "Hate symbols and extremist imagery are not allowed. Remove the symbol, flag or slogan.",
	"hate.dehumanizing": "Imagery that dehumanises a group of people is not allowed. Remove the comparison of people to animals, vermin or disease, or the call for violence.",
	"selfharm.depiction": "Depictions of self-harm or suicide are not allowed. Remove the self-harm content. If you are struggling, please reach out to someone you trust or a local crisis line.",
	"news.fabricated": "Realistic news-style images of invented events at real places or institutions can spread as misinformation and are not allowed. Remove the real place or institution, or make the scene clearly fictional or artistic.",
	"explicit.sexual": "Explicit sexual content is not allowed. Remove the sexual acts or explicit terms.",
	"explicit.nudity": "Nudity is not allowed under this service's policy. Remove the nudity or describe clothed subjects.",
	"explicit.negative_clothing": "Using the negative prompt to remove clothing from people is not allowed. Remove clothing terms from the negative prompt.",
}

# minors.sexual: absolute, no tenant or data can lower it.
fired contains {"rule": "minors.sexual", "category": "minors"} if "minor_sexualised" in classes

fired contains {"rule": "minors.sexual", "category": "minors"} if {
	minor_present
	sexual_any
}

fired contains {"rule": "minors.sexual", "category": "minors"} if {
	"minor_ambiguous" in classes
	nudity_or_explicit
}

fired contains {"rule": "minors.sexual", "category": "minors"} if {
	minor_present
	negative_unclothing
}

fired contains {"rule": "minors.sexual", "category": "minors"} if {
	"minor_ambiguous" in classes
	negative_unclothing
}

# people.intimate: a real person in a sexual or intimate scene.
fired contains {"rule": "people.intimate", "category": "people"} if {
	count(people) > 0
	sexual_any
}

fired contains {"rule": "people.intimate", "category": "people"} if {
	count(people) > 0
	"intimate" in classes
}

fired contains {"rule": "people.intimate", "category": "people"} if {
	count(people) > 0
	negative_unclothing
}

# people.deepfake: a real person in a realistic or compromising scene.
fired contains {"rule": "people.deepfake", "category": "people"} if {
	count(people) > 0
	"realistic" in classes
}

fired contains {"rule": "people.deepfake", "category": "people"} if {
	count(people) > 0
	"compromising" in classes
}

# nudify.edit: undressing a person or a photo.
fired contains {"rule": "nudify.edit", "category": "nudify"} if "nudify" in classes

fired contains {"rule": "nudify.edit", "category": "nudify"} if {
	"edit_context" in classes
	"nudity" in classes
}

# artists.living_style: a named living artist's style.
fired contains {"rule": "artists.living_style", "category": "artists"} if count(artists) > 0

# violence.graphic
fired contains {"rule": "violence.graphic", "category": "violence"} if "gore" in classes

fired contains {"rule": "violence.graphic", "category": "violence"} if {
	"violence_act" in classes
	"blood" in classes
}

# hate
fired contains {"rule": "hate.symbols", "category": "hate"} if "hate_symbol" in classes

fired contains {"rule": "hate.dehumanizing", "category": "hate"} if {
	"group" in classes
	"dehumanizing" in classes
}

# selfharm
fired contains {"rule": "selfharm.depiction", "category": "selfharm"} if "selfharm" in classes

# news.fabricated: an event at a real place, framed as news or a photo.
fired contains {"rule": "news.fabricated", "category": "news"} if {
	"event" in classes
	"place" in classes
	"news_frame" in classes
}

fired contains {"rule": "news.fabricated", "category": "news"} if {
	"event" in classes
	"place" in classes
	"realistic" in classes
}

# explicit
fired contains {"rule": "explicit.sexual", "category": "explicit"} if "explicit" in classes

fired contains {"rule": "explicit.nudity", "category": "explicit"} if "nudity" in classes

fired contains {"rule": "explicit.negative_clothing", "category": "explicit"} if {
	negative_unclothing
	"person" in classes
}

fired contains {"rule": "explicit.negative_clothing", "category": "explicit"} if {
	negative_unclothing
	count(people) > 0
}

# ---------------------------------------------------------------------------
# Levels: base data sets each category's default and what a tenant may loosen
# it to; a tenant may always tighten. Absolute categories are always "deny".

levels := data.candor.levels

base_level(cat) := object.get(data.candor.categories, [cat, "default"], "deny")

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

severity(f) := "allow" if {
	effective_level(f.category) == "allow_adult_art"
	f.rule in data.candor.adult_art_rules
} else := "deny" if {
	effective_level(f.category) == "allow_adult_art"
} else := effective_level(f.category)

reasons := [r |
	some f in fired
	severity(f) == "deny"
	r := {"rule": f.rule, "category": f.category, "message": messages[f.rule], "severity": "deny"}
]

warnings := [r |
	some f in fired
	severity(f) == "warn"
	r := {"rule": f.rule, "category": f.category, "message": messages[f.rule], "severity": "warn"}
]

# Categories the policy knows, for tooling and tenant config validation.
categories := object.keys(data.candor.categories)

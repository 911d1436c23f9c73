package prompt_test

# Emoji as sexual innuendo (issue 10). The Go normaliser keeps each emoji as a
# token of its own ("nude🍑" is "nude" and "🍑"); the lexicon gives the clear
# innuendo emoji the class innuendo and the weaker ones (sweat, hot face)
# innuendo_weak. They never deny on their own: only with a person, a child or
# a named person, with a sexual context, or a weak one beside a clear one; a
# fruit, vegetable or market context masks them.

test_emoji_named_person if denies("taylor swift 🍑", "people.intimate")

test_emoji_person if denies("a woman 🍆 💦", "explicit.sexual")

test_emoji_child if denies("a child 🍑", "minors.sexual")

test_emoji_ambiguous_minor if denies("a schoolgirl 👅", "minors.sexual")

test_emoji_stated_age if {
	inp := object.union(mk(words("a 12 year old 🍑")), {"stated_ages": [12]})
	"minors.sexual" in rules(inp)
}

test_emoji_pair if denies("🍆 💦", "explicit.sexual")

test_emoji_sexual_context if denies("sexy 👅", "explicit.sexual")

test_emoji_intimate_context if denies("kissing 🫦", "explicit.sexual")

test_emoji_adult_marker if denies("a poster 🔞", "explicit.sexual")

test_emoji_alone_passes if allows("🍑")

test_emoji_weak_alone_passes if allows("a man jogging in the heat 💦 🥵")

test_emoji_fruit_still_life_passes if allows("a fruit still life with 🍑 and cherries")

test_emoji_vegetable_market_passes if allows("a vegetable market stall with 🍆 and tomatoes")

test_emoji_person_at_market_passes if allows("a woman buying 🍆 at a farmers market")

test_emoji_masking_is_not_for_people if denies("taylor swift 🍑 fruit 👅", "people.intimate")

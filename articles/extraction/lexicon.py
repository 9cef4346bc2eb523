"""Cue words in English, Ukrainian and Russian, kept apart from the rules that use them.

Each pattern is a clause-level linguistic cue (a release verb, a future or negation marker,
a cumulative phrase), never a sentence from a particular article.
"""

from __future__ import annotations

import re

from .fastre import Cue, CueWithExact

# What a side does to the people it frees, with them as the object: "let Karelina go", "allowed
# five imprisoned Americans to fly out of Tehran", "granted clemency to five Iranians"
_LETS_GO = (
    r"let(?:s|ting)?\s+(?:[\w'’-]+\s+){0,5}?(?:go|leave)\b"
    r"|allow(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:leave|fly\s+(?:out|home|back)|go\s+home"
    r"|travel\s+(?:back|home)|return\s+home)\b"
    # "six US citizens were allowed to travel back with him": the passive
    r"|(?:were|was)\s+allowed\s+to\s+(?:leave|fly\s+(?:out|home|back)|go\s+home|travel\s+(?:back|home)"
    r"|return\s+home)\b"
    r"|grant(?:ed|s|ing)?\s+clemency\s+to\b"
)
# Something was handed over or came home (any voice, any direction).
# "Russian peacekeepers", "a Russian military plane": who carried people, not a side
_CARRIER_WORDS = (
    r"peacekeep\w*|mediators?|plane|aircraft|jet|helicopter|convoy"
    r"|миротвор\w*|посередник\w*|посредник\w*|самол[её]т\w*|літак\w*"
)
CARRIER_AFTER = rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{_CARRIER_WORDS})"
CARRIER_HINT_RE = Cue(rf"\b(?:{_CARRIER_WORDS})")  # a sentence that may name one
# "Russia's defence ministry reported 63 of its servicemen back", "Kyiv reported 230 people
# home": a side telling its own people back (not "reported that they had come home", "home page")
REPORTED_BACK = (
    r"(?:reported|counted|confirmed|announced)\s+"
    r"(?:(?!(?:that|had|has|have|were|was|are|is|been|come|came|gone|went|got)\b)[\w'’-]+\s+){1,5}?"
    r"(?:back|home)\b(?!\s+(?:in|to|on|page|front|secretary|office|ministry|affairs)\b)"
)
# Capital and small letters of the languages read, Latin with accents ("Hernández", "Łukasz")
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐЁ"
LOWER = "a-zß-öø-ÿĀ-žа-яіїєґё'’"
# "Moscow threw in 22 severely wounded prisoners": handed over, and on top of the rest
THREW_IN = r"thr(?:ew|ow|ows|owing|own)\s+in"
RELEASE_RE = Cue(
    r"\b(?:releas(?:ed|ing|es)|release|freed|freeing|frees|set\s+free|walk(?:ed|s|ing)?\s+free"
    rf"|{_LETS_GO}|let\s+out\b"
    r"|let(?:s|ting)?\s+(?:[\w'’-]+\s+){1,5}?out\s+of\b|(?:re)?gain(?:ed|s|ing)?\s+(?:their|his|her)\s+freedom"
    r"|hand(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,6}?(?:over|back)\b|handed|handover|handovers"
    r"|transferr(?:ed|ing)|return(?:ed|ing|s|ees)?|returnees?"
    r"|c[ao]me\s+(?:home|back)|coming\s+(?:home|back)|comes\s+(?:home|back)"
    r"|ma(?:de|ke|kes|king)\s+it\s+(?:back\s+)?(?:home|back)"  # "189 Ukrainians had made it home"
    rf"|{THREW_IN}\b"
    r"|went\s+(?:home|back|in\s+each\s+direction|each\s+way)|going\s+home|gone\s+home"
    # "the swap sent 95 prisoners each way": both ways at once
    r"|sen(?:t|d|ds|ding)\s+(?:[\w'’-]+\s+){1,4}?(?:each\s+way|in\s+each\s+direction|in\s+both\s+directions)"
    r"|(?:went|going|gone|go|goes|headed|heading)\s+(?:the\s+other\s+way|in\s+the\s+(?:other"
    r"|opposite)\s+direction)"
    r"|crossed\s+(?:home|back)|cross\s+home"
    # "52 prisoners walked across the border from Belarus into Lithuania"
    r"|(?:walked|were\s+driven|was\s+driven|were\s+bused|were\s+taken)\s+(?:\w+\s+)?across\s+the\s+"
    r"(?:\w+\s+){0,2}?(?:border|frontier|line)"
    # "32 Armenian servicemen crossed the border", "crossed into Armenia" (not "crossed into
    # the Kursk region", an incursion, nor "Russian columns crossed the border")
    r"|(?<!troops\s)(?<!forces\s)(?<!units\s)(?<!army\s)(?<!columns\s)(?<!tanks\s)(?<!convoys\s)"
    r"(?<!drones\s)crossed\s+(?:back\s+)?(?:the\s+(?:\w+\s+){0,3}?(?:border|frontier|line)"
    r"|into\s+(?!(?:\w+\s+){0,3}?(?:region|oblast|province|district|territory|area)\b))"
    r"|(?:walked|walk|walks|came|emerged|stepped)\s+(?:[\w'’-]+\s+){0,5}?out\s+of\s+(?:\w+\s+)?"
    r"(?:captivity|prison|jail|custody|detention|Gaza)"
    r"|on\s+(?:their|his|her|the)\s+way\s+(?:home|back)|head(?:ed|ing)\s+(?:back\s+)?home"
    r"|fl(?:own|ew|y|ies|ying)\s+(?:back\s+)?home"
    # "12 Azerbaijanis were flown to Baku", "a plane brought 44 Armenian prisoners to Yerevan"
    r"|(?:were|was)\s+flown\s+(?:back\s+)?to\b|(?:were|was)\s+flown\s+out\b"
    r"|brought\s+(?:[\w'’-]+\s+){1,5}?to\s+(?=[A-ZА-ЯІЇЄҐ])"
    # "peacekeepers flew 44 captives back to Armenia"
    r"|fl(?:own|ew|y|ies|ying)\s+(?:[\w'’-]+\s+){0,5}?back\b"
    r"|br(?:ought|ing|inging|ings)\s+(?:[\w'’-]+\s+){0,5}?(?:home|back|out\s+of)\b"
    r"|got\s+back|t(?:ook|aken)\s+back|receiv(?:ed|ing|es|e)|recovered|swapped|swapping"
    r"|exchanged|exchanging|traded|repatriat\w+|sen(?:t|d|ds|ding)\s+(?:[\w'’-]+\s+){0,3}?home"
    r"|sen(?:t|d|ds|ding)\s+(?:[\w'’-]+\s+){0,6}?back\b|g(?:ave|ive|ives|iving)\s+back\b"
    rf"|{REPORTED_BACK}"
    r"|(?:are|were|is|was)\s+back|back\s+home|carr(?:ied|ying)(?!\s+out)"
    # "five Americans wrongfully detained in Iran are now out of the country"
    r"|(?:are|were|is|was)\s+(?:now\s+|finally\s+)?out\s+of\s+(?:the\s+country|prison|jail"
    r"|custody|captivity)"
    r"|(?:are|is)\s+(?:now\s+)?home|home\s+again)\b"
    r"|\b(?:знову|вже|уже|снова)\s+(?:вдома|дома)\b"
    r"|\b(?:здобули\s+свобод|обрели\s+свобод|обрёл\w*\s+свобод)\w*"
    # "на свободу вышли Эли Шараби ...", "вийшли на волю"; "Израиль отпустил 183"
    r"|\bна\s+(?:свободу|волю)\s+(?:вийш|вышл|вышел)\w*|\b(?:вийш|вышл|вышел)\w*\s+на\s+(?:свободу|волю)\b"
    r"|\b(?:відпуст|отпуст|выпустил|выпустили|випустил|випустив|віддал|віддав|отдал)\w*"
    r"|\b(?:вийш|вышл|вышел)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:з|із|из)\s+(?:полону|плена|плену|неволі"
    r"|неволи)\b|\b(?:з|із|из)\s+(?:полону|плена|плену|неволі|неволи)\s+(?:вийш|вышл|вышел)\w*"
    r"|\bзабра\w*\s+(?:\d[\d\s]*\s+)?(?:своих|своїх)\b"
    r"|\b(?:звільн|визвол|поверн|поверта|переда|отрима|обміня|додому|освобо[дж]|верну|вернул"
    r"|возвращ|возвра|получи|получа|обменя)\w*"
)
# "The first stage involved 390 people on each side": a predicate that makes an exchange noun
# carry a count.
EXCHANGE_PREDICATE_RE = Cue(r"\b(?:involv(?:ed|ing)|saw|comprised)\b")
EXCHANGE_NOUNS = (
    r"(?:exchange|exchanges|swap|swaps|handover|handovers|stage|round|tranche|instalment)"
)
EXCHANGE_NOUN_RE = Cue(
    # not "missile, drone and artillery exchanges", "an exchange of fire": fighting
    r"\b(?<!fire\s)(?<!artillery\s)(?<!missile\s)(?<!rocket\s)(?<!drone\s)(?<!gunfire\s)"
    rf"{EXCHANGE_NOUNS}\b(?!\s+of\s+(?:fire|gunfire|shots|strikes|blows|artillery|missiles"
    r"|accusations|threats|views|letters|messages|notes)\b)"
    r"|\b(?:обмін|обміну|обміном|обмен|обмена|обменом|етап|этап)\w*"
    r"(?!\s+(?:ударами|ударам|вогнем|огн[её]м|пострілами|выстрелами|заявами|заявлениями)\b)"
)
# An exchange that happened (used for narrative dates and for undisclosed exchanges).
HAPPENED_RE = Cue(
    r"\b(?:took\s+place|carried\s+out|was\s+held|were\s+held|happened|began|begun|started"
    r"|went\s+ahead|gone\s+ahead|(?:is|was|has\s+been)\s+(?:done|complete)"
    r"|was\s+completed|completed|ended"
    # "The year's last exchange came yesterday."
    rf"|{EXCHANGE_NOUNS}\s+(?:\w+\s+){{0,3}}?came)\b"
    r"|\b(?:відбув|відбул|провели|провела|провів|проведено|стартував|розпочал|розпочав|почали|почався"
    r"|состоял|прош[её]л|прошла|проходил|відбувал|начали|начался|завершен|завершил|завершено"
    # "Затем, 25 июня, последовал обмен по формуле «90 на 90»"; "А 21 вересня стався обмін"
    r"|последовал|стався|сталася|сталось|произош[её]л|произошла|произошло)\w*"
)
UNDISCLOSED_HAPPENED_RE = Cue(
    r"\b(?:took\s+place|carried\s+out|was\s+held|were\s+held|happened|began|begun|started"
    r"|went\s+ahead|gone\s+ahead|(?:is|was|has\s+been)\s+(?:done|complete))\b"
    r"|\b(?:відбув|відбул|провели|провела|провів|проведено|розпочал|розпочав|почали|почався|состоял|прош[её]л"
    r"|прошла|начали|начался)\w*"
)
SYMMETRIC_RE = Cue(
    r"\b(?:exchanged|swapped|exchanging|swapping|traded|обміняли\w*|обмінялися|обменял\w*)"
)
# The grammatical subject receives ("Ukraine brought home", "Россия получила").
RECEPTIVE_RE = Cue(
    r"\b(?:receiv(?:ed|ing|es|e)|recovered|got\s+back|t(?:ook|aken|ake|akes)\s+back"
    # "Киев в тот же день насчитал у себя 52 вернувшихся": counted its own arrivals
    r"|насчита\w*\s+у\s+себя|нарахува\w*\s+у\s+себе"
    rf"|{REPORTED_BACK}"  # "Kyiv reported 230 people home": the subject receives
    # "забрали своих 49 человек", "took back their own": took its own people back
    # ("Росіяни забрали 175 своїх військових": the figure between)
    r"|забра\w*\s+(?:\d[\d\s]*\s+)?(?:своих|своїх)|took\s+back\s+(?:their|its)\s+own"
    r"|br(?:ought|ing|inging|ings)\s+(?:[\w'’-]+\s+){0,5}?(?:home|back)\b|welcomed"
    r"|(?:won|wins|win|secured|secures|obtained|negotiated|achieved)\s+the\s+(?:\w+\s+)?"
    r"(?:release|return|freedom))"
    r"|\b(?:отрима|получи|получа)\w*"
    r"|\b(?:повернул\w*|повернув(?:ши)?|вернул\w*|вернув(?:ши)?|возвратил\w*|возвратив(?:ши)?)"
    r"\s+(?:\w+\s+){0,2}?(?:додому|домой|на\s+родину"
    r"|на\s+батьківщину|(?:з|із|зі)\s+(?:\w+\s+)?(?:полону|неволі)|из\s+(?:\w+\s+)?(?:плена|неволи))"
    r"|\breturn(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:\w+\s+)?captivity\b"
)
# People coming out of captivity: the story's own side receives them ("з полону вдалося
# звільнити 50 військових", "freed from captivity").
CAPTIVITY_RE = Cue(
    r"\b(?:from|out\s+of)\s+(?:\w+\s+)?captivity\b"
    r"|\b(?:з|із|зі)\s+(?:\w+\s+)?(?:полону|неволі)\b|\bиз\s+(?:\w+\s+)?(?:плена|неволи)\b"
)
# The grammatical subject hands people over ("Hamas freed", "Israel had released").
ACTIVE_RELEASE_RE = Cue(
    r"\b(?:releas(?:ed|es|ing)|freed|frees|freeing|hand(?:ed|s|ing)|hand(?=\s+(?:over|back)\b)"
    r"|transferr(?:ed|ing)|sent"
    r"|send(?:s|ing)?\s+(?:[\w'’-]+\s+){0,3}?home"
    rf"|{_LETS_GO}"
    r"|repatriated|звільнил\w*|звільнила|звільнив|передал\w*|передав|відпустив|освободил\w*|відпустил\w*|отпустил\w*|выпустил\w*|випустил\w*|випустив|віддал\w*|віддав|отдал\w*)"
)
PASSIVE_AUX_RE = Cue(r"\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?$")
REPORTING_RE = Cue(
    r"\b(?:said|says|say|saying|reported|reports|announced|announces|confirmed|confirms"
    r"|told|added|stated|wrote|according\s+to|described|called|claimed|noted"
    r"|gave\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:account|version|figures?|tally|count))\b"
    r"|\b(?:заяви|повідоми|сообщи|уточни|підтверди|подтверди|зазначи|отмети|написа|за\s+даними"
    r"|по\s+данным|за\s+словами|по\s+словам)\w*"
)
COMPLEMENTIZER_RE = Cue(r"^[\s,]*(?:that|що|что|,)?[\s,]*(?:\w+\s+){0,2}$")

_FUTURE_RE = Cue(
    r"\b(?:will|would|shall|won't|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be\s+(?:released|freed"
    r"|returned|exchanged|handed|swapped)|due\s+to\s+(?:be|free|release|hand)|expected|expects"
    r"|expecting|planned|plans?\s+to|scheduled|set\s+to|should|could|can|cannot|might|must|if|unless|propos\w+"
    r"|obliges?|obligated|obliged"
    r"|promis\w+|offer(?:ed|s|ing)?\s+to|intend\w*|aims?\s+to|agreed\s+(?:\w+\s+){0,2}?to\b|agrees?\s+to|agreed\s+(?:a|an|on)\b"
    r"|agreement\s+(?:in\s+principle\s+)?on|committed\s+to"
    # "agreement was reached ... on the release of 32 servicemen": what was agreed
    r"|(?:agreement|deal|understanding)\s+(?:was|has\s+been|had\s+been)\s+reached"
    # "an agreement to release 1,000 prisoners each": what was agreed, not done
    r"|(?:agreement|deal|accord|pact|decision|understanding)\s+to\s+(?:release|free|swap"
    r"|exchange|hand|return)"
    r"|commit\s+to|commitments?\s+to"
    r"|pledg(?:e|ed|es)\s+to|vow(?:ed|s)?\s+to|provides?\s+for|meant\s+to|supposed\s+to"
    r"|foresees?|foresaw|envisag(?:e|es|ed)|envision(?:s|ed)?|provided\s+for"
    # "a 72-hour window for Hamas to release the hostages": what the time is for
    r"|(?:window|deadline|time|days|hours)\s+for\s+(?:\w+\s+){1,2}to\s+(?:release|free|hand|return|swap)"
    # "agreed to exchange all the wounded ... and to hand back 6,000 bodies": the second thing
    # agreed
    r"|and\s+to\s+(?:hand|release|free|return|exchange|swap|repatriate)"
    # "Hamas had 72 hours to return all 48 hostages": a deadline
    r"|(?:hours|days|weeks)\s+to\s+(?:release|free|hand|return|swap)"
    r"|cover(?:s|ing)|calls?\s+for|called\s+for|to\s+follow"
    # "ask Pakistan to speed up the return of 159 fishermen": a request
    r"|ask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:speed|free|release|return|hand|expedite)|ready\s+to|prepar(?:ed|es|ing)\s+to|getting\s+ready\s+to|wants?\s+to|seeks?\s+to|further\s+exchange)\b"
    # (not the past "очікував", "ожидал": "обмін, якого тоді не очікував майже ніхто")
    r"|\b(?:буде|будуть|має|мають|матиме|очіку(?!вал|вав)\w*|планує\w*|заплановано|пропону\w*|будет|будут"
    r"|должн\w*|должен|предстоит|планиру\w*|ожида(?!л)\w*|намерен\w*|домовил\w*|договорил\w*|погодил\w*|согласил\w*|якщо|если"
    r"|предлож\w*|предлага\w*|запропонува\w*|пообіця\w*|обіця\w*|обеща\w*|пообеща\w*"
    r"|розрахову\w*|рассчитыва\w*|сподіва\w*|надеет\w*|надеют\w*|готує|готуємо|готують"
    # "Київ хоче повернути тисячу людей": a wish
    r"|хоче|хочуть|хочемо|хочет|хотят|хотим"
    r"|готовит|готовят|готовим|готується|готуються|готовится|готовятся"
    # "угода зобов'язує угруповання повернути останки всіх 28": what a deal obliges
    r"|зобов['’ʼ]яз\w*|обязыва\w*|обязует|обязан\w*"
    # "заплановане на 26 вересня повернення": planned
    r"|запланован\w*|запланированн\w*"
    r"|готов(?:а|ий|і|ы|о)?\s+(?:\w+\s+)?\w+(?:ти|ть)"  # "Росія готова передати ще 3000 тіл"
    # "завершився домовленістю обміняти по 1200", "договорённость обменять": what was agreed
    r"|(?:домовленіст|договор[её]нност|угод|соглашени)\w*\s+(?:\w+\s+)?\w+(?:ти|ть)"
    r"|щоб|щоби|чтобы|чтоб"  # "молитися, щоб усі повернулися": a wish
    # perfective futures: "стороны обменяются 175", "Россия передаст Украине 23"
    r"|обменяются|обменяется|передаст|передадут|освободит|освободят|вернёт|вернет|вернут"
    r"|обміняються|обміняється|передасть|передадуть|звільнить|звільнять|поверне"
    # "сообщалось, что обмен пройдет по формуле «175 на 175»": what was to come
    r"|пройд[её]т|пройдут|состоится|состоятся|пройде|відбудеться|відбудуться)\b"
)
# "may" the modal verb, not the month.
FUTURE_RE = CueWithExact(_FUTURE_RE, r"\bmay\b")
NEGATION_RE = Cue(
    r"\b(?:not|never|не|ні|ни|нет)\b|n't\b"
    # not "with almost no warning, 230 came home": a manner, not a denial
    r"|\bno\b(?!\s+(?:warning|notice|fanfare|ceremony|delay|doubt|surprise|advance\s+notice"
    r"|prior\s+(?:warning|notice|announcement)|public\s+announcement|explanation|comment)\b)"
    r"|\b(?:declined|refused|failed|unable)\s+to\s+(?:take|accept|receive|release|free|return|hand|swap|exchange)"
    r"|\b(?:postpon\w*|delay\w*|halt\w*|put\s+off|called\s+off|відклал\w*|відкла\w*|отложил\w*|отлож\w*)"
    # "повернення ... зірвалося", "обмен сорвался": fell through
    r"|\b(?:зірвал\w*|зірвався|сорвал\w*|сорвался)"
    # not "a suspended death sentence": a kind of sentence
    r"|\bsuspen(?:d|ds|ded|ding|sion)\b(?!\s+(?:death\s+)?(?:sentence|jail|prison|term))"
    # "the 620 prisoners whose release was postponed": told from the release noun on
    r"|\brelease\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:postponed|delayed"
    r"|suspended|halted|cancell?ed|held\s+up)"
)
# People freed outside the exchange reported ("under a separate deal with Thailand").
SEPARATE_DEAL_RE = Cue(
    r"\b(?:separate|unrelated|different|parallel)\s+(?:\w+\s+)?(?:deal|agreement|arrangement"
    r"|negotiations|track|channel)\b|\bокрем\w*\s+(?:домовленіст|угод)\w*|\bотдельн\w*\s+(?:договор|соглашен)\w*"
)
CORRECTION_RE = Cue(
    r"\b(?:correction|corrected\s+figure|originally\s+(?:gave|said|reported|stated)|incorrectly"
    r"|erroneous(?:ly)?|in\s+error|was\s+wrong|виправлення|уточнення:|исправление)\b"
)
# Cumulative or multi-day totals. STRONG cues also reach back over numbers in their clause.
CUMULATIVE_STRONG_RE = Cue(
    r"\b(?:in\s+total|(?<!\ba\s)total(?:s|led|ling)?|in\s+all|altogether|overall|so\s+far|to\s+date"
    r"|running\s+total|cumulative|brings?\s+the|bringing\s+the|bringing\s+(?:\w+\s+){0,3}to\s+\d"
    r"|over\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+days"
    r"|in\s+the\s+same\s+period|at\s+a\s+ratio\s+of"
    r"|(?:across|over|in)\s+all\s+(?:the\s+|its\s+|their\s+)?(?:stages|phases|rounds|tranches)"
    # "Israel freed roughly 1,800 Palestinians in that phase": a phase of weeks, told as one
    r"|(?:in|during|over|throughout)\s+(?:that|this|the\s+whole|the\s+entire)\s+phase\b"
    r"|\b(?:over|throughout)\s+the\s+(?:first\s+|second\s+|whole\s+)?phase\b"
    # "the first phase has brought back 33 hostages": what a phase or truce has done so far
    r"|(?:phase|truce|ceasefire|deal)\s+(?:has|had|have)\s+(?:so\s+far\s+|now\s+)?"
    r"(?:brought|returned|freed|released|seen)"
    r"|за\s+всіма\s+етапами|за\s+усіма\s+етапами|по\s+всем\s+этапам|во\s+всех\s+этапах"
    # "за все этапы удалось вернуть более тысячи", "за всі етапи": over every stage
    r"|за\s+(?:все|всі|усі)\s+(?:\w+\s+)?(?:этапы|етапи|раунды|раунди)"
    # "упродовж 2022 року з полону вдалося повернути майже 1600", "during 2023": a whole year
    r"|(?:упродовж|протягом|впродовж|в\s+течение|на\s+протяжении|за)\s+(?:19|20)\d\d\s+(?:року|рік|года|год)"
    r"|(?:during|throughout|over)\s+(?:the\s+(?:whole\s+)?year\s+)?(?:19|20)\d\d\b"
    r"|(?:now\s+)?(?:stands|stood)\s+at"  # "that figure now stands at 1,455": a tally
    r"|(?:during|over|throughout)\s+the\s+(?:\w+-day|\w+\s+days?)\s+(?:pause|truce|ceasefire)"
    r"|(?:a|the|its|that)\s+(?:week|\w+-day|\w+-week|month)-long\s+(?:pause|truce|ceasefire)"
    r"|in\s+(?:(?:those|these|the|the\s+first|the\s+last)\s+)?(?:two|three|four|five|\d+)\s+days"
    r"|took\s+(?:two|three|four|five|six|seven|several|\d+)\s+days"  # "took two days and freed"
    # "Taken together, the three days returned 1,000 people to each country"
    r"|taken\s+together|(?:the|those|these)\s+(?:two|three|four|five|six|seven|\d+)\s+days\s+"
    r"(?:returned|brought|freed|saw|yielded)"
    # "has brought home more than 70 Americans from abroad in four years": a tally
    r"|(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|several|\d+)\s+(?:years|months)"
    r"|(?:two|three|four|five|\d+)-day\s+(?:exchange|swap|operation|handover|period|process)"
    # "Nineteen Israelis have now come home under it": a running total
    r"|(?:have|has|had)\s+now\s+(?:been|come\s+(?:home|back)|returned|made\s+it\s+home)"
    r"|swaps|exchanges|previous\s+swaps"
    r"|общее\s+(?:число|количество)|загальн\w+\s+кількість"
    # "с учётом сегодняшних ста освобождены уже 3135": a tally that counts today's in
    r"|с\s+уч[её]том|з\s+урахуванням|counting\s+(?:today|this|the\s+latest)"
    r"|(?:number|total|число|количество|кількість)\s+(?:[\w-]+\s+){0,6}?(?:reached|rose\s+to"
    r"|stands?\s+at|достиг\w*|досягл\w*|сяга\w*)"
    r"|(?:had|have|has)\s+been\s+(?:\w+\s+){1,5}as\s+of"
    # "по состоянию на 7 августа удалось вернуть 2598": a tally as of a day
    r"|по\s+состоянию\s+на|станом\s+на"
    r"|(?:over|during|in)\s+(?:that|this|the\s+same)\s+period|(?:over|in)\s+the\s+course\s+of(?!\s+(?:the\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b)"
    r"|in\s+(?:several|multiple|many|a\s+series\s+of|two|three|four|five|six|\d+)\s+"
    r"(?:stages|phases|rounds|tranches|batches)"
    r"|from\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+(?:to|until|through)\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)"
    r"|with\s+(?:today['’]s|this|these|the\s+latest|this\s+latest|yesterday['’]s"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:\w+\s+)?"
    r"(?:group|swap|exchange|release|handovers?|returnees|releases|swaps|exchanges)"
    # "during the weeklong truce in which 105 hostages ... were released": the whole truce
    r"|(?:during|in|over|throughout)\s+the\s+(?:weeklong|week-long|\w+-day|entire|whole)\s+"
    r"(?:truce|ceasefire|pause))\b"
    r"|\b(?:(?:загалом|усього|всього)(?!\s+(?:того|цього)\s+дня)"  # not "загалом того дня"
    r"|за\s+(?:(?:перші|первые|останні|последние)\s+)?(?:два|три|чотири|четыре|п['’ʼ]ять|пять"
    r"|\d+)\s+дн\w*|триденн\w*"
    # not "всего десять дней назад": only ten days ago
    r"|дводенн\w*|всего(?!\s+(?:[\w-]+\s+){0,3}?(?:назад|спустя|через))|итого|в\s+общей\s+сложности|за\s+(?:два|три|четыре|\d+)\s+дн\w*"
    r"|тр[её]хдневн\w*|обмінів|обменов"
    # "обмен шёл в несколько этапов в течение нескольких дней": stages over several days
    r"|(?:в|у)\s+(?:несколько|кілька|декілька|два|три|чотири|четыре)\s+(?:этап|етап)\w*"
    r"|(?:в\s+течение|протягом)\s+(?:нескольких|кількох|декількох)\s+дн\w*"
    # "наш лічильник показував 3 569 повернутих": a counter of all returned
    r"|лічильник\w*|сч[её]тчик\w*|tally|tallies"
    # "за последнюю неделю из плена вернулись 98": a week's tally
    r"|за\s+(?:(?:последн|прошедш|минул|останн)\w+\s+)?(?:неделю|тиждень|месяц|місяць)"
    # "только за январь 2024 года вернулись 443": a month's tally
    r"|за\s+(?:весь\s+|увесь\s+|цілий\s+)?(?:январь|февраль|март|апрель|май|июнь|июль|август"
    r"|сентябрь|октябрь|ноябрь|декабрь|січень|лютий|березень|квітень|травень|червень|липень"
    r"|серпень|вересень|жовтень|листопад|грудень)(?!\w)"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|few\s+days)"
    # "підрахували, що завдяки їхньому посередництву звільнено 1994": all a mediator's swaps
    # (whose mediation it was: not "благодаря посредничеству ОАЭ из плена вернулись 84", one swap)
    r"|підрахува\w*|подсчита\w*|завдяки\s+(?:їхньому|його|її|нашому)\s+посередництву"
    r"|благодаря\s+(?:их|его|её|ее|нашему)\s+посредничеству"
    # ("the UAE said its mediation had by then freed 1,788": a mediator's record)
    r"|(?:its|their)\s+mediation"
    # "за рік з полону повернуто 1 358 людей": a year's tally
    r"|за\s+(?:(?:цей|минулий|весь|увесь|этот|прошлый)\s+)?(?:рік|год)"
    r"|за\s+(?:19|20)\d\d\s+(?:рік|год)"
    r"|over\s+the\s+(?:past\s+|last\s+|whole\s+)?year|in\s+the\s+(?:past|last)\s+year)\b"
)
CUMULATIVE_WEAK_RE = Cue(
    r"\b(?:since(?!\s+then)|before\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|together\s+with\s+(?:the\s+)?(?:earlier|previous|past|prior|those|these|other|all)\b"
    r"|разом\s+(?:із|з)\s+(?:попередн\w*|раніше|минул\w*|тими|цими|усіма|всіма|іншими)"
    r"|від\s+(?:19|20)\d\d|з\s+(?:19|20)\d\d\s+року|с\s+(?:19|20)\d\d\s+года"
    r"|(?:від|з|із|с|от)\s+[а-яіїєґё]{3,9}\s+(?:19|20)\d\d\s+(?:року|года)"  # "с февраля 2022 года"
    r"|вже\s+понад|уже\s+понад|уже\s+(?:более|свыше)"
    # "це вже 49-й обмін. До нього ... вдалося повернути 2598 людей": all the swaps before it
    r"|до\s+(?:нього|него|цього|этого)(?=\s*,(?!\s*\d))"  # (not "До этого, 25 июня, ...")
    r"|від\s+початку|з\s+початку|із\s+березня|с\s+начала"
    r"|к\s+началу|до\s+початку\s+(?:19|20)\d\d|by\s+the\s+(?:start|beginning)\s+of"
    # "с 24 февраля из плена удалось вернуть 1 138": since a day (not "с 5 по 7 июня")
    r"|(?:з|із|с|від|от)\s+\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня"
    r"|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа"
    r"|сентября|октября|ноября|декабря)(?!\s+(?:по|до)\s)(?!\s*[—–-]\s*\d)"
    # "Россия уже передала около 7 тысяч тел": a round figure handed over already, a tally
    r"|(?:уже|вже)\s+(?:передал\w*|передав|повернул\w*|вернул\w*|возвратил\w*)\s+(?:около"
    r"|порядка|близько|приблизно|понад|более|свыше|больше)"
    r"|already\s+(?:handed\s+over|returned|repatriated|released|freed)\s+(?:about|around|some"
    r"|roughly|nearly|over|more\s+than))\b"
)
DURATION_BEFORE_SINCE_RE = Cue(
    r"(?:held|in\s+captivity|captive|detained|captured|jailed|imprisoned|custody|serving|missing"
    # "заложников, удерживавшихся в секторе Газа с 7 октября": held since, not a tally
    r"|удержива\w*|удерживаем\w*|утримува\w*|утримуван\w*|плену|полоні|неволе|неволі)"
    r"\s+(?:\w+\s+){0,4}$"
)
SUBSET_RE = Cue(
    r"\b(?:includ(?:ed|ing|es|e)|among(?:st)?(?!\s+the\s+(?:\w+est|most|biggest|largest)\b)"
    r"|of\s+(?:them|whom|those|these)"
    r"|серед|з\s+них|із\s+них|у\s+тому\s+числі|зокрема|среди|из\s+них|в\s+том\s+числе"
    r"|включая|включно\s+з|включаючи)\b"
)
ADDITIVE_RE = Cue(
    r"\b(?:in\s+addition|also|as\s+well(?!\s+as)|additionally|plus|separately"
    rf"|{THREW_IN}"
    # "on top of that", "On top of the agreed numbers, Moscow released 22 wounded"
    r"|on\s+top\s+of\s+(?:that|this|the\s+(?:\w+\s+){0,2}?(?:numbers?|figures?|swap|exchange))"
    r"|in\s+a\s+separate|outside\s+the\s+(?:main\s+)?(?:exchange|swap)|поза\s+обмін\w*|вне\s+обмена"
    r"|також|теж|также|тоже|кроме\s+(?:того|этого)|крім\s+(?:того|цього)|окремо|додатково"
    r"|отдельно|дополнительно|сверх\s+(?:того|этого)|помимо\s+(?:того|этого)|понад\s+(?:те|це)"
    r"|вдобавок|на\s+додачу"
    # "the remaining 13 hostages were handed over, hours after the first seven": a second batch
    # (said with its noun: "the remaining 13 were handed over" has no side of its own)
    r"|the\s+remaining(?=\s+[\w,]+\s+(?:[a-z]+\s+)?(?:hostages|captives|prisoners|detainees))"
    # "The second group, 13 hostages, has been handed over"
    r"|the\s+(?:second|third|next|last|final)\s+(?:group|batch)"
    # "вместе с военными Киев передал России восемь жителей": more people than the soldiers
    r"|вместе\s+с\s+(?:военн|военнопленн|военнослужащ)\w*|разом\s+(?:з|із)\s+(?:військов|полонен)\w*)\b"
)
BODY_WORD_RE = Cue(  # "тела", not "телефонного", "телеканал"
    r"\b(?:bodies|remains|corpses|coffins?)\b"
    r"|\b(?:тіл(?:о|а|ом|ами|ах)?|тел(?:о|а|ами|ах)?|останк\w*)\b"
)
# "from (the) Russia", "з України": the side a thing comes from, right before its name
FROM_BEFORE_RE = Cue(r"\b(?:from|з|із|зі|из|с)\s+(?:the\s+)?$")
# "..., and Russia 24", "..., а Россия — 248": the joints before a side whose verb is left out
GAP_JOINT = r"(?:and|а|і|й|и|та|while|whereas)"
HOME_RE = Cue(r"\b(?:home|homeland|на\s+родину|додому|домой|на\s+батьківщину)\b")
AFTER_CLAUSE_RE = Cue(r"^\W*(?:(?:\w+\s+){0,2}(?:days?|hours?|weeks?)\s+)?(?:after|before)\b")
ANAPHORA_RE = Cue(
    r"\b(?P<same>the\s+same\s+number|an?\s+equal\s+number|equal\s+number|same\s+number"
    r"|as\s+many(?!\s+as)|столько\s+же|стільки\s+ж|стільки\s+само|таку\s+саму\s+кількість"
    r"|таку\s+ж\s+кількість|такое\s+же\s+количество|такое\s+же\s+число|таке\s+саме\s+число"
    r"|стільки\s+само|равное\s+количество|рівну\s+кількість)"
    r"|\b(?P<similar>an?\s+similar\s+number|a\s+comparable\s+number|an?\s+(?:unspecified|undisclosed"
    r"|unknown)\s+number|невизначен\w*\s+кількість|невідом\w*\s+кількість|неназван\w*\s+кількість"
    r"|неизвестн\w*\s+количеств\w*|неназванн\w*\s+количеств\w*)"
)
RETURN_CUE_RE = Cue(
    r"\b(?:in\s+return|in\s+exchange|взамен|в\s+ответ|в\s+обмен|натомість|у\s+відповідь"
    r"|(?:в|у)\s+обмін)\b"
)
# "in exchange for 55 Russians", "в обмен на": what a group was given for
IN_EXCHANGE_FOR = r"(?:(?:in\s+(?:an\s+)?exchange|in\s+return)\s+for|(?:в|у)\s+обм(?:ін|ен)\s+на)"
# "each side", "обидві сторони": both sides as the subject of a handover
EACH_SIDE = (
    r"(?:each\s+(?:side|country)|both\s+sides|the\s+two\s+sides|кожна\s+(?:зі?\s+)?сторін\w*"
    r"|кожна\s+сторона|обидві\s+сторони|каждая\s+(?:из\s+)?сторон\w*|обе\s+стороны)"
)
EACH_RE = Cue(
    r"\b(?:apiece|per\s+side|a\s+side(?=\s*(?:[,.;:)—–]|$))|each\s+way|in\s+each\s+direction|on\s+each\s+side|from\s+each\s+side"
    r"|on\s+both\s+sides|each\s+side|each\s+country|each(?=\s*(?:[,.;)]|$|on\b|in\b|from\b|at\b|to\b"
    r"|handed|released|freed|swapped|exchanged|returned|sent|received|gave|released))"
    r"|кожна\s+сторона|кожен\s+бік|з\s+кожного\s+боку|з\s+обох\s+боків|с\s+каждой\s+стороны"
    r"|каждая\s+сторона|с\s+обеих\s+сторон|обидві\s+сторони|обе\s+стороны"
    # "the servicemen of both sides were handed over": the people of each side
    r"|of\s+both\s+sides|of\s+each\s+side|обох\s+сторін|обеих\s+сторон"
    # "Россия и Украина обменялись 150 военнослужащими каждая": each of the two countries
    r"|(?<=\s)(?:каждая|кожна)(?=\s*(?:[,.;)]|$)))"
)
FOR_EACH_RATIO_RE = Cue(
    r"\bfor\s+(?:each|every)\s+(?!side|way|direction|country)\w+|\bfor\s+every\s+(?:additional\s+)?\d"
)
# "all of them are privates and sergeants": every person in the group is military.
# "the freed" as a genitive plural ("58 звільнених — працівники МВС", "жінок серед
# освобождённых"): figures about the people a story already counted
THE_FREED_GENITIVE = frozenset(
    "звільнених визволених повернених повернутих освобождённых освобожденных вернувшихся "
    "обменянных".split()
)
THE_FREED_RE = Cue(rf"\b(?:{'|'.join(sorted(THE_FREED_GENITIVE))})\b")
ALL_MILITARY_RE = Cue(
    r"\b(?:all|entirely|exclusively|every\s+one|everyone|each\s+of|only|всі|усі|лише|тільки|все|только)\b"
    r"(?:[^.;]{0,60}?)\b(?:privates?|sergeants?|servicem[ae]n|soldiers|troops|military|rank"
    r"|рядового|сержантськ\w*|військов\w*|военнослужащ\w*|рядов\w*|сержантск\w*)"
    # "two of them were officers and the rest privates and sergeants": ranks for everyone
    r"|\bofficers?\b[^.;]{0,40}?\b(?:and\s+)?the\s+(?:rest|others|remainder)\s+(?:were\s+)?"
    r"(?:privates|soldiers|rank-and-file|enlisted)"
    r"|\bофіцер\w*[^.;]{0,40}?\b(?:решта|інші)\s+(?:[—–-]\s+)?(?:рядов|сержант)\w*"
    r"|\bофицер\w*[^.;]{0,40}?\b(?:остальные|прочие)\s+(?:[—–-]\s+)?(?:рядов|сержант)\w*"
)
AGREEMENT_RE = Cue(
    r"\b(?:agreed|agree|agrees|agreement|agreements|deal|arrangements?|understandings|accord"
    r"|formula|format|struck|reached|concluded|signed)\b"
    r"|\b(?:домовил|домовленост|домовленіст|угод|узгоджен|договорил|договор[её]нност|соглашени|формат|формул)\w*"
)
TALKS_RE = Cue(
    r"\b(?:talks|meeting|negotiations|summit)\b|\b(?:переговор|перемовин|перемови|зустріч|встреч)\w*"
)
CEASEFIRE_GOVERNS_RE = Cue(
    r"\b(?:under|of)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:ceasefire|truce)\b"
    r"|\b(?:ceasefire|truce)\s+(?:that\s+)?(?:took\s+effect|began|came\s+into\s+force|took\s+hold)"
    r"|\bsince\s+the\s+(?:ceasefire|truce)\s+began"
)
# "the last of three days of a 1,000-for-1,000 exchange", "the second day of the three-day
# exchange": what follows is the whole exchange, not the part told
_PART_OF = (
    r"\b(?:(?:first|second|third|fourth|last|final|opening|closing)\s+)?"
    r"(?:days?|stages?|parts?|phases?|rounds?|tranches?|legs?|batch(?:es)?)\s+of\s+(?:the|an?)\s*$"
)
PART_OF_BEFORE_RE = Cue(_PART_OF)
PROGRAM_BEFORE_RE = Cue(
    r"(?:\b(?:the|their|its|our|this|agreed|format|formula|формат\w*|формул\w*)\s*[«\"“]?|[«\"“])\s*$"
    rf"|{_PART_OF}"
)
PROGRAM_AFTER_RE = Cue(
    r"^\s*[»\"”]?\s*(?:prisoner\s+)?(?:deal|format|formula|basis|formula|agreement|plan|scheme"
    r"|formats?)\b"
)
VENUES = {
    "istanbul": "Istanbul",
    "стамбул": "Istanbul",
    "doha": "Doha",
    "доха": "Doha",
    "cairo": "Cairo",
    "каїр": "Cairo",
    "каир": "Cairo",
    "abu dhabi": "Abu Dhabi",
    "абу-дабі": "Abu Dhabi",
    "абу-даби": "Abu Dhabi",
    "riyadh": "Riyadh",
    "jeddah": "Jeddah",
    "geneva": "Geneva",
    "женев": "Geneva",
    "minsk": "Minsk",
    "мінськ": "Minsk",
    "минск": "Minsk",
    "ankara": "Ankara",
    "antalya": "Antalya",
    "dubai": "Dubai",
    "vienna": "Vienna",
    "helsinki": "Helsinki",
    "muscat": "Muscat",
    "oslo": "Oslo",
    "baku": "Baku",
    "yerevan": "Yerevan",
}
VENUE_RE = Cue(
    r"\b(?:" + "|".join(re.escape(v) for v in sorted(VENUES, key=len, reverse=True)) + r")\w*"
)
FURNITURE_RE = Cue(
    r"^\s*(?:related|read\s+more|read\s+also|see\s+also|more\s+on\s+this|views?|shares?|comments?"
    r"|follow\s+us|subscribe|sign\s+up|advertisement|photo|image|caption|watch|listen"
    r"|читайте\s+також|читайте\s+также|дивіться\s+також|смотрите\s+также|фото|реклама)\b\s*[:|]"
)

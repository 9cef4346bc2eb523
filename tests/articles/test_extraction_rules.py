"""Claim-building rules, each in a phrasing of our own: short articles in, releases out."""

from __future__ import annotations

import datetime

import pytest

from articles.extraction import extract

PUBLISHED = datetime.date(2024, 3, 9)  # a Saturday


def releases(body: str, published: datetime.date = PUBLISHED) -> set[tuple]:
    result = extract(f"Published: {published.isoformat()}\nHeadline\n\n{body}")
    return {(r.date, r.released_by, r.received_by, r.count) for r in result.releases}


def categories(body: str, released_by: str) -> dict[str, int]:
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    return next(r.categories for r in result.releases if r.released_by == released_by)


def bodies(body: str) -> set[tuple]:
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    return {(r.date, r.released_by, r.received_by, r.count) for r in result.bodies}


FRIDAY = datetime.date(2024, 3, 8)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the future verb is about what happens to them afterwards
            "Kyiv said 40 Ukrainian soldiers were freed by Russia on Friday and would be taken "
            "to hospitals in the Chernihiv region for rehabilitation.",
            {(FRIDAY, "Russia", "Ukraine", 40)},
        ),
        (  # the future verb governs the release
            "Kyiv said 40 Ukrainian soldiers would be freed by Russia next week.",
            set(),
        ),
        (  # a negation before the verb governs it
            "Officials said 40 Ukrainian soldiers had not been freed by Russia on Friday.",
            set(),
        ),
    ],
)
def test_a_future_or_negative_word_blocks_only_the_handover_it_governs(body, expected):
    assert releases(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Kyiv has offered to hand over 12 Russian conscripts in exchange for Ukrainian medics.",
        "Moscow made a commitment to return 60 Ukrainian prisoners before the summer.",
        "The prison service is preparing to release 25 Palestinian detainees from Israeli jails.",
    ],
)
def test_offers_commitments_and_preparations_are_not_releases(body):
    assert releases(body) == set()


def test_a_running_total_over_a_period_is_not_a_release():
    body = (
        "Russia and Ukraine swapped 60 prisoners each on Friday. More than 3,000 Ukrainians "
        "have come home over that period, officials said."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 60)}


def test_the_largest_swap_so_far_is_not_a_running_total():
    body = (
        "Russia and Ukraine swapped 60 prisoners each on Friday. The exchange of 3 January, "
        "the biggest of the war to date, saw 230 Ukrainians come home."
    )
    assert (datetime.date(2024, 1, 3), "Russia", "Ukraine", 230) in releases(body)


def test_a_slavic_return_from_captivity_makes_its_subject_the_receiver():
    body = "У п'ятницю Україна повернула з російського полону 60 своїх захисників, повідомив Зеленський."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_unnamed_people_freed_from_captivity_belong_to_the_storys_side():
    body = (
        "Ukraine brought home 60 soldiers from Russian captivity on Friday. Russia's defence "
        "ministry said it had received 60 of its servicemen. In the previous exchange, on "
        "February 8, another 100 soldiers were freed from captivity."
    )
    assert (datetime.date(2024, 2, 8), "Russia", "Ukraine", 100) in releases(body)


def test_a_sentence_opening_on_its_date_dates_the_paragraph():
    body = (
        "Mothers have waited at the border crossing for weeks.\n\n"
        "On Thursday, the wait was over for some of them. Sixty Ukrainian soldiers were released "
        "by Russia, the ombudsman said."
    )
    assert releases(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 60)}


def test_a_future_scene_does_not_date_what_follows():
    body = (
        "Russia released 60 Ukrainian soldiers on Friday.\n\n"
        "Tomorrow a new round is to take place. Zelensky thanked the mediators and said the "
        "aim was to free every prisoner from captivity."
    )
    assert {r[0] for r in releases(body)} == {FRIDAY}


def test_groups_after_a_colon_break_down_the_group_before_it():
    body = (
        "On Friday 60 Ukrainians were released from Russian captivity in the first swap this "
        "year: 52 soldiers and 8 civilians. In return Kyiv handed over 60 Russian servicemen."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 60)}
    assert categories(body, "Russia") == {"military": 52, "civilian": 8}


def test_each_group_takes_its_own_verbs_subject():
    body = "On Friday Hamas freed two hostages and Israel let 30 Palestinian detainees go."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 2), (FRIDAY, "Israel", "Hamas", 30)}


def test_in_israel_hamas_stories_hostages_come_from_hamas():
    body = (
        "Israel freed 30 Palestinian prisoners on Friday under the truce. Hours earlier, six "
        "hostages were handed to the Red Cross in Rafah, the army said."
    )
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 30), (FRIDAY, "Hamas", "Israel", 6)}


def test_a_weekday_before_a_date_is_that_date():
    body = "The exchange took place on Monday, March 4. Russia released 60 Ukrainian soldiers."
    assert releases(body) == {(datetime.date(2024, 3, 4), "Russia", "Ukraine", 60)}


def test_a_list_item_ends_the_scope_of_including():
    body = (
        "On Friday Ukraine brought home 60 of its citizens from Russian captivity. They were:\n"
        "- 50 military personnel, including 3 women\n"
        "- 10 civilians"
    )
    assert categories(body, "Russia") == {"military": 50, "civilian": 10, "women": 3}


def test_an_equal_number_of_people_copies_the_count_not_the_kinds():
    body = (
        "On Friday Russia released 60 Ukrainian servicemen. Ukraine handed over an equal "
        "number of people in return."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 60)}
    assert categories(body, "Ukraine") == {}


def test_an_exchange_that_took_place_the_same_day_without_numbers_is_undisclosed():
    body = (
        "Ukraine received the remains of 500 soldiers on Friday. A swap of wounded prisoners "
        "with Russia took place on the same day, though neither side gave figures."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", None),
        (FRIDAY, "Ukraine", "Russia", None),
    }


def test_people_who_regained_their_freedom_were_released():
    body = "On Friday 44 Ukrainian sailors regained their freedom after a swap with Russia."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 44)}


def test_one_figure_for_soldiers_and_civilians_is_no_category():
    body = "On Friday Russia released 44 Ukrainian soldiers and civilians, Kyiv said."
    assert categories(body, "Russia") == {}


def test_a_headline_that_names_the_swap_itself_is_not_a_deal():
    result = extract(
        "Published: 2024-03-09\nRussia, Ukraine trade prisoners: 44 for 44\n\n"
        "Russia and Ukraine exchanged 44 prisoners each on Friday, officials said."
    )
    assert result.agreement is None


def test_people_freed_under_a_separate_deal_are_not_part_of_the_exchange():
    body = (
        "On Friday Hamas freed 12 Israeli hostages and Israel released 36 Palestinian prisoners. "
        "Four Nepali workers were also freed under a separate arrangement with Qatar."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 12), (FRIDAY, "Israel", "Hamas", 36)}


def test_one_named_person_for_another():
    body = (
        "Anna Kovacs, a Hungarian-American nurse, flew home on Friday after Russia freed her in "
        "exchange for Pavel Orlov, a Russian businessman held in the United States."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_a_named_person_joined_to_a_group_adds_one():
    body = (
        "On Friday Ukraine handed over 40 Russian soldiers as well as the former mayor Ivan "
        "Sokolov, and Russia released 41 Ukrainian servicemen."
    )
    assert (FRIDAY, "Ukraine", "Russia", 41) in releases(body)
    assert categories(body, "Ukraine") == {"military": 40}


def test_a_figure_shared_by_many_countries_has_no_direction():
    body = (
        "Russia freed 12 Americans on Friday. The 2024 swap in Ankara involved 26 people and "
        "seven countries."
    )
    assert releases(body) == {(FRIDAY, "Russia", "United States", 12)}


def test_a_fronted_after_clause_does_not_block_the_main_clause():
    body = (
        "On Friday, after mediators stepped in, 12 Israeli hostages were handed over by Hamas. "
        "Israel freed 36 Palestinian prisoners the same evening."
    )
    assert (FRIDAY, "Hamas", "Israel", 12) in releases(body)


def test_two_groups_of_people_joined_by_and_add_up():
    body = "On Friday Hamas freed 12 Israelis and three Nepali nationals, the army said."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 15)}


def test_a_breakdown_after_a_participle_keeps_the_groups_direction():
    body = (
        "On Friday Hamas freed 12 Israeli hostages. The 36 Palestinian prisoners released in "
        "return, ten women and 26 minors, reached Ramallah at night."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    to_hamas = next(r for r in result.releases if r.received_by == "Hamas")
    assert (to_hamas.count, to_hamas.categories) == (36, {"women": 10, "minors": 26})


def test_what_can_happen_is_not_a_release():
    body = "Russia released 60 Ukrainian soldiers on Friday. Kyiv can release 40 more next week."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_a_bare_figure_with_its_own_destination():
    body = "On Friday Ukraine received 400 bodies of its soldiers and returned 30 to Russia."
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert {(b.released_by, b.received_by, b.count) for b in result.bodies} == {
        ("Russia", "Ukraine", 400),
        ("Ukraine", "Russia", 30),
    }


def test_an_exchange_reported_beside_a_handover_of_remains():
    body = (
        "Russia and Ukraine carried out a new stage of their prisoner exchange on Friday, and "
        "on the same day returned the remains of fallen soldiers. No figures were given."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", None),
        (FRIDAY, "Ukraine", "Russia", None),
    }


def test_a_further_group_in_the_same_sentence_adds_up():
    body = (
        "On Friday Moscow said it had received 120 Russians from Kyiv in the main exchange and a further "
        "12 wounded prisoners as a goodwill gesture."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 132)}


def test_a_headline_each_figure_fills_a_body_without_figures():
    result = extract(
        "Published: 2024-03-09\nRussia and Ukraine swap 30 prisoners each\n\n"
        "The two countries carried out the exchange on Friday, officials in Kyiv and Moscow said."
    )
    assert {(r.released_by, r.count) for r in result.releases} == {("Russia", 30), ("Ukraine", 30)}


def test_a_difference_between_the_sides_is_not_a_handover():
    body = (
        "On Friday Russia released 60 Ukrainian soldiers and Ukraine handed over 59 Russian "
        "servicemen, so Russia got back one person fewer than it gave."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 59)}


def test_an_untold_figure_in_return_is_undisclosed_not_denied():
    body = (
        "Ukraine brought home 60 soldiers from Russian captivity on Friday. Kyiv did not say "
        "how many Russian prisoners were handed over in return."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (FRIDAY, "Ukraine", "Russia", None),
    }


def test_a_mediator_is_neither_releaser_nor_destination():
    body = (
        "On Friday Russia handed over 60 Ukrainian prisoners in an exchange mediated by the "
        "United Arab Emirates. Hours later 60 Russian soldiers were flown home from Kyiv."
    )
    assert (FRIDAY, "Russia", "Ukraine", 60) in releases(body)
    assert all("UAE" not in key for key in releases(body))


def test_the_day_of_a_capture_is_not_the_day_of_a_release():
    body = (
        "Israel freed 30 Palestinian prisoners on Friday. The hostages, abducted from their "
        "homes on Oct. 7, were handed to the Red Cross and driven into Egypt."
    )
    dates = {key[0] for key in releases(body)}
    assert datetime.date(2023, 10, 7) not in dates and datetime.date(2024, 10, 7) not in dates


def test_a_future_swap_gives_no_exchange_that_took_place():
    body = (
        "Russia released 60 Ukrainian soldiers on Friday. Kyiv's offensive, which began on "
        "March 1, gives it leverage for future swaps."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_figures_and_dates_given_respectively():
    body = (
        "Russia and Ukraine swapped 60 prisoners each on Friday, after Russia freed 40, 30 and "
        "20 Ukrainian prisoners on Jan. 5, Jan. 19 and Feb. 2 respectively."
    )
    assert {
        (datetime.date(2024, 1, 5), "Russia", "Ukraine", 40),
        (datetime.date(2024, 1, 19), "Russia", "Ukraine", 30),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 20),
    } <= releases(body)


def test_mothers_are_women():
    body = "Hamas freed seven Israeli hostages on Friday, five children and two of their mothers."
    assert categories(body, "Hamas") == {"minors": 5, "women": 2}


def test_civilians_among_those_freed_are_a_category():
    body = (
        "Russia released 60 Ukrainians on Friday. Kyiv said those freed included soldiers of "
        "several brigades as well as three civilians."
    )
    assert categories(body, "Russia") == {"civilian": 3}


def test_people_given_in_exchange_whatever_they_are_called():
    body = (
        "On Friday Venezuela released four Americans, including two engineers, in exchange "
        "for two cousins of a senior official jailed in the United States."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 4),
        (FRIDAY, "United States", "Venezuela", 2),
    }


def test_a_timeline_of_bare_figures():
    body = (
        "Russia released 60 Ukrainian soldiers on Friday. Earlier swaps this year, with the "
        "number of Ukrainians who came home from Russian captivity each time:\n"
        "- Jan 5: 40 returned\n"
        "- Feb 2: 30 returned, after a pause of almost a month"
    )
    assert {
        (datetime.date(2024, 1, 5), "Russia", "Ukraine", 40),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 30),
    } <= releases(body)


def test_a_participles_subject_is_the_sentences():
    body = (
        "Ukraine ended the week with a prisoner swap with Russia on Friday, bringing home 60 "
        "soldiers."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_today_in_a_quotation_is_the_day_it_was_said():
    body = (
        '"Today 60 of our soldiers came home from Russian captivity," Zelensky wrote on Thursday '
        "evening. Russia said it got back 60 of its servicemen."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 7), "Russia", "Ukraine", 60),
        (datetime.date(2024, 3, 7), "Ukraine", "Russia", 60),
    }


def test_a_total_with_todays_group_is_a_running_total():
    body = (
        "Russia released 60 Ukrainian soldiers on Friday. With today's group, 3,100 people "
        "have been brought home, the ombudsman said."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_a_group_described_as_all_of_one_kind():
    body = (
        "On Friday Hamas freed 12 Israeli hostages and Israel released 36 Palestinian prisoners, "
        "all of them minors, from a military prison near Ramallah."
    )
    assert categories(body, "Israel") == {"minors": 36}
    assert categories(body, "Hamas") == {}


def test_a_qualified_noun_after_an_adverb_and_a_participle():
    body = "On Friday Hamas freed three visibly exhausted hostages and Israel let 90 prisoners go."
    assert (FRIDAY, "Hamas", "Israel", 3) in releases(body)


def test_a_revised_figure_replaces_the_first_report():
    body = (
        "Early reports from Kyiv on Friday put the number of Ukrainians freed by Russia at 60. "
        "That figure was later revised to 72 once the wounded had crossed the border."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    release = next(r for r in result.releases if r.received_by == "Ukraine")
    assert release.count == 72
    assert any(a["value"] == 60 for a in release.alternatives)


def test_a_deal_to_exchange_n_prisoners_for_n():
    result = extract(
        "Published: 2024-03-09\nHeadline\n\nThe Kremlin said Putin had agreed that Russia and "
        "Ukraine would exchange 60 prisoners for 60. Russia released 60 Ukrainians on Friday."
    )
    assert result.agreement is not None and result.agreement.target_per_side == 60


def test_the_last_one_is_not_the_number_one():
    body = (
        "Russia released 60 Ukrainian soldiers on Friday. The last one, on Feb. 2, returned "
        "40 Ukrainian soldiers."
    )
    assert (datetime.date(2024, 2, 2), "Russia", "Ukraine", 40) in releases(body)
    assert all(key[3] != 1 for key in releases(body))


def test_people_killed_are_not_released():
    body = (
        "Hamas freed three Israeli men on Friday. One man's wife and two daughters were killed "
        "in the attack, news he received only after he was freed."
    )
    assert categories(body, "Hamas") == {}


def test_the_same_number_copies_the_whole_figure_not_its_last_part():
    body = (
        "On Friday 60 Ukrainian soldiers came home from Russian captivity. The army said 40 of "
        "the returnees were its troops.\n\nThe Russian side received the same number."
    )
    assert (FRIDAY, "Ukraine", "Russia", 60) in releases(body)


def test_a_further_group_keeps_the_direction_of_the_group_before():
    body = (
        "On Friday 50 soldiers were freed from Russian captivity under the exchange, and a "
        "further 10 came home to Ukraine outside it, Kyiv said."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_women_and_boys_named_alone_add_up():
    body = "Israel released 12 Palestinian women and 18 teenage boys on Friday, officials said."
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 30)}


def test_a_pause_of_several_days_is_not_a_running_total():
    body = (
        "Hamas freed 12 hostages on Friday, the first day of a four-day pause, and Israel "
        "released 36 Palestinian prisoners hours later."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 12), (FRIDAY, "Israel", "Hamas", 36)}


def test_people_named_as_remains_are_bodies():
    body = (
        "Russia freed 60 Ukrainian soldiers on Friday. Russia also handed over the bodies of "
        "Tom Reed and Sam Hale, two British volunteers killed in January."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert {r.count for r in result.releases} == {60}


def test_sent_back_is_a_release():
    body = (
        "Russia and Ukraine exchanged 60 prisoners of war each on Friday, and Moscow sent back a "
        "further 8 badly wounded Ukrainian servicemen outside the swap."
    )
    assert (FRIDAY, "Russia", "Ukraine", 68) in releases(body)


def test_a_separate_arrangement_between_the_same_sides_still_counts():
    body = (
        "Russia and Ukraine each handed over 60 prisoners of war on Friday. Under a separate "
        "arrangement Moscow also released 8 badly wounded Ukrainian soldiers."
    )
    assert (FRIDAY, "Russia", "Ukraine", 68) in releases(body)


def test_figures_over_the_days_of_a_truce_are_totals():
    body = (
        "Hamas freed 12 hostages on Friday. Over the first four days, Hamas freed 50 Israeli "
        "hostages, and Israel released 150 Palestinian prisoners during the four-day pause."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 12)}


def test_a_swap_that_took_place_under_a_formula_has_that_size():
    result = extract(
        "Published: 2024-03-09\nHeadline\n\nRussia released 60 Ukrainian soldiers on Friday. "
        'The previous exchange took place on February 2 under the "40 for 40" formula.'
    )
    keys = {(r.date, r.released_by, r.count) for r in result.releases}
    assert {
        (datetime.date(2024, 2, 2), "Russia", 40),
        (datetime.date(2024, 2, 2), "Ukraine", 40),
    } <= keys
    assert result.agreement is None or result.agreement.target_per_side != 40


def test_a_date_range_is_no_figure_each():
    result = extract(
        "Published: 2025-05-07\nОбмін\n\nУ вівторок Росія та Україна обміняли по 205 полонених. "
        "Перемир'я має діяти з 8 по 10 травня."
    )
    assert result.agreement is None or result.agreement.target_per_side != 10


def test_a_side_reporting_the_return_of_people_receives_them():
    body = (
        "On Friday Russia said it had got back 40 of its servicemen from Kyiv. The Ukrainian side "
        "reported the return of 60 people."
    )
    assert (FRIDAY, "Russia", "Ukraine", 60) in releases(body)


def test_the_opening_sentences_day_dates_a_swap_reported_later():
    body = (
        "Ukraine marked a national holiday on Friday without parades.\n\n"
        "Officials spoke of the war and the economy.\n\n"
        "The holiday brought good news for families: 60 defenders came home from Russian "
        "captivity, Kyiv said."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_ranks_given_with_a_dash_add_up_to_the_soldiers():
    body = (
        "У пятницу из российского плена вернулись 60 украинцев. Среди них 12 офицеров, а "
        "остальные 48 - солдаты и сержанты."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nЗаголовок\n\n{body}")
    release = next(r for r in result.releases if r.received_by == "Ukraine")
    assert release.categories == {"military": 60}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the only side named is Ukraine: its captors are Russia's
            "Sixty-two Ukrainian defenders came home from captivity on Friday, the "
            "Coordination Headquarters for prisoners of war said.",
            {(FRIDAY, "Russia", "Ukraine", 62)},
        ),
        (
            "Two Russian soldiers came home from captivity on Friday, the defence ministry in "
            "Moscow said.",
            {(FRIDAY, "Ukraine", "Russia", 2)},
        ),
        (
            "Twelve Armenian servicemen returned home from captivity on Friday.",
            {(FRIDAY, "Azerbaijan", "Armenia", 12)},
        ),
        (  # a side that is named wins over the usual counterpart
            "Russia released two American citizens on Friday.",
            {(FRIDAY, "Russia", "United States", 2)},
        ),
    ],
)
def test_a_lone_side_exchanges_with_its_usual_counterpart(body, expected):
    assert releases(body) == expected


def test_the_usual_counterparts_are_data_that_a_table_can_change():
    from articles.extraction import PartyTable

    body = "Sixty-two Ukrainian defenders came home from captivity on Friday."
    result = extract(
        f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}",
        parties=PartyTable(counterparts={}),
    )
    assert result.releases == []


@pytest.mark.parametrize(
    "body",
    [
        "Four medics from Kharkiv were among the 90 Ukrainian soldiers who came home from Russian "
        "captivity on Friday, the city council said.",
        "Three women from Odesa are among the 90 Ukrainians Russia freed on Friday.",
    ],
)
def test_a_figure_among_a_larger_one_is_part_of_it(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The United States freed four Iranians on Friday.",
            {(FRIDAY, "United States", "Iran", 4)},
        ),
        ("Russia released three Germans on Friday.", {(FRIDAY, "Russia", "Germany", 3)}),
    ],
)
def test_people_named_by_nationality_are_people(body, expected):
    assert releases(body) == expected


def test_a_part_of_the_people_who_came_home_is_a_category_across_the_relative_clause():
    body = (
        "Russia and Ukraine swapped 60 prisoners each on Friday. Kyiv said 52 of the "
        "Ukrainians who were freed were soldiers and eight were civilians."
    )
    assert categories(body, "Russia") == {"military": 52, "civilian": 8}


def test_n_of_them_with_a_kind_is_a_category_of_the_group_before():
    body = "Israel freed 40 Palestinian prisoners on Friday, 25 of them teenagers and six women."
    assert categories(body, "Israel") == {"minors": 25, "women": 6}


@pytest.mark.parametrize(
    "body",
    [
        "У п'ятницю з полону повернулися 60 українців: 52 рядових і сержантів та 8 цивільних.",
        "У п'ятницю з полону повернулися 60 українців: 52 військових. Разом із військовими "
        "додому повернулися 8 цивільних.",
    ],
)
def test_ukrainian_privates_are_soldiers_and_together_with_them_is_no_running_total(body):
    assert categories(body, "Russia") == {"military": 52, "civilian": 8}


def test_figures_in_apposition_that_add_up_are_a_breakdown_not_more_people():
    body = "Russia handed back 12 Ukrainian soldiers, two officers and ten sergeants, on Friday."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 12)}
    assert categories(body, "Russia") == {"military": 12}


def test_the_body_of_a_named_person_is_one_body_dated_by_the_handover_not_the_death():
    body = (
        "Russia freed 12 Ukrainian soldiers on Friday. Russian troops also handed over the "
        "body of Peter Lindqvist, a Swedish volunteer who was killed near Bakhmut on Jan. 4."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert [(b.date, b.released_by, b.received_by, b.count) for b in result.bodies] == [
        (FRIDAY, "Russia", "Ukraine", 1)
    ]


def test_a_figure_returned_as_of_a_date_is_a_running_total():
    body = (
        "Russia freed 12 Ukrainian soldiers on Friday. Kyiv said 1,310 people had been "
        "brought home as of the end of February."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 12)}


def test_a_pronoun_speaker_is_the_official_who_opened_the_sentence_before():
    body = (
        "Russia's defence ministry said 80 Russian soldiers were returned on Friday and that 80 "
        "Ukrainians were handed over in return. Ukraine's ombudsman Dmytro Lubinets gave a "
        "different tally. He said 84 soldiers had come home."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 80),
        (FRIDAY, "Russia", "Ukraine", 84),
    }


def test_someone_named_in_a_clause_of_time_is_not_the_speaker():
    body = (
        "Ukraine and Russia swapped 90 prisoners each on Friday, two days after Zelensky told "
        "reporters that talks were stuck. Moscow said it received 95 soldiers."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    to_ukraine = next(r for r in result.releases if r.received_by == "Ukraine")
    assert to_ukraine.count == 90 and not to_ukraine.alternatives


def test_a_formula_of_people_freed_is_the_swaps_size_not_a_deals_target():
    body = (
        "Россия и Украина в пятницу провели обмен пленными: возвращены 80 российских "
        "военнослужащих, взамен переданы 80 военнопленных ВСУ. Среди освобожденных по "
        "формуле «80 на 80» - 70 рядовых и 10 офицеров."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is None


def test_people_said_to_be_home_again_were_released():
    assert releases("Сто українців знову вдома. Обмін з Росією відбувся у п'ятницю.") == {
        (FRIDAY, "Russia", "Ukraine", 100)
    }


def test_a_filing_stamp_line_dates_nothing():
    body = (
        "9 March 2024, 09:40\n\nRussia and Ukraine swapped prisoners on Friday, the defence "
        "ministry said.\n\nZelensky said 90 Ukrainians had come home."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


@pytest.mark.parametrize(
    "body",
    [
        "Russia and Ukraine held a prisoner exchange on Friday. 90 people came home, said the "
        "Coordination Headquarters.",
        "У п'ятницю Україна провела обмін полоненими. Додому повернулися 90 людей, повідомив "
        "Координаційний штаб.",
    ],
)
def test_a_speaker_named_after_the_reporting_verb_speaks(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_counting_on_or_preparing_an_exchange_is_no_release():
    body = (
        "У п'ятницю з полону повернулися 90 українців. Зеленський сказав, що Київ готує новий "
        "обмін, у якому розраховує повернути тисячу людей."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_a_per_side_target_in_ukrainian_and_a_bodies_deal_that_is_none():
    body = (
        "У п'ятницю з полону повернулися 90 українців. У Стамбулі сторони погодили обмін "
        "щонайменше 500 полоненими з кожного боку. Тоді ж домовилися про передачу тіл — по "
        "3 000 з кожного боку."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement.target_per_side == 500
    assert {(r.date, r.count) for r in result.releases} == {(FRIDAY, 90)}


def test_a_gaza_truce_day_in_other_words():
    body = (
        "Nine Israelis held in Gaza since the Oct. 7 attack were freed on Friday, the first "
        "hostages to be released under the truce. Hours later, Israel let 27 Palestinians out "
        "of its jails. Manila negotiated the release of two caregivers on a separate track."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 9), (FRIDAY, "Israel", "Hamas", 27)}


def test_hostages_named_in_a_passive_sentence_come_from_their_holder():
    body = (
        "Israeli hostages Ada Rosen, Tal Amir and Noa Ben were handed to the Red Cross on Friday."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3)}


def test_a_general_figure_with_an_appositive_breakdown_of_men_and_women_is_not_summed():
    body = (
        "Kyiv said on Friday that 60 Ukrainians, 51 men and nine women, had been freed by Russia."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_each_side_is_the_subject_even_after_a_sides_holiday():
    body = (
        "The previous swap came on Friday, Ukraine's Defenders Day, when each side released "
        "70 prisoners of war."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 70), (FRIDAY, "Ukraine", "Russia", 70)}


def test_part_of_the_whole_figure_is_a_category_and_the_whole_is_not():
    body = (
        "On Friday, 30 Ukrainians came home. Kyiv said the group comprised 26 soldiers and four "
        "civilians, and that 11 of the 30 were women."
    )
    assert categories(body, "Russia") == {"military": 26, "civilian": 4, "women": 11}


def test_a_posted_and_updated_line_is_furniture():
    body = (
        "Posted Sat 9 Mar 2024 at 6:41am, updated Sat 9 Mar 2024 at 9:15am\n\n"
        "Russia and Ukraine swapped prisoners on Friday.\n\nKyiv said 40 Ukrainians came home."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 40)}


def test_winning_the_release_of_people_receives_them():
    body = "Ukraine won the release of 80 people held by Russia on Friday."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 80)}


def test_a_swap_announced_on_a_day_happened_that_day():
    body = (
        "Ukraine has brought home 80 of its soldiers in a prisoner swap with Russia.\n\n"
        "President Zelensky announced the exchange in his evening address on Friday."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 80)}


def test_the_age_of_the_oldest_or_youngest_is_no_figure():
    body = (
        "Russia freed 70 Ukrainian soldiers on Friday. Kyiv said the youngest of the freed men "
        "is 21, and the oldest was 60."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 70)}


def test_a_total_of_people_returned_in_one_swap_is_its_figure():
    body = (
        "Russia and Ukraine swapped about 50 prisoners each on Friday. Kyiv said a total of 52 "
        "Ukrainians had returned: 50 soldiers and two civilians."
    )
    assert (FRIDAY, "Russia", "Ukraine", 52) in releases(body)


def test_a_ukrainian_story_is_told_from_ukraine():
    body = (
        "У п'ятницю Росія отримала 90 своїх військових. Тоді ж з полону повернулися 90 захисників."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 90), (FRIDAY, "Russia", "Ukraine", 90)}


def test_a_formula_confirmed_for_a_reported_swap_is_its_size_and_one_announced_before_a_deal():
    confirmed = (
        "У п'ятницю з полону повернулися 60 захисників. Росії передали таку саму кількість. "
        "У Міноборони РФ підтвердили обмін за формулою «60 на 60»."
    )
    announced = (
        "Russia and Ukraine swapped 60 prisoners each on Friday. Putin announced the 60-for-60 "
        "exchange on Thursday evening."
    )
    assert extract(f"Published: 2024-03-09\nH\n\n{confirmed}").agreement is None
    assert extract(f"Published: 2024-03-09\nH\n\n{announced}").agreement.target_per_side == 60


def test_a_ukrainian_storys_unattributed_homecoming_is_not_the_last_speakers():
    body = (
        "У п'ятницю Міністерство оборони Росії повідомило, що отримало 90 своїх військових. "
        "Того ж дня додому повернулися 90 захисників. Від 2022 року з полону вдалося повернути "
        "вже понад чотири тисячі людей."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 90), (FRIDAY, "Russia", "Ukraine", 90)}


def test_a_relative_day_in_apposition_to_a_date_restates_it():
    body = (
        "Russia freed 40 Ukrainians on Friday. The previous swap took place on 2 February, the "
        "day after a round of talks: each side handed over 60 soldiers."
    )
    assert (datetime.date(2024, 2, 2), "Russia", "Ukraine", 60) in releases(body)


def test_a_subset_inside_dashes_does_not_reach_the_figures_after_them():
    body = (
        "On Friday, 120 Ukrainians – ten of them civilians – were freed, with 130 Russians "
        "going the other way."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 120),
        (FRIDAY, "Ukraine", "Russia", 130),
    }
    assert categories(body, "Russia") == {"civilian": 10}


def test_the_bodies_of_named_people_are_as_many_as_the_names():
    body = (
        "Russia freed 12 Ukrainian soldiers on Friday. It also handed over the bodies of Anna "
        "Berg and Piotr Nowak, two volunteers, together with the body of Ivan Petrenko."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert [(b.date, b.count) for b in result.bodies] == [(FRIDAY, 3)]


def test_a_formula_named_as_a_deal_stays_a_target():
    body = (
        "Iran freed five Americans on Friday and the United States freed five Iranians. The "
        "five-for-five arrangement came out of indirect talks mediated by Qatar."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement.target_per_side == 5


def test_each_side_releasing_and_a_further_group_in_addition():
    body = (
        "Russia freed 90 Ukrainians on Friday. On 2 February each side released 60 prisoners "
        "and Russia handed over 12 badly wounded Ukrainians in addition."
    )
    feb2 = datetime.date(2024, 2, 2)
    assert {(feb2, "Russia", "Ukraine", 72), (feb2, "Ukraine", "Russia", 60)} <= releases(body)


def test_a_formula_gives_its_size_to_the_direction_the_days_figures_leave_out():
    body = (
        "Україна в п'ятницю повернула з полону 90 захисників. Попередній обмін відбувся "
        "2 лютого: за формулою «60 на 60» повернули 60 військових, а окремо — ще 12 "
        "тяжкопоранених бійців."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    feb2 = datetime.date(2024, 2, 2)
    found = {(r.date, r.released_by, r.received_by, r.count): r.categories for r in result.releases}
    assert found[(feb2, "Russia", "Ukraine", 72)] == {"military": 72, "wounded": 12}
    assert (feb2, "Ukraine", "Russia", 60) in found
    assert result.agreement is None


@pytest.mark.parametrize(
    "body",
    [
        "Kyiv said on Friday Russia had handed over 60 Ukrainian soldiers: 55 men and five women.",
        "Kyiv said on Friday Russia had handed over 60 Ukrainians: 55 men and five women.",
    ],
)
def test_men_and_women_part_the_figure_and_women_are_a_category(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}
    assert categories(body, "Russia").get("women") == 5


def test_two_breakdowns_of_one_figure_either_side_of_a_colon():
    body = (
        "У п'ятницю з полону повернулися 60 українців. Це 55 чоловіків та п'ять жінок: "
        "10 офіцерів і 50 сержантів та солдатів."
    )
    assert categories(body, "Russia") == {"military": 60, "women": 5}


def test_a_russian_language_story_is_told_from_the_side_it_first_reports_coming_home():
    body = (
        "В пятницу из украинского плена вернулись 80 российских военнослужащих. Взамен "
        "переданы 80 военнопленных ВСУ. Предыдущий обмен прошёл 2 февраля — тогда на родину "
        "вернулись 60 военнослужащих."
    )
    assert (datetime.date(2024, 2, 2), "Ukraine", "Russia", 60) in releases(body)


def test_the_bodies_of_the_fallen_in_ukrainian_and_russian():
    for body in (
        "У п'ятницю з полону повернулися 60 захисників. Тоді ж Україні передали тіла п'ятьох загиблих.",
        "В пятницу из плена вернулись 60 военных. Украине также передали тела пяти погибших.",
    ):
        result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
        assert [(b.date, b.released_by, b.count) for b in result.bodies] == [(FRIDAY, "Russia", 5)]


@pytest.mark.parametrize(
    "body",
    [
        "On Friday Russia freed 64 Ukrainian soldiers as well as a U.S. citizen.",
        "У п'ятницю Росія звільнила 64 військовослужбовці ЗСУ, а також громадянина США.",
    ],
)
def test_one_more_person_named_by_what_they_are(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 65)}


def test_also_in_a_list_after_the_figure_adds_nothing():
    body = (
        "У п'ятницю з неволі повернулися 90 українців. За словами Зеленського, додому їдуть "
        "80 рядових і сержантів та 10 офіцерів — воїни ЗСУ, Нацгвардії, а також поліцейський."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_a_total_after_its_parts_restates_them():
    body = (
        "У п'ятницю з полону вдалося визволити 62 українців. На Батьківщину повернулися 30 "
        "військових ЗСУ, 20 нацгвардійців та 10 моряків ВМС — разом 60 військовослужбовців. "
        "Крім них, звільнено двох цивільних."
    )
    assert categories(body, "Russia") == {"military": 60, "civilian": 2}


def test_the_total_number_reached_is_a_running_total():
    body = (
        "В пятницу из плена возвращены 90 российских военнослужащих, взамен переданы 90 "
        "военнопленных ВСУ. В МИД ОАЭ уточнили, что общее число освобожденных при "
        "посредничестве страны достигло 1900 человек."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 90), (FRIDAY, "Russia", "Ukraine", 90)}


def test_a_quoted_today_in_a_next_day_report_is_the_day_of_the_story():
    body = (
        "Russia and Ukraine swapped 80 prisoners each on Friday, a day after Putin said the "
        "exchange would take place.\n\n"
        '"Today 80 of our defenders are coming home," Zelensky wrote, adding that 12 wounded '
        "men were returning through a separate process rather than as part of the exchange."
    )
    result = releases(body)
    assert (FRIDAY, "Russia", "Ukraine", 80) in result
    assert all(day == FRIDAY for day, *_ in result)
    assert not any(r[1] == "Ukraine" and r[3] == 12 for r in result)
    assert extract(f"Published: {PUBLISHED.isoformat()}\nH\n\n{body}").agreement is None


def test_its_own_is_the_subjects_not_the_place_it_handed_people_to():
    body = "Russia handed 70 Ukrainians back to Kyiv on Friday and got 60 of its own soldiers back."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 70), (FRIDAY, "Ukraine", "Russia", 60)}


def test_two_breakdowns_either_side_of_a_dash():
    body = (
        "Russia freed 60 Ukrainians on Friday. Kyiv said the group consisted of 55 men and five "
        "women - 10 officers and 50 sergeants and privates."
    )
    assert categories(body, "Russia") == {"military": 60, "women": 5}


def test_last_weekday_in_the_next_days_paper_is_the_week_before():
    sunday = datetime.date(2024, 3, 10)
    body = (
        "Hamas released two hostages on Saturday and Israel freed 90 prisoners. Last Saturday, "
        "Dana Reem and Tal Shani were released in exchange for 60 prisoners."
    )
    week_before = datetime.date(2024, 3, 2)
    assert releases(body, sunday) == {
        (FRIDAY + datetime.timedelta(days=1), "Hamas", "Israel", 2),
        (FRIDAY + datetime.timedelta(days=1), "Israel", "Hamas", 90),
        (week_before, "Hamas", "Israel", 2),
        (week_before, "Israel", "Hamas", 60),
    }


def test_a_weekday_last_week_and_earlier_in_the_day():
    body = (
        "Israel released 50 Palestinian prisoners on Friday night. Earlier in the day two "
        "hostages were handed to the Red Cross. On Saturday last week, Hamas freed three "
        "hostages and Israel released 90 prisoners in return."
    )
    saturday_before = datetime.date(2024, 3, 2)
    assert releases(body) == {
        (FRIDAY, "Israel", "Hamas", 50),
        (FRIDAY, "Hamas", "Israel", 2),
        (saturday_before, "Hamas", "Israel", 3),
        (saturday_before, "Israel", "Hamas", 90),
    }


def test_a_breakdown_between_dashes_has_the_direction_of_the_figure_before_it():
    body = (
        "On Friday 120 Ukrainians came home - 100 soldiers and sergeants, 15 officers and five "
        "civilians - and Moscow said 110 of its servicemen were returned."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 120),
        (FRIDAY, "Ukraine", "Russia", 110),
    }
    assert categories(body, "Russia") == {"military": 115, "civilian": 5}


def test_a_group_in_exchange_for_another_in_ukrainian():
    body = (
        "У п'ятницю з російського полону повернулися 130 українських захисників. Міноборони РФ "
        "повідомило, що Москва отримала 120 своїх військовослужбовців, а також ще 10 поранених "
        "військових в обмін на 10 поранених українців."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 130),
        (FRIDAY, "Ukraine", "Russia", 130),
    }


def test_a_group_and_a_single_person_after_it():
    body = (
        "On Friday Russia said 61 of its servicemen were returned and Ukraine said it got back "
        "60 soldiers and a civilian. Moscow had secured the return of its men with Emirati help."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 61), (FRIDAY, "Russia", "Ukraine", 61)}
    assert categories(body, "Russia") == {"military": 60, "civilian": 1}


def test_returned_to_kyiv_in_russian_is_received_by_ukraine():
    body = (
        "Девяносто российских военнослужащих возвращены в пятницу, сообщило Министерство "
        "обороны РФ. Андрей Ермак написал, что Киеву вернули 100 человек."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 90), (FRIDAY, "Russia", "Ukraine", 100)}


def test_our_people_from_russian_captivity_are_not_russias():
    body = (
        "У п'ятницю відбувся черговий обмін полоненими. З російської неволі вдалося повернути "
        "80 наших громадян, повідомив Андрій Єрмак."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 80)}


def test_a_subset_cue_does_not_reach_past_while_or_but():
    body = (
        "On Friday, Moscow secured the return of 60 soldiers, including some from elite units, "
        "while Kyiv said 70 Ukrainians came home."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 60), (FRIDAY, "Russia", "Ukraine", 70)}


def test_the_bodies_of_named_people_with_their_ages():
    body = (
        "Russia freed 70 Ukrainians on Friday. Kyiv said the bodies of Tom Reed, 31, and Ian "
        "Cole, 45, had also been handed over."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert [(b.date, b.count) for b in result.bodies] == [(FRIDAY, 2)]


def test_its_own_people_received_in_return_are_the_subjects():
    body = (
        "В пятницу Россия передала украинской стороне 20 раненых пленных, получив взамен 10 "
        "своих раненых военных."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 20), (FRIDAY, "Ukraine", "Russia", 10)}


def test_background_bullets_that_open_on_a_date_are_sentences_of_their_own():
    body = (
        "Russia freed 90 Ukrainians on Friday.\n\nBackground:\n"
        "- On 2 February, 40 Ukrainians returned home, among them several civilians.\n"
        "- On 5 January, 60 Ukrainians were freed, including two civilians. Moscow said it "
        "received 50 of its servicemen that day."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    found = {(r.date, r.released_by, r.count): r.categories for r in result.releases}
    assert found[(datetime.date(2024, 2, 2), "Russia", 40)] == {}
    assert found[(datetime.date(2024, 1, 5), "Russia", 60)] == {"civilian": 2}
    assert (datetime.date(2024, 1, 5), "Ukraine", 50) in found


def test_a_date_line_under_the_byline_dates_nothing():
    body = (
        "By A. Writer\nSaturday, March 9, 2024\n\nA local family heard the news overnight.\n\n"
        "Their son was among 90 Ukrainian soldiers freed in a prisoner exchange with Russia on "
        "Friday. Russia got back the same number of its soldiers."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 90)}


def test_one_more_person_named_after_a_figure_in_ukrainian_and_russian():
    for body in (
        "У п'ятницю з полону повернулися 90 українців. Росії Україна передала 40 російських "
        "військових, а також колишнього депутата Івана Петренка.",
        "В пятницу Россия получила 40 военнослужащих и бывшего депутата Ивана Петренко, а "
        "Киеву передали 90 человек.",
    ):
        assert (FRIDAY, "Ukraine", "Russia", 41) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "В пятницу Украина получила 60 военнослужащих — 55 мужчин и пять женщин, в том числе "
        "10 офицеров.",
        "В пятницу из плена вернулись 60 украинцев, среди них 55 мужчин и пять женщин, 10 "
        "офицеров, а остальные 50 - солдаты и сержанты.",
    ],
)
def test_men_and_women_in_russian_part_the_figure_apart_from_the_ranks(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}
    assert categories(body, "Russia")["women"] == 5


def test_held_in_a_place_since_a_month_is_a_duration_not_a_running_total():
    body = (
        "Russia freed 90 Ukrainian women on Friday. Moscow said Ukraine had released 100 "
        "people, 70 of them civilian sailors held in Ukrainian ports since February and 30 "
        "servicemen."
    )
    assert (FRIDAY, "Ukraine", "Russia", 100) in releases(body)


def test_a_formula_that_is_the_first_since_a_date_is_the_swaps_size():
    body = (
        "Russia and Ukraine exchanged 60 prisoners each on Friday. The 60-for-60 swap is the "
        "first since 2 February, when the two countries traded 40 prisoners apiece."
    )
    assert extract(f"Published: {PUBLISHED.isoformat()}\nH\n\n{body}").agreement is None


def test_groups_in_a_separate_gesture_add_to_the_swap():
    body = (
        "Russia and Ukraine swapped 100 prisoners of war each on Friday. In a separate "
        "humanitarian gesture, Russia handed over 20 wounded Ukrainian POWs and received 10 "
        "wounded Russian servicemen."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 120),
        (FRIDAY, "Ukraine", "Russia", 110),
    }


def test_russian_was_held_and_the_same_number_in_other_words():
    body = (
        "В пятницу из плена вернулись 80 российских военнослужащих. Украинской стороне в ответ "
        "передали такое же число пленных ВСУ. Предыдущий обмен проходил 2 февраля. Тогда домой "
        "вернулись 60 российских военнослужащих."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 80),
        (FRIDAY, "Russia", "Ukraine", 80),
        (datetime.date(2024, 2, 2), "Ukraine", "Russia", 60),
    }


def test_another_clauses_people_do_not_say_who_receives_a_figure():
    body = (
        "В пятницу из плена вернулись 80 российских военнослужащих; украинская сторона тогда "
        "сообщила о возвращении 90 человек."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 80), (FRIDAY, "Russia", "Ukraine", 90)}


def test_the_last_day_of_a_year_is_its_31_december():
    body = "Russia freed 70 Ukrainians on Friday. On the last day of 2023, 90 Ukrainians came home."
    assert (datetime.date(2023, 12, 31), "Russia", "Ukraine", 90) in releases(body)


def test_in_all_that_day_is_one_days_figure():
    body = (
        "У п'ятницю відбувся обмін полоненими. Загалом того дня в Україну повернулися сто "
        "п'ятдесят захисників."
    )
    assert (FRIDAY, "Russia", "Ukraine", 150) in releases(body)


def test_a_dated_release_without_a_figure_dates_the_next_undated_figure():
    body = (
        "Six villagers, returned from Ukrainian-held territory, arrived in Belgorod today, the "
        "governor said.\n\n"
        "They were freed on Friday as part of an exchange between Russia and Ukraine. According "
        "to the Defence Ministry, 95 Russian servicemen came back from captivity then."
    )
    assert (FRIDAY, "Ukraine", "Russia", 95) in releases(body)


@pytest.mark.parametrize(
    "later",
    [
        "Friday's swap was the third between the two countries this year.",
        "The exchange was confirmed by both governments on Friday.",
    ],
)
def test_a_swap_named_by_its_day_further_down_dates_an_undated_lead(later):
    body = (
        "Russia and Ukraine have traded more than 150 prisoners of war.\n\n"
        "Kyiv said 82 Ukrainian soldiers had returned home; Moscow said 75 of its servicemen "
        f"were back.\n\n{later}"
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 82), (FRIDAY, "Ukraine", "Russia", 75)}


def test_another_swap_named_by_its_day_does_not_date_the_lead():
    body = (
        "Russia and Ukraine have traded more than 150 prisoners of war.\n\n"
        "Kyiv said 82 Ukrainian soldiers had returned home.\n\n"
        "The previous swap, on Friday, involved 40 prisoners on each side."
    )
    assert (PUBLISHED, "Russia", "Ukraine", 82) in releases(body)


def test_a_day_and_month_followed_by_last_year_is_in_the_year_before_publication():
    body = "On 2 March last year, Russia freed 60 Ukrainian soldiers."
    assert releases(body) == {(datetime.date(2023, 3, 2), "Russia", "Ukraine", 60)}


def test_a_handover_that_happened_is_never_dated_after_publication():
    body = (
        "The two sides first agreed on the swap in the autumn. The handover took place on 20 "
        "April, near the border. The 60 Ukrainian soldiers freed by Russia went home."
    )
    assert releases(body) == {(datetime.date(2023, 4, 20), "Russia", "Ukraine", 60)}


def test_a_byline_line_is_not_the_stories_first_paragraph():
    body = (
        "By Marta Kovalenko, Staff Writer | Photo: Families at a vigil in 2023\n\n"
        "KYIV - For two years the families waited. On Friday, the phones finally rang.\n\n"
        "Russia released 64 Ukrainian soldiers in a swap brokered by the UAE, officials said."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 64)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The first swap after the 2020 war took place on December 14 of that year, when 44 "
        "Armenians were handed over by Azerbaijan.",
        "Перший обмін після війни 2020 року відбувся 14 грудня того ж року: Азербайджан передав "
        "Вірменії 44 полонених.",
    ],
)
def test_of_that_year_takes_the_year_named_before(sentence):
    assert (datetime.date(2020, 12, 14), "Azerbaijan", "Armenia", 44) in releases(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, Russia freed 103 defenders — 82 privates and sergeants and 21 officers.",
        "У п'ятницю з російського полону повернулися 103 захисники — 82 рядові та сержанти і 21 "
        "офіцер.",
    ],
)
def test_a_breakdown_with_coordinated_ranks_restates_the_whole(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 103)}
    assert categories(body, "Russia") == {"military": 103}


@pytest.mark.parametrize(
    "captors",
    [
        "Nine of them were women whom the Russians had jailed before the invasion.",
        "Серед них дев'ять жінок, яких росіяни ув'язнили ще до вторгнення.",
    ],
)
def test_people_named_as_captors_in_a_relative_clause_receive_nobody(captors):
    body = f"On Friday, 49 Ukrainians were freed from Russian captivity. {captors}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 49)}


@pytest.mark.parametrize(
    "body",
    [
        "In 2023, Russia freed 1,200 Ukrainians, the ombudsman said.",
        "У 2023-му з російської неволі повернули 1200 людей.",
        "За 2023 рік з полону повернулися 1200 українців.",
    ],
)
def test_a_whole_year_as_the_time_frame_makes_a_total(body):
    assert releases(body) == set()


def test_a_year_of_capture_after_the_figure_is_no_time_frame():
    body = "On Friday, Russia freed 60 Ukrainian soldiers captured in Mariupol in 2022."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


@pytest.mark.parametrize(
    "words", ["четверо прикордонників", "четвертий обмін цього року", "в четвертом этапе"]
)
def test_four_and_fourth_are_not_thursday(words):
    from articles.extraction.dates import find_dates

    assert find_dates(f"Серед них {words}.", PUBLISHED) == []


def test_the_story_day_may_come_in_the_second_paragraph_after_a_standfirst():
    body = (
        "The latest exchange has produced two different sets of figures.\n\n"
        "The buses pulled in after dark on Friday, and the men climbed down slowly.\n\n"
        "Kyiv said 90 Ukrainians had come home from Russian captivity."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_figures_after_a_colon_that_follows_a_part_are_the_parts_breakdown():
    body = (
        "Russia freed a group of Ukrainian prisoners on Friday, officials said, without giving "
        "a figure. The interior minister said 40 of the returnees served in forces under his "
        "ministry: 36 National Guard members and four border guards."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", None)}


def test_a_cue_joining_two_groups_makes_their_sum_not_an_addition():
    body = (
        "Russia and Ukraine carried out a prisoner exchange on Friday. Kyiv said 100 of its "
        "servicemen had come home, and Moscow said it had got back 80 soldiers plus 10 badly "
        "wounded troops.\n\n"
        "Russia's Defence Ministry said 80 Russian servicemen had been returned from territory "
        "controlled by Kyiv. In a separate transfer, the ministry said 20 wounded Ukrainian POWs "
        "were sent back in return for 10 wounded Russian soldiers."
    )
    assert (FRIDAY, "Ukraine", "Russia", 90) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "Until then the record was the swap between Russia and Ukraine on 20 February. That "
        "day 120 prisoners were released by each side.",
        "До того рекордним був обмін між Росією та Україною 20 лютого. Того дня кожна сторона "
        "звільнила по 120 полонених.",
    ],
)
def test_that_day_is_the_day_the_sentence_before_names(body):
    feb20 = datetime.date(2024, 2, 20)
    assert releases(body) == {(feb20, "Russia", "Ukraine", 120), (feb20, "Ukraine", "Russia", 120)}


def test_the_next_day_counts_from_its_own_sentences_date_before_the_one_before():
    body = (
        "Saturday's was the third exchange. On 19 February, Russia freed 30 Ukrainians, and "
        "Ukraine released 40 Russians early the next day."
    )
    assert (datetime.date(2024, 2, 20), "Ukraine", "Russia", 40) in releases(body)


def test_prisoners_on_their_way_to_an_exchange_are_not_released():
    body = (
        "Moscow said the plane that crashed on Friday was carrying 65 Ukrainian prisoners to "
        "an exchange that day. Kyiv said it had no evidence of that."
    )
    assert releases(body) == set()


def test_that_day_after_a_date_of_its_own_sentence_is_that_date():
    body = (
        "Першим, в останній день 2022 року, повернувся Олег — тоді додому вийшли 140 українців. "
        "А 14 вересня минулого року з неволі повернувся Сергій — він був серед 103 звільнених "
        "того дня оборонців."
    )
    assert (datetime.date(2023, 9, 14), "Russia", "Ukraine", 103) in releases(body)


def test_a_plan_told_of_a_figure_compared_after_the_group_is_that_figures():
    body = (
        "The previous exchange took place on Friday. Each side freed 100 prisoners of war, and "
        "Russia handed over a further 20 wounded Ukrainian soldiers, one fewer than the 21 its "
        "president had offered to release."
    )
    assert (FRIDAY, "Russia", "Ukraine", 120) in releases(body)


def test_a_figure_returned_in_the_swap_just_told_takes_its_day():
    body = (
        "A woman says she cried when she saw her brother among prisoners released this week.\n\n"
        "She last heard from him in April 2022, when the city he was defending fell.\n\n"
        "He was among 90 Ukrainians freed by Russia on Friday in an exchange mediated by the "
        "United Arab Emirates.\n\n"
        "Russia's defence ministry said 90 of its servicemen had been returned in the swap."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 90)}


@pytest.mark.parametrize("verb", ["were on their way home", "were heading home"])
def test_on_their_way_home_is_a_release(verb):
    body = f"On Friday, Kyiv said 207 Ukrainians held by Russia {verb}."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 207)}


def test_a_named_person_after_an_apposition_and_jailed_in_a_country_is_released_by_it():
    body = (
        "WASHINGTON - Anna Lee, the teacher jailed in Russia for two years, was released on "
        "Friday in exchange for Oleg Orlov, a Russian hacker serving a sentence in the United "
        "States."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hamas said on Friday that eight captives in all were released on Friday.",
            {(FRIDAY, "Hamas", "Israel", 8)},
        ),
        ("In all, 150 Ukrainians came home from Russian captivity on Friday.", None),
        ("In all, 1,500 Ukrainians have come home from Russian captivity since 2022.", set()),
    ],
)
def test_in_all_with_one_day_of_its_own_is_that_days_figure(body, expected):
    expected = {(FRIDAY, "Russia", "Ukraine", 150)} if expected is None else expected
    assert releases(body) == expected


def test_a_days_total_of_both_directions_is_no_release():
    body = (
        "On Friday, Russia freed 100 Ukrainians and Ukraine returned 90 Russian soldiers. In "
        "all, 190 people were freed on Friday."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 100), (FRIDAY, "Ukraine", "Russia", 90)}


def test_each_bullet_of_a_dated_list_keeps_its_own_day():
    body = (
        "The swap between Russia and Ukraine agreed last month was carried out in two stages:\n"
        "* March 1: 100 for 100, made up of 70 servicemen and 30 civilians on each side.\n"
        "* March 2: 50 for 50, all of them servicemen."
    )
    march1, march2 = datetime.date(2024, 3, 1), datetime.date(2024, 3, 2)
    assert {(d, c) for d, _, _, c in releases(body)} == {(march1, 100), (march2, 50)}


def test_a_day_after_a_year_and_when_is_in_that_year():
    body = "Exchanges resumed in June 2022, when a swap on June 29 freed 144 Ukrainian soldiers."
    assert (datetime.date(2022, 6, 29), "Russia", "Ukraine", 144) in releases(
        body + " Russia and Ukraine swapped prisoners."
    )


def test_n_prisoners_a_side_gives_both_directions():
    body = "On Friday, Russia and Ukraine swapped 205 prisoners a side."
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 205),
        (FRIDAY, "Ukraine", "Russia", 205),
    }


def test_a_figure_added_on_top_of_a_swaps_formula_adds_to_it():
    body = (
        "The previous swap between Russia and Ukraine took place on Friday under the "
        "175-for-175 formula. Separately, Russia handed over 22 wounded Ukrainian soldiers."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 197),
        (FRIDAY, "Ukraine", "Russia", 175),
    }


def test_a_kind_added_on_top_of_a_figure_of_unknown_kinds_is_no_category_of_the_whole():
    body = (
        "The previous swap between Russia and Ukraine took place on Friday under the "
        "175-for-175 formula. Separately, Russia handed over 22 wounded Ukrainian soldiers."
    )
    assert categories(body, "Russia") == {"wounded": 22}


def test_the_one_side_an_unattributed_sentence_names_is_the_home_people_came_to():
    body = (
        "Russia's defence ministry said 90 Russian servicemen had been returned on Friday.\n\n"
        "The previous swap took place on Feb. 14, Ukraine's Valentine's Day vigil, when 146 "
        "soldiers and eight civilians came home."
    )
    assert (datetime.date(2024, 2, 14), "Russia", "Ukraine", 154) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "В пятницу домой вернулись 80 российских военнослужащих, а украинской стороне "
        "передали 80 пленных.",
        "У п'ятницю додому повернулися 80 російських військових, а українській стороні "
        "передали 80 полонених.",
    ],
)
def test_a_side_in_the_dative_receives_and_is_no_subject(body):
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 80), (FRIDAY, "Russia", "Ukraine", 80)}


def test_a_groups_own_prepositional_side_outranks_a_coordinated_groups_owner():
    body = (
        "Russia and Ukraine swapped prisoners again. The largest exchange so far took place on "
        "Friday, when 130 Ukrainians came home and 140 people went the other way, to Russia."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 130),
        (FRIDAY, "Ukraine", "Russia", 140),
    }


def test_the_largest_single_exchange_of_the_war_so_far_is_no_running_total():
    body = (
        "Russia and Ukraine swapped prisoners again. The largest single exchange of the war so "
        "far took place on 21 September, when 215 Ukrainian prisoners were freed."
    )
    assert releases(body) == {(datetime.date(2023, 9, 21), "Russia", "Ukraine", 215)}


def test_prisoners_still_to_follow_are_not_released():
    body = (
        "Hamas freed 13 Israelis on Friday and Israel released 39 Palestinian prisoners. A "
        "second group of 13 Israelis was expected to be handed over on Saturday, with 39 more "
        "Palestinian prisoners to follow."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 13), (FRIDAY, "Israel", "Hamas", 39)}


def test_a_named_person_after_a_short_description_is_one_person():
    body = (
        "Russia released former U.S. Marine John Doyle on Friday and the United States freed "
        "Russian pilot Ivan Sokolov in return."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_a_place_after_the_verb_is_no_description_of_a_person():
    body = (
        "On Friday, Hamas freed three hostages and Israel released 90 prisoners. The hostages "
        "were handed to the International Committee of the Red Cross."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3), (FRIDAY, "Israel", "Hamas", 90)}


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, Israel freed 90 Palestinians after Hamas handed over four hostages' bodies.",
        "On Friday, Israel freed 90 Palestinians after Hamas handed over four coffins.",
    ],
)
def test_hostages_bodies_and_coffins_are_remains(body):
    assert bodies(body) == {(FRIDAY, "Hamas", "Israel", 4)}
    assert (FRIDAY, "Hamas", "Israel", 4) not in releases(body)


def test_a_breakdown_between_spaced_hyphens_restates_the_whole():
    body = (
        "On Friday, 103 Ukrainian prisoners of war - 82 privates and sergeants and 21 officers - "
        "came home from Russian captivity."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 103)}


def test_a_formula_given_as_a_minimum_is_a_target_not_a_swap():
    body = (
        "On Friday Russia and Ukraine swapped groups of prisoners without giving numbers. The "
        "negotiator said then that it would be at least 1,000 for 1,000, possibly 1,200."
    )
    assert all(count is None for *_, count in releases(body))


@pytest.mark.parametrize(
    "body",
    [
        "К началу 2024 года из российского плена вернулись 2800 украинцев.",
        "By the start of 2024, 2,800 Ukrainians had come home from Russian captivity.",
    ],
)
def test_a_figure_by_the_start_of_a_year_is_a_running_total(body):
    assert releases(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "During the previous truce, between 19 January and 1 March, 33 hostages were returned "
        "by Hamas to Israel.",
        "З 19 січня по 1 березня з російського полону повернулися 330 українців.",
    ],
)
def test_a_figure_for_a_period_between_two_days_is_a_total(body):
    assert releases(body) == set()


def test_the_same_year_with_no_year_in_its_sentence_is_the_year_named_before():
    body = (
        "She remembers the night of 21 September 2022, when Russia freed 215 Ukrainians. She "
        "remembers 17 October the same year, when Russia freed 108 Ukrainian women."
    )
    assert (datetime.date(2022, 10, 17), "Russia", "Ukraine", 108) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "Україна в п'ятницю провела ще один обмін полоненими з Росією, повернувши додому 140 "
        "людей.",
        "Ще один обмін полоненими відбувся в п'ятницю: з російського полону повернулися 140 "
        "українців.",
        "Украина в пятницу провела еще один обмен пленными с Россией, вернув домой 140 человек.",
    ],
)
def test_one_more_exchange_of_prisoners_is_no_person(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 140)}


def test_a_masthead_line_with_its_date_dates_nothing():
    body = (
        "Regional Herald · Society · 9 March 2024\n\n"
        "Ten residents came home from Ukrainian captivity yesterday, the governor said.\n\n"
        "Moscow said Kyiv had handed over 85 Russian servicemen and 20 civilians."
    )
    assert (FRIDAY, "Ukraine", "Russia", 105) in releases(body)


def test_people_who_came_back_to_a_sides_held_territory_are_received_by_it():
    body = (
        "Ukraine brought home 144 soldiers on Friday. A separatist leader wrote that the same "
        "number had come back to Russian-held territory."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 144),
        (FRIDAY, "Ukraine", "Russia", 144),
    }


def test_countrymen_are_people():
    body = "On Friday, Ukraine's president said 230 of his countrymen had been brought home from Russia."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 230)}


def test_the_swap_carried_out_on_a_day_further_down_dates_an_undated_lead():
    body = (
        "The largest exchange of the war took place in several stages, officials said.\n\n"
        "Ukraine says 215 of its people have been freed from Russian captivity.\n\n"
        "The swap, carried out late Friday, saw Kyiv hand over 55 Russian prisoners of war."
    )
    assert (FRIDAY, "Russia", "Ukraine", 215) in releases(body)


def test_a_hundred_as_a_noun_is_a_number_and_hundreds_is_not():
    one = "У п'ятницю з російського полону повернули сотню військових та одного цивільного."
    many = "У п'ятницю з російського полону повернулися сотні військових."
    assert releases(one) == {(FRIDAY, "Russia", "Ukraine", 101)}
    assert all(count is None for *_, count in releases(many))


def test_a_figure_that_adds_up_both_directions_is_the_whole_swap_not_one_side():
    body = (
        "Russia and Ukraine each released 64 prisoners of war on Friday, officials said.\n\n"
        "In Friday's handover 128 men were freed, Ukraine's ombudsman said, welcoming its "
        "soldiers home."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 64),
        (FRIDAY, "Ukraine", "Russia", 64),
    }


def test_a_direction_stated_as_its_own_parts_is_not_taken_for_both_directions():
    body = (
        "Russia and Ukraine each released 64 prisoners of war on Friday. Moscow also sent "
        "back 9 seriously wounded Ukrainians. In all, 73 Ukrainians came home on Friday, "
        "Kyiv said."
    )
    assert (FRIDAY, "Russia", "Ukraine", 73) in releases(body)


def test_what_the_swap_came_a_day_after_happened_the_day_before():
    body = (
        "Russia and Ukraine swapped 72 prisoners each on Saturday.\n\n"
        "Saturday's handover came a day after Kyiv announced the separate return of 11 of its "
        "citizens, among them two medics."
    )
    assert (FRIDAY, "Russia", "Ukraine", 11) in releases(body, datetime.date(2024, 3, 9))


def test_the_swap_before_a_weekday_that_has_its_own_date_is_one_swap_not_a_total():
    body = (
        "Russia and Ukraine swapped prisoners on Friday. The last exchange before Friday's was "
        "held on 2 February, when 61 prisoners of war went each way."
    )
    assert (datetime.date(2024, 2, 2), "Russia", "Ukraine", 61) in releases(body)


def test_a_formula_without_a_verb_belongs_to_the_handover_told_before_it():
    body = (
        "On Friday the delegations agreed to hand back the remains of fallen soldiers; Kyiv "
        "described that part as 3,000 for 3,000, while Moscow did not comment."
    )
    assert releases(body) == set()


def test_a_future_that_describes_the_exchange_does_not_undate_the_lead():
    body = (
        "Russia and Ukraine on Friday completed the first part of what is expected to become "
        "their biggest swap since 2022, with each side releasing 150 people.\n\n"
        "Kyiv said 150 Ukrainians had come home and that more would follow next week."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 150),
        (FRIDAY, "Ukraine", "Russia", 150),
    }


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("В пятницу Россия освободила еще десятерых гражданских украинцев.", 10),
        ("В пятницу из российского плена освободили семерых гражданских.", 7),
        ("У п'ятницю з полону звільнили дев'ятьох цивільних українців.", 9),
    ],
)
def test_slavic_collective_numerals_in_the_object_case_are_counts(body, count):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", count)}


def test_back_from_captivity_in_a_ukrainian_story_is_home_whatever_the_next_group():
    body = (
        "У п'ятницю Росія отримала 95 своїх військовослужбовців.\n\n"
        "Попередній обмін відбувся 14 лютого — тоді з полону повернулися 80 військових, а "
        "днем раніше, 13 лютого, додому привезли 12 українців."
    )
    found = releases(body)
    assert (datetime.date(2024, 2, 14), "Russia", "Ukraine", 80) in found
    assert (datetime.date(2024, 2, 13), "Russia", "Ukraine", 12) in found


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on the twenty-first of February", datetime.date(2024, 2, 21)),
        ("on the ninth of February", datetime.date(2024, 2, 9)),
        ("on February the twentieth", datetime.date(2024, 2, 20)),
    ],
)
def test_a_day_written_as_an_english_ordinal_word_is_a_date(phrase, day):
    body = (
        f"The previous exchange, {phrase}, freed sixty prisoners of war each, Kyiv and Moscow said."
    )
    assert releases(body) == {(day, "Russia", "Ukraine", 60), (day, "Ukraine", "Russia", 60)}


def test_one_verb_with_two_dated_groups_is_two_handovers_the_same_way():
    body = (
        "Russia and Ukraine completed a three-day exchange on Friday.\n\n"
        "The first two days of the exchange had brought home 210 Ukrainian soldiers on "
        "Wednesday, March 6, and 180 servicemen on Thursday, March 7."
    )
    found = releases(body)
    assert (datetime.date(2024, 3, 6), "Russia", "Ukraine", 210) in found
    assert (datetime.date(2024, 3, 7), "Russia", "Ukraine", 180) in found


def test_that_weekday_is_the_one_the_story_named():
    body = (
        "On the evening of Tuesday, February 27, her phone finally rang. She did not sleep.\n\n"
        "Her son was among 120 Ukrainian soldiers Russia released that Tuesday, the second of "
        "three days of a 500-for-500 exchange agreed in January."
    )
    assert releases(body) == {(datetime.date(2024, 2, 27), "Russia", "Ukraine", 120)}


def test_gave_back_the_same_number_is_the_other_direction():
    body = (
        "Russia handed over 86 Ukrainian servicemen on Friday, the last of two days of a "
        "500-for-500 exchange. Ukraine gave back the same number of Russian soldiers."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 86), (FRIDAY, "Ukraine", "Russia", 86)}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday a further 64 were swapped for 64, the defence ministry said.",
        "On Friday 64 Ukrainian prisoners were exchanged for 64 Russians, officials said.",
    ],
)
def test_n_swapped_for_n_is_both_directions(sentence):
    body = f"Russia and Ukraine resumed exchanges this year. {sentence}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 64), (FRIDAY, "Ukraine", "Russia", 64)}


def test_a_day_of_the_month_named_before_heads_the_figure_after_its_dash():
    body = (
        "Обмін між Росією та Україною тривав три дні: 5 березня кожна сторона передала 120 "
        "людей, 6-го — 95, 7-го — 80."
    )
    found = releases(body)
    for day, count in ((5, 120), (6, 95), (7, 80)):
        assert (datetime.date(2024, 3, day), "Russia", "Ukraine", count) in found
        assert (datetime.date(2024, 3, day), "Ukraine", "Russia", count) in found


def test_a_year_with_a_case_ending_is_the_year():
    body = "Рекордним став січневий обмін: 3 січня 2023-го додому повернулися 230 українців."
    assert releases(body) == {(datetime.date(2023, 1, 3), "Russia", "Ukraine", 230)}


def test_that_day_reaches_back_over_sentences_without_a_day_to_the_swap_told():
    body = (
        "У суботу, 2 березня, під час обміну на рідну землю ступили четверо наших побратимів. "
        "Усі вони потрапили в полон навесні. У неволі хлопці провели понад рік.\n\n"
        "Загалом того дня з полону повернулися 100 українських військових. Днем раніше "
        "додому привезли 50 людей."
    )
    found = releases(body)
    assert (datetime.date(2024, 3, 2), "Russia", "Ukraine", 100) in found
    assert (datetime.date(2024, 3, 1), "Russia", "Ukraine", 50) in found


def test_one_of_the_larger_exchanges_is_no_running_total():
    body = (
        "Russia and Ukraine carried out one of the larger exchanges of the war on Friday, with "
        "each side handing over 175 prisoners of war."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 175),
        (FRIDAY, "Ukraine", "Russia", 175),
    }


def test_a_numbered_section_heading_in_capitals_is_a_heading_not_a_claim():
    body = (
        "Welcome to the weekly edition.\n\n"
        "1. PRISONERS: 80 EACH, PLUS 6 WOUNDED\n\n"
        "Russia and Ukraine exchanged 80 prisoners of war each on Wednesday."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 6), "Russia", "Ukraine", 80),
        (datetime.date(2024, 3, 6), "Ukraine", "Russia", 80),
    }


def test_a_release_table_written_as_text_gives_a_release_a_row_and_direction():
    body = (
        "Here is the winter of Russia-Ukraine swaps, exchange by exchange.\n\n"
        "Date | To Ukraine | To Russia | Mediator\n"
        "8 Nov | 64 | 60 | UAE\n"
        "2 Feb | 100 | n/d | not stated\n"
        "Total | 164 | 60 |\n\n"
        "Both sides blamed each other for the long gaps."
    )
    assert releases(body) == {
        (datetime.date(2023, 11, 8), "Russia", "Ukraine", 64),
        (datetime.date(2023, 11, 8), "Ukraine", "Russia", 60),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 100),
        (datetime.date(2024, 2, 2), "Ukraine", "Russia", None),
    }


def test_a_formula_told_without_a_day_gives_the_other_direction_of_its_one_swap():
    body = (
        "Сьогодні відбувся черговий обмін полоненими між Україною та росією. Додому "
        "повернулися 75 наших громадян.\n\n"
        "Обмін відбувся за формулою «75 на 75» за посередництва ОАЕ."
    )
    assert releases(body) == {
        (PUBLISHED, "Russia", "Ukraine", 75),
        (PUBLISHED, "Ukraine", "Russia", 75),
    }


def test_what_came_home_across_all_stages_is_a_total():
    body = (
        "Сторони домовилися про обмін «1000 на 1000». 23 липня розвідка повідомила, що за "
        "всіма етапами цих домовленостей додому повернулися понад тисячу українців."
    )
    assert releases(body) == set()


def test_a_figure_restated_without_a_direction_is_the_one_told_before():
    body = (
        "Israel released 90 Palestinian prisoners on Friday evening. Earlier on Friday, "
        "militants freed three Israeli women.\n\n"
        "The prison service confirmed at about 19:00 that all 90 had been freed."
    )
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 90), (FRIDAY, "Hamas", "Israel", 3)}


def test_a_subset_cue_does_not_reach_into_a_coordinated_handover_of_its_own():
    body = (
        "Venezuela on Friday released 8 Americans, including all three that Washington calls "
        "wrongfully detained, and the United States freed Carlos Ruiz, a businessman."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 8),
        (FRIDAY, "United States", "Venezuela", 1),
    }


def test_a_when_clause_after_since_a_month_is_an_earlier_swap_without_a_day():
    body = (
        "On that first day, two planes carried 120 Houthi prisoners from Aden to Sanaa, and 45 "
        "people "
        "freed by the rebels were flown to Aden.\n\n"
        "The swap is the most significant since October 2020, when more than 1,000 detainees "
        "were freed in a similar UN-brokered operation."
    )
    assert 1000 not in {count for *_, count in releases(body, datetime.date(2023, 4, 16))}


def test_others_in_the_list_after_a_colon_are_part_of_the_figure_before_it():
    body = (
        "Iran released four US citizens on Friday: businessmen Karim Haddad, 48, and Omid "
        "Farahani, 55, and two others whose families asked that they not be named."
    )
    assert releases(body) == {(FRIDAY, "Iran", "United States", 4)}


def test_the_day_a_document_was_issued_is_not_the_day_of_the_handover():
    body = (
        "Today, on 8 March 2024, in accordance with the Joint Statement issued on 1 March 2024, "
        "20 Armenian servicemen held in Azerbaijan were returned to Armenia."
    )
    assert releases(body) == {(FRIDAY, "Azerbaijan", "Armenia", 20)}


@pytest.mark.parametrize(
    "body",
    [
        "Тогда, 5 февраля, Россия и Украина обменялись 120 военнослужащими каждая.",
        "Тоді, 5 лютого, Росія та Україна обмінялися 120 військовими кожна.",
    ],
)
def test_each_of_the_two_countries_after_the_figure_gives_both_directions(body):
    day = datetime.date(2024, 2, 5)
    assert releases(body) == {(day, "Russia", "Ukraine", 120), (day, "Ukraine", "Russia", 120)}


@pytest.mark.parametrize(
    "body",
    [
        "8 марта Украина получила 130 своих граждан, а Россия — 140 военных.",
        "On Friday Ukraine received 130 of its citizens, and Russia 140 soldiers.",
    ],
)
def test_a_side_named_before_a_figure_whose_verb_is_left_out_takes_the_same_role(body):
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 130),
        (FRIDAY, "Ukraine", "Russia", 140),
    }


def test_a_named_person_joined_to_a_figure_is_one_more():
    body = (
        "Russia freed 120 Ukrainians on Friday. In return, Kyiv handed over 40 Russian "
        "prisoners of war and Oleg Petrenko, a politician who had been in Ukrainian custody "
        "since April on treason charges."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 120), (FRIDAY, "Ukraine", "Russia", 41)}


@pytest.mark.parametrize(
    "wish",
    [
        "Він закликав молитися, щоб усі полонені якнайшвидше повернулися додому.",
        "Он призвал молиться, чтобы все пленные скорее вернулись домой.",
    ],
)
def test_a_wish_that_prisoners_come_home_is_no_release(wish):
    body = f"У п'ятницю з полону повернулися 10 цивільних українців. {wish}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 10)}


def test_coffins_are_remains_and_what_a_side_is_meant_to_return_is_a_plan():
    body = (
        "Hamas freed 12 living hostages on Friday, the Israeli military said. It later "
        "received, via the Red Cross, the coffins of four deceased hostages. Under the deal, "
        "Hamas is meant to return the remains of all 20 dead hostages."
    )
    found = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert {(r.date, r.released_by, r.count) for r in found.releases} == {(FRIDAY, "Hamas", 12)}
    assert {(b.date, b.released_by, b.count) for b in found.bodies} == {(FRIDAY, "Hamas", 4)}


def test_the_same_figure_again_after_also_is_no_addition():
    body = (
        "- Remains returned as 90 Ukrainians walk free in exchange deal\n\n"
        "Their remains were returned to Ukraine on Friday in an exchange that also saw 90 "
        "Ukrainian prisoners of war freed by Russia."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_a_figure_that_now_stands_at_is_a_tally():
    body = (
        "Russia freed 64 Ukrainians on Friday. Kyiv had said 1,200 Ukrainians were freed "
        "since the invasion began on February 24; with Friday's swap that figure now stands "
        "at 1,264, officials say."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 64)}


def test_walking_out_of_captivity_is_a_release():
    body = "On Friday, 22 Ukrainian soldiers walked across the line and out of Russian captivity."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 22)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # no side to give them to: the subject brought its own people back
            "8 марта Россия получила 63 военнослужащих. Украина вернула 116 человек.",
            (FRIDAY, "Russia", "Ukraine", 116),
        ),
        (  # a side after the verb receives them
            "8 марта Россия вернула Украине 116 человек.",
            (FRIDAY, "Russia", "Ukraine", 116),
        ),
    ],
)
def test_a_side_that_brought_people_back_with_no_side_after_the_verb_received_them(body, expected):
    assert expected in releases(body)


def test_a_breakdown_after_a_colon_with_an_aside_and_a_part_in_words_is_a_breakdown():
    body = (
        "У п'ятницю з російської неволі звільнено 120 військовополонених: 90 військовослужбовців "
        "ЗСУ (серед них семеро з тероборони і троє з ВМС), 20 нацгвардійців, 9 прикордонників та "
        "один представник Національної поліції."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 120)}


def test_a_total_of_the_swap_and_a_group_added_on_top_is_one_direction():
    body = (
        "On Friday Ukraine handed over 175 Russian soldiers in the exchange. Kyiv said 197 "
        "Ukrainians came home on Friday. Russia also handed over 22 badly wounded Ukrainian "
        "soldiers outside the exchange."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 175),
        (FRIDAY, "Russia", "Ukraine", 197),
    }


def test_an_additive_opening_covers_every_clause_of_its_sentence():
    body = (
        "8 марта на Родину вернулись 200 российских военнослужащих, киевской стороне передали "
        "столько же военнопленных ВСУ. Кроме того, Россия передала Украине 30 раненых "
        "военнопленных ВСУ, а в ответ получила 12 тяжелораненых российских военных."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 230),
        (FRIDAY, "Ukraine", "Russia", 212),
    }


def test_of_that_year_before_a_date_gives_it_the_year_named_before():
    body = (
        "On December 19, 2021, Azerbaijan handed over 10 Armenian soldiers. In June of that "
        "year, on June 12, Baku freed 15 Armenian detainees in exchange for minefield maps."
    )
    found = releases(body, datetime.date(2023, 12, 14))
    assert (datetime.date(2021, 6, 12), "Azerbaijan", "Armenia", 15) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The six-week first phase foresees the release of 33 hostages.",
        "С февраля 2022 года из плена удалось вернуть более 4300 украинцев.",
    ],
)
def test_a_phase_that_foresees_and_a_count_since_a_month_are_no_releases(sentence):
    body = f"On Friday Russia freed 12 Ukrainians and Hamas freed three Israelis. {sentence}"
    assert all(count in (12, 3) for *_, count in releases(body))


def test_a_subset_cue_does_not_reach_the_other_side_getting_back_the_same_number():
    body = (
        "In the previous exchange, on Friday, 144 Ukrainian troops came home, many of them "
        "badly wounded, and Russia and its proxies got back the same number of fighters."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 144),
        (FRIDAY, "Ukraine", "Russia", 144),
    }


def test_among_the_largest_is_no_subset_and_a_described_name_joined_in_return_is_one_more():
    body = (
        "Russia and Ukraine swapped 90 prisoners each on Friday. The swap is among the largest "
        "since Feb. 2, when Ukraine brought home 200 prisoners, including commanders, in "
        "exchange for 40 Russians and the pro-Kremlin politician Oleg Petrenko."
    )
    found = releases(body)
    assert (datetime.date(2024, 2, 2), "Russia", "Ukraine", 200) in found
    assert (datetime.date(2024, 2, 2), "Ukraine", "Russia", 41) in found


def test_a_described_name_given_in_exchange_is_one_person_the_other_way():
    body = (
        "On Friday Russia released Anna Cole, an American basketball player, in exchange for "
        "the convicted arms dealer Pavel Orlov, the United States said."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_a_named_person_traded_for_a_named_person_is_one_each_way():
    body = (
        "Lena Cole, a former U.S. Marine, was exchanged at an airport in Ankara for Pavel "
        "Orlov, a Russian pilot, on Thursday."
    )
    thursday = datetime.date(2024, 3, 7)
    assert releases(body) == {
        (thursday, "Russia", "United States", 1),
        (thursday, "United States", "Russia", 1),
    }


def test_a_short_heading_ending_in_a_bracketed_date_dates_its_section():
    body = (
        "Russia and the United States have traded prisoners one for one several times.\n\n"
        "Cole for Orlov (December 8, 2022)\n\n"
        "Lena Cole, an American basketball player, was traded for arms dealer Pavel Orlov, a "
        "Russian."
    )
    day = datetime.date(2022, 12, 8)
    assert releases(body) == {
        (day, "Russia", "United States", 1),
        (day, "United States", "Russia", 1),
    }


def test_one_for_one_in_words_is_a_ratio_not_a_swap_of_one():
    body = (
        "The arrangement was one-for-one: five detainees on each side were freed by Iran and "
        "the United States on Friday."
    )
    assert releases(body) == {
        (FRIDAY, "Iran", "United States", 5),
        (FRIDAY, "United States", "Iran", 5),
    }


def test_a_formula_that_is_stated_does_not_hold_the_day_of_the_next_item():
    body = (
        "В пятницу Россия и Украина обменялись пленными по формуле 95 на 95. Первый обмен "
        "состоялся 24 августа, когда стороны обменялись по формуле 115 на 115, второй — "
        "14 сентября, 103 на 103."
    )
    found = releases(body, datetime.date(2024, 10, 19))
    assert (datetime.date(2024, 9, 14), "Russia", "Ukraine", 103) in found
    assert (datetime.date(2024, 8, 24), "Ukraine", "Russia", 115) in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "3 листопада 2022 року — обмін «107 на 107».",
            {
                (datetime.date(2022, 11, 3), "Russia", "Ukraine", 107),
                (datetime.date(2022, 11, 3), "Ukraine", "Russia", 107),
            },
        ),
        (
            "4 лютого 2023 року — 116 українців в обмін на 63 росіян.",
            {
                (datetime.date(2023, 2, 4), "Russia", "Ukraine", 116),
                (datetime.date(2023, 2, 4), "Ukraine", "Russia", 63),
            },
        ),
    ],
)
def test_a_chronology_line_of_a_date_and_a_dash_tells_a_swap_that_happened(line, expected):
    body = f"Коротка хронологія обмінів полоненими між Росією та Україною.\n\n{line}"
    assert releases(body, datetime.date(2023, 8, 8)) == expected


def test_a_slavic_perfective_future_is_a_plan():
    body = (
        "8 марта Россия передала Украине 90 военнопленных ВСУ. Тогда в Кремле сообщили, что "
        "стороны обменяются 150 военнопленными и что Россия передаст Украине 12 тяжелораненых."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}
    assert "wounded" not in categories(body, "Russia")


def test_the_kinds_figure_that_groups_inside_the_total_complete_is_that_kinds():
    body = (
        "У п'ятницю з російської неволі повернулися 150 українців.\n\n"
        "Звільнено:\n— 70 військовослужбовців ЗСУ;\n— 40 — Національної гвардії.\n\n"
        "Цього разу додому повертаються 130 рядових і сержантів та 18 офіцерів. Також із неволі "
        "вдалося визволити двох цивільних."
    )
    assert categories(body, "Russia") == {"military": 148, "civilian": 2}


def test_a_ranks_breakdown_that_completes_the_count_with_the_civilians_is_the_military():
    body = (
        "Ukraine brought back 80 people from Russian captivity on Friday. Soldiers, National "
        "Guard members and three civilians are among those released, Kyiv said. The military "
        "personnel include seven officers and 70 privates and sergeants."
    )
    assert categories(body, "Russia") == {"military": 77, "civilian": 3}


@pytest.mark.parametrize(
    "body",
    [
        "Russia handed back 60 Ukrainians on Friday. Seven of those released were minors.",
        "Russia handed back 60 Ukrainians on Friday. Of the sixty people, seven are minors.",
    ],
)
def test_a_partitive_copula_gives_a_part_of_the_handover(body):
    assert categories(body, "Russia") == {"minors": 7}


def test_a_capture_day_far_before_the_date_is_not_the_day_of_the_release():
    body = (
        "Russia freed 12 Ukrainians on Friday. One of them, who was taken captive at "
        "the main hospital of the besieged city on March 3, 2022, said nothing. "
        "Of the twelve, three are women."
    )
    assert categories(body, "Russia") == {"women": 3}


def test_a_date_alone_labels_the_chronology_entry_under_it():
    body = (
        "Обміни полоненими між Україною та Росією цього року.\n\n"
        "12 січня. Обмін за формулою «40 на 40».\n\n"
        "2 лютого. Ще один обмін: 25 на 25."
    )
    january_12 = datetime.date(2024, 1, 12)
    february_2 = datetime.date(2024, 2, 2)
    assert releases(body) == {
        (january_12, "Russia", "Ukraine", 40),
        (january_12, "Ukraine", "Russia", 40),
        (february_2, "Russia", "Ukraine", 25),
        (february_2, "Ukraine", "Russia", 25),
    }


def test_a_group_beyond_this_in_russian_adds_to_the_handover():
    body = (
        "В пятницу из плена вернулись 60 российских военнослужащих. Взамен ВСУ получили 60 "
        "своих военнопленных. Помимо этого, Киеву передали ещё 9 тяжелораненых военнопленных."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 60),
        (FRIDAY, "Russia", "Ukraine", 69),
    }


def test_a_day_of_the_month_takes_its_month_from_a_vaguer_phrase_before_it():
    body = (
        "В пятницу Россия и Украина обменялись пленными по формуле «30 на 30». Предыдущий обмен "
        "состоялся в конце января: 27-го числа, на следующий день после визита посредников, "
        "стороны передали друг другу пленных по формуле «45 на 45»."
    )
    january_27 = datetime.date(2024, 1, 27)
    assert (january_27, "Russia", "Ukraine", 45) in releases(body)
    assert (january_27, "Ukraine", "Russia", 45) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "Russia freed 60 Ukrainians on Friday. The swap came a week after a drone strike on "
        "a market in the city on February 29.",
        "У п'ятницю з полону повернулися 60 українців. Обмін відбувся через кілька днів після "
        "обстрілу ринку 29 лютого.",
    ],
)
def test_the_date_after_a_distance_and_after_is_the_other_events(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_the_date_of_an_earlier_swap_a_distance_after_still_counts():
    body = (
        "Russia freed 60 Ukrainians on Friday. The handover came eight days after the Feb. 29 "
        "exchange, in which 40 Ukrainians came home."
    )
    assert (datetime.date(2024, 2, 29), "Russia", "Ukraine", 40) in releases(body)


@pytest.mark.parametrize(
    ("body", "published", "day"),
    [
        (  # Orthodox Easter 2024 was 5 May; its eve, the 4th
            "Russia and Ukraine swapped 45 prisoners each on the eve of Orthodox Easter.",
            datetime.date(2024, 5, 7),
            datetime.date(2024, 5, 4),
        ),
        (  # Ukrainian: Orthodox; Easter 2023 was 16 April
            "На Великдень з російського полону повернулися 45 українців.",
            datetime.date(2023, 4, 18),
            datetime.date(2023, 4, 16),
        ),
        (  # the calendar date in apposition says which day
            "Предыдущий обмен состоялся на Пасху, 15 апреля: Россия передала Украине 45 пленных.",
            datetime.date(2023, 6, 1),
            datetime.date(2023, 4, 15),
        ),
    ],
)
def test_easter_as_a_day(body, published, day):
    assert {(d, n) for d, _, _, n in releases(body, published)} == {(day, 45)}


def test_the_day_the_last_one_was_on_dates_the_next_sentence():
    body = (
        "Russia freed 60 Ukrainians on Friday.\n\n"
        "Is this the first swap of the year?\nNo. The last one was on 2 February. Each side "
        "released 30 prisoners of war."
    )
    february_2 = datetime.date(2024, 2, 2)
    assert (february_2, "Russia", "Ukraine", 30) in releases(body)
    assert (february_2, "Ukraine", "Russia", 30) in releases(body)


def test_a_date_alone_after_prose_heads_a_chronology_entry_and_gives_a_holiday_its_year():
    body = (
        "A short chronology of the swaps between Russia and Ukraine.\n\n"
        "OCTOBER 6, 2022\nUkraine announces that 20 people have been freed.\n\n"
        "DECEMBER 31, 2022\nA New Year's Eve exchange brings 40 Ukrainians home."
    )
    assert releases(body) == {
        (datetime.date(2022, 10, 6), "Russia", "Ukraine", 20),
        (datetime.date(2022, 12, 31), "Russia", "Ukraine", 40),
    }


def test_two_sides_adjectives_before_one_noun_are_one_group():
    body = (
        "Russia freed 60 Ukrainians on Friday. In exchange, Kyiv handed over 45 Russian and "
        "pro-Russian fighters."
    )
    assert (FRIDAY, "Ukraine", "Russia", 45) in releases(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a day count is a day
            "Russia freed 60 Ukrainians three days ago, officials said.",
            {(datetime.date(2024, 3, 6), "Russia", "Ukraine", 60)},
        ),
        (  # a month is no day
            "Russia freed 60 Ukrainians on Friday. The previous exchange, 30 for 30, was only "
            "a month ago.",
            {
                (FRIDAY, "Russia", "Ukraine", 60),
                (None, "Russia", "Ukraine", 30),
                (None, "Ukraine", "Russia", 30),
            },
        ),
        (  # another event's time is not the swap's
            "Russia freed 60 Ukrainians on Friday, the first swap since the talks began seven "
            "weeks ago.",
            {(FRIDAY, "Russia", "Ukraine", 60)},
        ),
    ],
)
def test_a_time_ago(body, expected):
    assert releases(body) == expected


def test_wounded_ones_are_people_added_to_the_group():
    body = (
        "Russia freed 60 Ukrainians on Friday. Moscow says it got back 50 of its servicemen "
        "plus 12 wounded ones — 62 in total."
    )
    assert (FRIDAY, "Ukraine", "Russia", 62) in releases(body)


def test_a_with_adjunct_of_a_future_clause_is_planned_too():
    body = (
        "Hamas freed 24 hostages on Friday and Israel released 39 prisoners. A second group of "
        "13 hostages is due to be released on Saturday, with thirty-nine more prisoners going "
        "the other way."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 24), (FRIDAY, "Israel", "Hamas", 39)}


@pytest.mark.parametrize(
    "opening",
    ["In October, in what was then the largest swap,", "Back in October 2023,", "У жовтні"],
)
def test_a_sentence_that_opens_on_another_month_has_no_day(opening):
    body = f"Russia freed 60 Ukrainians on Friday.\n\n{opening} Russia freed 45 Ukrainians."
    assert (None, "Russia", "Ukraine", 45) in releases(body)


def test_a_sentence_that_opens_on_the_month_of_the_story_keeps_its_day():
    body = "Russia freed 60 Ukrainians on Friday. In March, Russia also freed 45 Ukrainians."
    assert (None, "Russia", "Ukraine", 45) not in releases(body)


def test_the_same_day_before_any_narrative_day_is_the_leads():
    body = (
        "What happened on Friday?\nHamas released the last 20 living hostages held in Gaza. "
        "They were handed to the Red Cross in two groups. All 20 are men. They were taken to "
        "hospitals.\n\nAnd the Palestinian prisoners?\nIsrael released 250 Palestinians on the "
        "same day."
    )
    assert (FRIDAY, "Israel", "Hamas", 250) in releases(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "A ceasefire from January to March saw 33 hostages exchanged for 1,500 Palestinians.",
        "Over the truce, 33 hostages were exchanged for 1,500 Palestinians in several stages.",
    ],
)
def test_a_period_of_months_or_several_stages_is_a_total(sentence):
    body = f"Hamas freed 20 hostages on Friday. {sentence}"
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 20)}


def test_a_small_group_of_soldiers_told_later_is_a_part_not_the_military_figure():
    body = (
        "Сьогодні, 9 березня, відбувся обмін полоненими. З російської неволі вдалося звільнити "
        "120 людей — 112 військовослужбовців та вісьмох цивільних, яких росіяни незаконно "
        "утримували. Додому повертаються оборонці Маріуполя, дев'ятеро захисників острова "
        "Зміїний, прикордонники."
    )
    assert categories(body, "Russia") == {"military": 112, "civilian": 8}


@pytest.mark.parametrize(
    "sentence",
    [
        "Переважна більшість звільнених — чоловіки; жінок шестеро.",
        "Среди освобождённых женщин — шесть.",
    ],
)
def test_a_noun_before_its_figure_about_the_freed_is_a_part(sentence):
    body = f"У п'ятницю з російського полону повернулися 90 українців. {sentence}"
    assert categories(body, "Russia") == {"women": 6}


@pytest.mark.parametrize(
    "body",
    [
        "В пятницу стороны обменялись военнопленными в формате 75 на 75, кроме того, Россия "
        "передала Украине 12 тяжелораненых военнопленных.",
        "On Friday the two sides swapped prisoners of war in a 75-for-75 exchange. In addition, "
        "Russia handed over 12 seriously wounded Ukrainian soldiers.",
    ],
)
def test_a_formula_next_to_soldiers_counts_soldiers(body):
    assert categories(body, "Russia") == {"military": 87, "wounded": 12}
    assert categories(body, "Ukraine") == {"military": 75}


def test_a_formula_with_another_figure_of_soldiers_between_is_not_all_soldiers():
    body = "В пятницу по формуле «75 на 75» Россия вернула 75 украинских военных."
    assert categories(body, "Ukraine") == {}


def test_a_telephone_call_is_no_body_and_the_day_after_it_is_not_the_story_day():
    body = (
        "В пятницу Россия и Украина обменялись пленными. Предыдущий обмен состоялся 2 марта, на "
        "следующий день после телефонного разговора президентов. Тогда стороны обменялись по "
        "40 человек."
    )
    march_2 = datetime.date(2024, 3, 2)
    assert (march_2, "Russia", "Ukraine", 40) in releases(body)
    assert (march_2, "Ukraine", "Russia", 40) in releases(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "В конце января, по данным Минобороны, обмен прошел в формате «40 на 40».",
        "At the end of January, a 40-for-40 exchange took place.",
    ],
)
def test_a_swap_at_a_part_of_another_month_has_no_day(sentence):
    body = f"Russia freed 60 Ukrainians on Friday. {sentence}"
    assert (None, "Russia", "Ukraine", 40) in releases(body)
    assert (None, "Ukraine", "Russia", 40) in releases(body)


def test_then_after_a_dated_swap_gives_a_formula_that_swap():
    body = (
        "В пятницу Россия и Украина обменялись пленными. Предыдущий обмен прошёл 2 марта. Тогда "
        "Минобороны РФ заявило о формате «40 на 40»."
    )
    march_2 = datetime.date(2024, 3, 2)
    assert (march_2, "Russia", "Ukraine", 40) in releases(body)
    assert (march_2, "Ukraine", "Russia", 40) in releases(body)


def test_officers_among_them_then_the_rest_make_the_military_figure():
    body = (
        "У п'ятницю з російської неволі вдалося повернути 60 наших громадян. Офіцерів серед них "
        "троє, решта 57 — рядові та сержанти."
    )
    assert categories(body, "Russia") == {"military": 60}


def test_the_same_number_after_two_groups_is_their_sum():
    body = (
        "Russia's Defence Ministry said 70 Russian servicemen and 20 civilians had been returned "
        "on Friday, and that Ukraine had received the same number of people."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 90),
        (FRIDAY, "Russia", "Ukraine", 90),
    }


def test_one_group_after_among_and_a_dash_is_a_part_a_list_is_the_breakdown():
    part = (
        "В среду Россия вернула Украине 25 военнопленных. Омбудсмен уточнил, что среди "
        "переданных Киеву — один гражданский."
    )
    assert releases(part) == {(datetime.date(2024, 3, 6), "Russia", "Ukraine", 25)}
    whole = (
        "У п'ятницю з полону повернулися 60 українців. Як повідомив президент, серед "
        "звільнених — 50 рядових і сержантів та 10 офіцерів."
    )
    assert categories(whole, "Russia") == {"military": 60}


def test_a_day_count_in_words_this_pattern_cannot_read_gives_no_day_and_no_figure():
    body = (
        "У п'ятницю з полону повернулися 60 українців. Попередній обмін відбувся лише "
        "одинадцять днів тому, 26 лютого: тоді додому повернулися 40 українців."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (datetime.date(2024, 2, 26), "Russia", "Ukraine", 40),
    }


def test_a_month_opening_after_a_conjunction_has_no_day():
    body = "В пятницу Россия вернула 60 украинцев. А в январе был обмен 40 на 40."
    assert (None, "Russia", "Ukraine", 40) in releases(body)


def test_the_answer_to_an_added_group_is_added_too():
    body = (
        "В пятницу с подконтрольной Киеву территории возвращены 60 российских военнослужащих. "
        "В обмен Украине передали 60 украинских военнопленных. Дополнительно Россия передала "
        "украинской стороне 9 раненых военнопленных. Взамен домой вернулись 4 тяжелораненых "
        "российских военнослужащих."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 64),
        (FRIDAY, "Russia", "Ukraine", 69),
    }


def test_a_side_named_as_where_people_were_held_is_not_their_home():
    body = (
        "Сегодня с подконтрольной киевскому режиму территории возвращены 60 российских "
        "военнослужащих. Кроме того, домой вернулись пятеро жителей приграничья, которых "
        "незаконно удерживали на Украине."
    )
    assert releases(body) == {(datetime.date(2024, 3, 9), "Ukraine", "Russia", 65)}


def test_over_the_first_two_days_is_a_total():
    body = (
        "В четверг, 7 марта, Россия и Украина освободили по 40 военнослужащих. В пятницу, 8 марта, "
        "состоялся второй этап: каждая сторона освободила по 30 военнослужащих. Наконец, в "
        "субботу, 9 марта, стороны обменялись ещё 20 военнопленными с каждой стороны.\n\n"
        "Сколько всего?\nДа. За первые два дня стороны передали друг другу по 70 человек, а с "
        "учётом третьего этапа — по 90, как и договаривались."
    )
    saturday = datetime.date(2024, 3, 9)
    assert (saturday, "Russia", "Ukraine", 20) in releases(body)
    assert all(count != 70 for _, _, _, count in releases(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Украина, по словам главы офиса президента, получила 60 человек.",
        "Ukraine, according to the head of the presidential office, received 60 people.",
    ],
)
def test_who_says_it_between_the_subject_and_its_verb(sentence):
    body = f"В пятницу Минобороны России сообщило о возвращении 40 военнослужащих. {sentence}"
    assert (FRIDAY, "Russia", "Ukraine", 60) in releases(body)


def test_a_sentence_opening_on_and_a_date_sets_the_scene():
    body = (
        "У п'ятницю з полону повернулися 60 українців.\n\n"
        "А 21 вересня 2022 року сталося те, що багато хто називає найрезонанснішим обміном. "
        "Україна повернула 215 людей."
    )
    assert (datetime.date(2022, 9, 21), "Russia", "Ukraine", 215) in releases(body)


def test_came_out_of_captivity_in_either_order_is_a_release():
    body = "У п'ятницю в межах обміну з полону вийшли 60 українців."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_a_formula_over_a_range_of_days_is_the_whole_exchange():
    body = (
        "У п'ятницю з полону повернулися 60 українців. Нагадаємо, 4–6 лютого відбувся обмін за "
        "формулою «500 на 500»."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_groups_of_soldiers_told_apart_that_make_up_the_total_are_its_military_figure():
    body = (
        "On Friday, Russia's Defence Ministry said 60 Russian servicemen had been returned in "
        "exchange for 60 Ukrainian prisoners of war. In a second part of the deal, 9 wounded "
        "Ukrainian prisoners of war were handed over in exchange for 4 wounded Russian soldiers. "
        "Adding the two parts together, 69 Ukrainians came home and 64 Russians went back."
    )
    assert categories(body, "Russia") == {"military": 69, "wounded": 9}


def test_bullets_that_are_whole_sentences_are_sentences_of_their_own():
    body = (
        "Here is where things stand:\n"
        "- Russia and Ukraine each released 50 prisoners on Friday, the first day of the swap.\n"
        "- On Thursday, 60 Ukrainians came home, 40 servicemen and 20 civilians. Moscow said "
        "the same number of Russians, 40 troops and 20 civilians, had been returned.\n"
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    thursday = {
        r.released_by: r.categories for r in result.releases if r.date == datetime.date(2024, 3, 7)
    }
    assert thursday == {
        "Russia": {"military": 40, "civilian": 20},
        "Ukraine": {"military": 40, "civilian": 20},
    }


def test_a_month_and_year_the_paragraph_opens_on_gives_a_later_day_its_year():
    body = (
        "Hamas freed 20 hostages on Friday.\n\n"
        "In November 2023 a week-long truce freed 105 hostages and 240 Palestinian prisoners. "
        "On its first day, 24 November, Hamas freed 13 Israelis and Israel released 39 "
        "Palestinians."
    )
    assert releases(body) == {
        (FRIDAY, "Hamas", "Israel", 20),
        (datetime.date(2023, 11, 24), "Hamas", "Israel", 13),
        (datetime.date(2023, 11, 24), "Israel", "Hamas", 39),
    }


def test_a_record_set_in_a_month_when_a_figure_was_freed_has_no_day():
    body = (
        "Then, with almost no warning, 60 Ukrainians came home on Friday. It eclipsed the "
        "previous record set in September 2022, when 45 Ukrainians were freed."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (None, "Russia", "Ukraine", 45),
    }


def test_a_subset_cue_does_not_reach_past_a_handover_in_return():
    body = (
        "On Friday Ukraine won the release of 60 people held by Russia, among them the "
        "commanders of the garrison, handing over in return 25 Russians."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (FRIDAY, "Ukraine", "Russia", 25),
    }


def test_released_footage_of_people_is_no_release_of_them():
    from articles.extraction.analysis import _release_spans

    assert _release_spans("The press service released footage of the two men talking.", 0) == []
    assert _release_spans("The press service said two men were released.", 0) != []


@pytest.mark.parametrize(
    "phrase", ["on the 2nd of March", "on March the 2nd", "on the second of March"]
)
def test_a_british_ordinal_day_of_a_month_is_a_date(phrase):
    body = f"Russia freed 60 Ukrainian soldiers {phrase}, officials in Kyiv said."
    assert releases(body) == {(datetime.date(2024, 3, 2), "Russia", "Ukraine", 60)}


def test_the_last_big_swap_dates_what_is_said_of_it_next():
    body = (
        "Russia freed 80 Ukrainians on Friday. The previous large swap was on 2 February. "
        "That time Russia handed over 45 Ukrainians."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 80),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 45),
    }


def test_a_group_added_in_the_same_sentence_as_a_swap_adds_to_its_total():
    body = (
        "On Friday it was 60 prisoners for 60, and Russia also handed over 12 badly wounded "
        "Ukrainian soldiers."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 72), (FRIDAY, "Ukraine", "Russia", 60)}


def test_groups_added_by_a_sentence_that_opens_on_the_cue_add_up():
    body = (
        "On Friday 150 Russian soldiers were returned and in return 150 Ukrainian soldiers were "
        "handed over. On top of that there was a smaller swap of wounded: Ukraine got back 20 "
        "wounded soldiers, while Russia received 9 of its own wounded. Adding it up, that's "
        "159 servicemen returned to Russia."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 170),
        (FRIDAY, "Ukraine", "Russia", 159),
    }
    assert categories(body, "Ukraine") == {"military": 159, "wounded": 9}


def test_a_pronoun_exchanged_for_a_named_person_goes_the_other_way():
    body = (
        "Tom Baker spent a year in a Russian jail. On Friday he was flown to Istanbul and "
        "exchanged on the runway for Ivan Sorokin, the Russian businessman who had been held in "
        "the United States."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


@pytest.mark.parametrize(
    "body",
    [
        "У п'ятницю відбувся обмін: Україна повернула 90 людей, Росія отримала 70.",
        "В пятницу прошёл обмен: Украина вернула 90 человек, Россия получила 70.",
    ],
)
def test_a_side_that_brings_people_back_receives_them_and_a_bare_figure_after_is_people(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 70)}


def test_a_verbless_entry_under_a_date_label_is_a_swap_and_its_notes_and_bodies_go_its_way():
    body = (
        "Хронология года.\n\n"
        "5 марта. Первый обмен после перерыва: по 60 человек с каждой стороны. Среди "
        "вернувшихся на Украину — трое гражданских. В тот же день стороны передали друг другу "
        "тела погибших: Украина получила 120 тел, Россия — 30.\n"
    )
    march5 = datetime.date(2024, 3, 5)
    assert releases(body) == {(march5, "Russia", "Ukraine", 60), (march5, "Ukraine", "Russia", 60)}
    assert categories(body, "Russia") == {"civilian": 3}
    assert bodies(body) == {(march5, "Russia", "Ukraine", 120), (march5, "Ukraine", "Russia", 30)}


def test_a_side_named_as_the_captivity_they_left_is_not_their_home():
    body = (
        "Україна в п'ятницю провела обмін полоненими. Додому повернулися 60 військовослужбовців, "
        "більшість із яких два роки провели в російській неволі."
    )
    assert (FRIDAY, "Russia", "Ukraine", 60) in releases(body)


def test_a_group_told_inside_another_handovers_added_part_was_inside_its_total():
    body = (
        "У п'ятницю з російської неволі вдалося звільнити 50 українців. Серед звільнених "
        "військових — п'ять офіцерів та 41 рядовий. Крім того, з полону повернулися четверо "
        "цивільних."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 50)}
    assert categories(body, "Russia") == {"military": 46, "civilian": 4}


def test_a_relative_clause_gives_a_list_no_verb_and_the_freed_before_a_dash_are_a_part():
    listed = (
        "У п'ятницю додому повернулися 40 військовослужбовців ЗСУ, 12 нацгвардійців і троє "
        "цивільних, яких росіяни незаконно утримували."
    )
    assert releases(listed) == {(FRIDAY, "Russia", "Ukraine", 55)}
    part = (
        "У п'ятницю з полону звільнено 90 українських військовослужбовців. Міністр повідомив, "
        "що 20 звільнених — працівники МВС: 12 гвардійців і 8 прикордонників."
    )
    assert releases(part) == {(FRIDAY, "Russia", "Ukraine", 90)}


@pytest.mark.parametrize("phrase", ["Минулої середи", "В прошлую среду"])
def test_last_wednesday_in_ukrainian_and_russian_genitive_and_accusative(phrase):
    verb = "Україна повернула з полону" if phrase.startswith("М") else "Украина вернула из плена"
    noun = "людей" if phrase.startswith("М") else "человек"
    body = f"{phrase} {verb} 70 {noun}."
    assert releases(body) == {(datetime.date(2024, 3, 6), "Russia", "Ukraine", 70)}


def test_the_environment_is_no_wednesday():
    from articles.extraction.dates import find_dates

    assert find_dates("Охрана окружающей среды важна.", PUBLISHED) == []


def test_a_qa_explainer_dates_its_answers_by_the_swap_the_lead_says_was_exchanged():
    body = (
        "Пояснюємо головне про обмін.\n\n"
        "Що сталося?\n\n"
        "У середу Україна та Росія обмінялися полоненими за формулою 80 на 80.\n\n"
        "Хто повернувся?\n\n"
        "За даними штабу, серед 80 звільнених — 70 рядових і десять офіцерів.\n\n"
        "Коли був попередній обмін?\n\n"
        "2 лютого, за формулою 50 на 50.\n"
    )
    wednesday, february2 = datetime.date(2024, 3, 6), datetime.date(2024, 2, 2)
    assert releases(body) == {
        (wednesday, "Russia", "Ukraine", 80),
        (wednesday, "Ukraine", "Russia", 80),
        (february2, "Russia", "Ukraine", 50),
        (february2, "Ukraine", "Russia", 50),
    }
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is None


def test_wounded_handed_to_a_side_under_a_separate_arrangement_still_go_to_it():
    body = (
        "В пятницу из плена вернулись 90 российских военнослужащих, а ещё 12 тяжелораненых "
        "военных были переданы России в рамках отдельной договорённости."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 102)}


def test_a_group_given_in_return_without_a_figure_is_a_release_too():
    body = (
        "В пятницу группа российских военных вернулась с подконтрольной Киеву территории, "
        "взамен передана группа украинских военнопленных."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", None),
        (FRIDAY, "Russia", "Ukraine", None),
    }


def test_what_a_side_has_already_handed_over_with_no_day_is_a_tally():
    body = (
        "В пятницу Украина вернула 50 военных. На этой неделе Путин заявил, что Россия уже "
        "передала Украине тела 4000 погибших военных."
    )
    assert bodies(body) == set()


def test_the_same_figure_stated_as_well_by_the_other_side_is_not_added():
    body = (
        "On Friday Kyiv said 120 Ukrainians had come home. Moscow said 100 Russian servicemen "
        "were returned and puts the number it handed over at 100 as well."
    )
    assert (FRIDAY, "Russia", "Ukraine", 120) in releases(body)


def test_a_named_person_and_a_group_given_in_return_add_up():
    body = (
        "Russia handed 90 prisoners over to Ukraine on Friday, Kyiv said, in return for the "
        "politician Ivan Petrenko and 30 Russian prisoners of war."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 31)}


def test_a_subset_cue_does_not_reach_into_another_speakers_clause():
    body = (
        "On Friday, Ukraine brought home 80 servicemen, 30 of them Mariupol defenders, and the "
        "separatist leader in Donetsk, Ivan Petrov, said the same number went back the other way."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 80), (FRIDAY, "Ukraine", "Russia", 80)}


def test_a_named_person_after_an_article_and_a_title_is_one_person():
    body = (
        "On Friday, at an airport in Turkey, Russia freed the former U.S. Marine John Miller and "
        "the United States released the Russian pilot Ivan Sorokin."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_last_night_is_the_day_before_publication():
    from articles.extraction.dates import find_dates

    (mention,) = find_dates("Buses left the prison late last night.", PUBLISHED)
    assert mention.value == FRIDAY


def test_a_transcripts_short_opening_turns_are_not_its_lead():
    body = (
        "[Transcript, corrected by the production team.]\n\n"
        "ANNA: Welcome to the show. I'm Anna.\n\n"
        "TOM: Yesterday was the first day of the pause. Mediators said 20 hostages were freed "
        "yesterday.\n\n"
        "TOM: After the hostages were out, Israel released 40 Palestinian prisoners from two "
        "prisons.\n"
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 20), (FRIDAY, "Israel", "Hamas", 40)}


def test_people_counted_before_and_described_again_are_no_new_handover():
    body = (
        "On Friday Hamas freed 20 hostages and Israel released 60 Palestinians. The two nurses "
        "freed on Friday were among the first taken in October."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 20), (FRIDAY, "Israel", "Hamas", 60)}


def test_ranks_that_add_up_to_the_count_are_all_of_it_military():
    body = (
        "On Friday Russia's Defence Ministry said 100 Ukrainian prisoners of war were handed "
        "over. On top of that, Russia handed over 20 wounded Ukrainian prisoners. Kyiv said the "
        "group was made up of ten officers and 110 privates and sergeants."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 120)}
    assert categories(body, "Russia")["military"] == 120


def test_a_list_with_a_civilian_figure_and_a_later_military_breakdown_make_up_the_count():
    body = (
        "Sixty Ukrainians crossed back into their country on Friday. Kyiv said another sixty of "
        "our people were home: soldiers, national guardsmen and three civilians. Among the "
        "military there are five officers and fifty-two privates and sergeants."
    )
    assert categories(body, "Russia") == {"military": 57, "civilian": 3}


def test_the_remains_of_only_some_of_the_dead_are_bodies_and_the_whole_is_no_handover():
    body = (
        "Hamas freed 20 hostages on Friday. By Friday evening Hamas had handed over the remains "
        "of only three of the 25 hostages who died in captivity."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 20)}
    assert bodies(body) == {(FRIDAY, "Hamas", "Israel", 3)}


def test_a_second_verb_of_receiving_keeps_the_first_verbs_subject():
    body = (
        "On Friday the sides traded remains: Russia handed over 500 bodies it said were those of "
        "Ukrainian soldiers and received 30 in return."
    )
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 500), (FRIDAY, "Ukraine", "Russia", 30)}


def test_sides_that_agreed_to_exchange_more_have_not_exchanged_them():
    body = (
        "У п'ятницю з російського полону повернулися 90 захисників. Тоді делегації погодилися "
        "обміняти ще "
        "по 1000 полонених з кожного боку."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}


def test_a_russian_language_gaza_swap_with_names_after_the_verb_and_prisoners_let_go():
    body = (
        "В пятницу ХАМАС освободил двух заложников, Израиль отпустил 60 заключённых. Неделей "
        "ранее, 1 марта, на свободу вышли Иван Петров, Анна Смирнова и Олег Ким; тогда Израиль "
        "отпустил 90 палестинских заключённых. У Петрова, отца троих детей, всё хорошо."
    )
    march1 = datetime.date(2024, 3, 1)
    assert releases(body) == {
        (FRIDAY, "Hamas", "Israel", 2),
        (FRIDAY, "Israel", "Hamas", 60),
        (march1, "Hamas", "Israel", 3),
        (march1, "Israel", "Hamas", 90),
    }
    assert categories(body, "Hamas") == {}


def test_a_swap_between_other_parties_told_in_the_background_keeps_its_own_sides():
    body = (
        "Russia freed 60 Ukrainian soldiers on Friday. On 2 February, Russia freed one American, "
        "the teacher John Miller, in exchange for one Russian, the businessman Ivan Sorokin, at "
        "Abu Dhabi airport."
    )
    february2 = datetime.date(2024, 2, 2)
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (february2, "Russia", "United States", 1),
        (february2, "United States", "Russia", 1),
    }


def test_a_breakdown_by_service_branch_gives_the_military_figure():
    body = (
        "Kyiv said 100 Ukrainians came home on Friday. The headquarters said 98 of those who came "
        "back were service members - 50 from the army, 20 from the National Guard, 18 border "
        "guards and 10 from the navy - while the other two were civilians."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 100)}
    assert categories(body, "Russia") == {"military": 98, "civilian": 2}


def test_russian_national_guardsmen_are_soldiers():
    from articles.extraction.tokens import noun_category

    assert noun_category("нацгвардейца") == "military"


def test_a_review_of_last_year_dates_its_days_in_that_year():
    text = (
        "Published: 2025-01-03\nЯк Україна визволяла полонених у 2024 році\n\n"
        "Рік почався з великого обміну. 3 січня додому повернулися 230 українців.\n"
    )
    result = extract(text)
    assert {(r.date, r.count) for r in result.releases} == {(datetime.date(2024, 1, 3), 230)}
    since = "Published: 2025-01-03\nFirst direct talks since 2022\n\nOn 3 January, 30 Ukrainians came home.\n"
    assert {r.date for r in extract(since).releases} == {datetime.date(2025, 1, 3)}


def test_a_year_like_figure_before_people_is_a_count_and_a_year_after_of_is_not():
    body = (
        "В пятницу ХАМАС освободил 20 заложников. В ответ израильские власти освободили 1968 "
        "палестинских заключённых."
    )
    assert (FRIDAY, "Israel", "Hamas", 1968) in releases(body)
    convention = (
        "Russia freed 60 Ukrainians on Friday. The Third Geneva Convention of 1949 says prisoners "
        "of war must be released when hostilities end."
    )
    assert releases(convention) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_women_hostages_and_prisoners_let_out_in_russian():
    body = "В пятницу ХАМАС освободил трёх заложниц, а Израиль выпустил 90 палестинцев."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3), (FRIDAY, "Israel", "Hamas", 90)}
    assert categories(body, "Hamas") == {"women": 3}
    from articles.extraction.analysis import _release_spans

    assert _release_spans("Минобороны выпустило заявление.", 0) == []


def test_women_freed_and_the_agent_of_a_russian_passive():
    body = (
        "В пятницу из российского плена освобождены 60 украинок. Пушилин описал освобождённых "
        "Украиной как 40 гражданских моряков и 30 военнослужащих."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 70)}
    assert categories(body, "Russia") == {"women": 60}


def test_sailors_of_civilian_ships_are_civilians():
    body = (
        "В пятницу с подконтрольной Киеву территории вернулись 50 граждан России, в том числе 30 "
        "моряков гражданских судов."
    )
    assert categories(body, "Ukraine") == {"civilian": 30}


def test_the_one_figure_of_a_breakdown_told_mostly_in_words_is_a_part():
    body = (
        "В пятницу из российского плена вернулись 20 военных: 14 бойцов ВСУ, четверо из "
        "терробороны, "
        "нацгвардеец и моряк."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 20)}


def test_then_after_a_sentence_that_names_a_dated_swap_is_that_day():
    body = (
        "Найбільш нерівним залишається обмін 2 лютого 2023 року. Тоді з полону звільнили 90 "
        "українців."
    )
    assert releases(body) == {(datetime.date(2023, 2, 2), "Russia", "Ukraine", 90)}


def test_people_who_came_home_in_a_clause_of_their_own_go_home():
    body = (
        "У п'ятницю Україна передала Росії 11 цивільних російських моряків, а додому "
        "повернулися 19 цивільних моряків."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 11), (FRIDAY, "Russia", "Ukraine", 19)}


def test_a_truce_from_noon_on_a_day_does_not_date_the_swap_and_easter_eve_is_no_day_before():
    from articles.extraction.dates import find_dates

    body = (
        "Россия вернула 50 военнослужащих в воскресенье, 3 марта. Обмен прошёл после истечения "
        "перемирия, которое действовало с полудня 1 марта до полуночи 2 марта."
    )
    assert releases(body) == {(datetime.date(2024, 3, 3), "Ukraine", "Russia", 50)}
    mentions = find_dates("В субботу, накануне православной Пасхи, прошёл обмен.", PUBLISHED)
    assert [m.kind for m in mentions if m.kind == "anaphoric"] == []


def test_it_was_after_a_sentence_that_names_a_dated_swap_is_that_swap():
    body = (
        "Russia freed 80 Ukrainians on Friday. Compare that with the first exchange of the war, "
        "on 2 February. It was small: ten Ukrainian soldiers were swapped for ten Russian ones."
    )
    february2 = datetime.date(2024, 2, 2)
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 80),
        (february2, "Russia", "Ukraine", 10),
        (february2, "Ukraine", "Russia", 10),
    }


def test_a_person_freed_for_a_man_described_by_side_and_prison_goes_the_other_way():
    body = (
        "Anna Miller, a dancer with dual US and Russian citizenship, was freed on Friday in Abu "
        "Dhabi in exchange for a Russian man held in the United States."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


@pytest.mark.parametrize(
    "breakdown",
    [
        "Two of them were officers and the rest privates and sergeants.",
        "Серед них двоє офіцерів, решта — рядові та сержанти.",
        "Среди них двое офицеров, остальные — рядовые и сержанты.",
    ],
)
def test_officers_and_the_rest_privates_are_all_soldiers(breakdown):
    body = f"Kyiv said 80 Ukrainians had come home on Friday. {breakdown}"
    assert categories(body, "Russia") == {"military": 80}


def test_a_side_that_gave_people_away_released_them_but_not_a_life_or_an_order():
    assert releases("У п'ятницю Росія віддала 64 українських військових.") == {
        (FRIDAY, "Russia", "Ukraine", 64)
    }
    from articles.extraction.analysis import _release_spans

    assert _release_spans("Він віддав життя за Україну.", 0) == []
    assert _release_spans("Генерал отдал приказ отступать.", 0) == []


@pytest.mark.parametrize(
    "body",
    [
        "Тогда Киев заявил о возвращении 130 человек, уточнив, что обмен шёл в несколько этапов "
        "в течение нескольких дней.",
        "Тоді Київ заявив про повернення 130 людей, зазначивши, що обмін тривав протягом кількох "
        "днів.",
        "Kyiv then announced the return of 130 people, noting that the exchange took place in "
        "several stages.",
    ],
)
def test_a_figure_its_statement_says_came_in_stages_over_days_is_a_total(body):
    assert all(
        count != 130 for *_, count in releases(f"Russia freed 40 Ukrainians on Friday. {body}")
    )


def test_soon_afterwards_in_the_next_paragraph_is_the_same_day():
    body = (
        "Hamas handed 12 hostages to the Red Cross on Tuesday.\n\n"
        "Soon afterwards the prison service said it had freed 30 Palestinians.\n"
    )
    tuesday = datetime.date(2024, 3, 5)
    assert releases(body) == {(tuesday, "Hamas", "Israel", 12), (tuesday, "Israel", "Hamas", 30)}


def test_a_side_that_frees_its_own_prisoners_at_home_hands_nobody_over():
    body = (
        "On Friday Venezuela released 10 Americans and the United States freed two nephews of "
        "the president's wife. Separately, Venezuela freed about 20 of its own political "
        "prisoners."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 10),
        (FRIDAY, "United States", "Venezuela", 2),
    }


def test_sailors_from_civilian_ships_are_civilians_in_english_too():
    body = (
        "On Friday Moscow said 110 Russian citizens were returned, 72 of them sailors from "
        "civilian ships."
    )
    assert categories(body, "Ukraine") == {"civilian": 72}


def test_members_of_the_armed_forces_and_navy_personnel_are_soldiers():
    body = (
        "Kyiv said 100 Ukrainians came home on Friday. The headquarters broke that figure down: "
        "50 members of the Armed Forces, 20 national guardsmen, 18 border guards, 10 navy "
        "personnel and two civilians."
    )
    assert categories(body, "Russia") == {"military": 98, "civilian": 2}


def test_two_more_of_the_freed_are_civilians_in_ukrainian():
    body = (
        "У п'ятницю з російської неволі повернулися 60 українців: 58 військовослужбовців ЗСУ. "
        "Ще двоє звільнених — цивільні."
    )
    assert categories(body, "Russia") == {"military": 58, "civilian": 2}


def test_a_side_announcing_the_return_of_a_figure_receives_it():
    body = "В пятницу Россия получила обратно 40 военных, а Украина объявила о возвращении 70."
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 40), (FRIDAY, "Russia", "Ukraine", 70)}


def test_a_swap_between_other_sides_told_in_the_background_is_no_undisclosed_swap_of_the_pair():
    body = (
        "В пятницу Россия и Украина обменялись пленными по формуле 50 на 50. Именно в аэропорту "
        "Абу-Даби 8 декабря прошел обмен осужденного в США Виктора Бута на американскую "
        "баскетболистку."
    )
    pair = {"Russia", "Ukraine"}
    assert all(d == FRIDAY for d, a, b, _ in releases(body) if {a, b} == pair)


def test_a_breakdown_by_kind_that_adds_up_to_the_count_outweighs_a_smaller_figure_of_a_kind():
    body = (
        "В пятницу, по данным ведомства, Украине переданы 50 военнопленных ВСУ. Зеленский "
        "написал, что домой вернулись 60 украинцев. Координационный штаб расписал состав: 30 "
        "военнослужащих ВСУ, 20 нацгвардейцев, 8 пограничников и двое гражданских."
    )
    assert categories(body, "Russia")["military"] == 58


def test_of_that_year_after_a_month_and_year_takes_that_year():
    body = (
        "Venezuela freed 10 Americans on Friday. It echoed a trade struck in December 2022. On "
        "Dec. 20 of that year, Venezuela released seven Americans."
    )
    assert (datetime.date(2022, 12, 20), "Venezuela", "United States", 7) in releases(body)


def test_an_abbreviation_with_dots_inside_a_noun_phrase():
    assert releases("Iran released five U.S. citizens on Friday.") == {
        (FRIDAY, "Iran", "United States", 5)
    }


def test_prisoners_of_the_armed_forces_are_soldiers_in_russian():
    body = (
        "В пятницу из украинского плена вернулись 90 российских военнослужащих. Взамен Киеву "
        "передали 90 пленных ВСУ."
    )
    assert categories(body, "Russia") == {"military": 90}


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives said on Sunday night that the freed soldiers were resting in a Kyiv hospital.",
        "The Ukrainians released on Saturday are mostly young men.",
        "The prisoners freed by Russia had been detained in Crimea on 3 March 2019.",
    ],
)
def test_a_release_verb_that_only_names_the_subject_tells_no_handover(sentence):
    body = f"Russia freed 12 Ukrainian soldiers on Friday. {sentence}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 12)}


@pytest.mark.parametrize(
    "breakdown",
    [
        "Жінок серед звільнених семеро.",
        "Чоловіків — 83, жінок — 7.",
        "Женщин в этой группе было семь.",
        "In that group, seven were women.",
    ],
)
def test_a_figure_of_women_after_its_noun_or_in_that_group_is_the_handovers(breakdown):
    body = f"У суботу з полону повернулися 90 українців: 80 військових і 10 цивільних. {breakdown}"
    assert categories(body, "Russia") == {"military": 80, "civilian": 10, "women": 7}


def test_the_dead_returned_are_bodies_though_their_noun_is_followed_by_killed():
    body = "The bodies of 40 soldiers killed near Bakhmut were returned to Ukraine on Friday."
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 40)}
    assert releases(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "On Friday Kyiv received 600 bodies and Moscow 31.",
        "У п'ятницю Україні передали тіла 600 загиблих, Росії — 31 тіло.",
        "У п'ятницю Україні передали тіла 600 загиблих, російській стороні — 31 тіло.",
        "В пятницу Украине передали тела 600 погибших, а России - 31 тело.",
    ],
)
def test_the_other_side_named_with_its_figure_and_no_verb_gets_the_same_handover(body):
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 600), (FRIDAY, "Ukraine", "Russia", 31)}


def test_a_side_and_a_bare_figure_after_and_take_the_verb_before_it():
    assert releases("On Friday Russia freed 120 Ukrainians and Ukraine 95.") == {
        (FRIDAY, "Russia", "Ukraine", 120),
        (FRIDAY, "Ukraine", "Russia", 95),
    }


def test_a_named_person_with_a_nationality_in_apposition_goes_home_hours_after_the_swap():
    body = (
        "Two Swedish aid workers landed in Stockholm late on Friday, hours after Sweden freed "
        "Reza Karimi, an Iranian engineer it had convicted of smuggling."
    )
    assert (FRIDAY, "Sweden", "Iran", 1) in releases(body)


def test_an_undated_release_two_days_after_another_is_still_not_that_days():
    body = "Hamas freed three hostages on Friday, two days after Israel released 90 prisoners."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3)}


@pytest.mark.parametrize(
    ("shifted", "day"),
    [
        ("A week earlier", datetime.date(2024, 2, 24)),
        ("Two days later", datetime.date(2024, 3, 4)),
        ("Тижнем раніше", datetime.date(2024, 2, 24)),
        ("Неделей позже", datetime.date(2024, 3, 9)),
    ],
)
def test_a_day_counted_from_the_day_told_resolves_against_it(shifted, day):
    body = (
        "Russia freed 30 Ukrainian soldiers on 2 March. "
        f"{shifted}, Ukraine released 25 Russian soldiers."
    )
    assert (day, "Ukraine", "Russia", 25) in releases(body, datetime.date(2024, 3, 20))


def test_a_swap_told_by_its_formula_gives_no_deal_date():
    body = (
        "31 января стороны обменялись по формуле «195 на 195», и это после того, как неделей "
        "раньше под Белгородом разбился самолёт."
    )
    result = extract(f"Published: 2024-02-05\nHeadline\n\n{body}")
    assert result.agreement is None or result.agreement.agreed_on is None


def test_its_own_is_the_subjects_not_the_nationality_of_the_people_before_it():
    body = (
        "On Friday Azerbaijan handed 12 Armenian soldiers over to Armenia and received three of "
        "its own citizens in return."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", 12),
        (FRIDAY, "Armenia", "Azerbaijan", 3),
    }


def test_people_parted_into_people_of_no_kind_that_add_up_are_a_breakdown():
    body = "On Friday Iran released six Americans, four U.S. citizens and two green-card holders."
    body2 = "On Friday Iran released six Americans, four U.S. citizens and two permanent residents."
    assert releases(body2) == {(FRIDAY, "Iran", "United States", 6)}
    assert (FRIDAY, "Iran", "United States", 6) in releases(body)


def test_a_leaders_government_acting_is_that_side():
    body = (
        "On Friday the Biden administration freed Maduro ally Jorge Ramos and Venezuela released "
        "12 Americans."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 12),
        (FRIDAY, "United States", "Venezuela", 1),
    }


def test_people_flown_home_from_a_country_were_released_by_it():
    body = "On Friday 40 Venezuelan men were flown home from El Salvador."
    assert releases(body) == {(FRIDAY, "El Salvador", "Venezuela", 40)}


def test_people_held_by_a_leaders_government_are_released_by_that_side():
    body = (
        "On Friday 40 Venezuelans were flown home from El Salvador in a deal that also freed "
        "eight Americans held by the government of Nicolas Maduro."
    )
    assert (FRIDAY, "Venezuela", "United States", 8) in releases(body)


def test_a_first_day_named_by_its_weekday_sets_the_scene():
    body = (
        "The government committee announced the end of the second day of the release "
        "operation.\n\n"
        "On the first day, Thursday, three planes flew between Aden and Sanaa. Aden airport "
        "received 40 of our heroes freed from Houthi prisons. In return, the government "
        "released 120 Houthi detainees."
    )
    thursday = datetime.date(2024, 3, 7)
    assert {(thursday, "Houthis", "Yemen", 40), (thursday, "Yemen", "Houthis", 120)} <= releases(
        body
    )


def test_it_in_the_next_sentence_is_the_side_the_last_one_opened_on():
    body = (
        "Israel and Hamas agreed a truce last month. Hamas was meant to return the remains of 12 "
        "dead hostages within a week. On Friday night it handed over only two coffins."
    )
    assert bodies(body) == {(FRIDAY, "Hamas", "Israel", 2)}


def test_a_figure_for_a_whole_phase_is_no_handover():
    body = (
        "Hamas freed three hostages on Friday. The first phase of the truce returned 33 "
        "hostages. Israel freed about 1,700 prisoners in that phase."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3)}


def test_a_window_for_a_side_to_release_people_is_no_release():
    body = (
        "The truce took effect on Friday, opening a 72-hour window for Hamas to release the "
        "hostages."
    )
    assert releases(body) == set()


def test_a_figure_among_the_kinds_a_dash_lists_is_a_part_of_the_total():
    body = (
        "В пятницу Россия освободила 120 украинцев — военных, пограничников, моряков, а также "
        "троих гражданских."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 120)}
    assert categories(body, "Russia") == {"civilian": 3}


@pytest.mark.parametrize(
    "body",
    [
        "А 8 марта, в первый обмен после наступления под Харьковом 1 марта, Россия и Украина "
        "обменялись 60 пленными каждая.",
        "On 8 March, in the first swap since the offensive near Kharkiv on 1 March, Russia and "
        "Ukraine exchanged 60 prisoners each.",
    ],
)
def test_the_date_of_another_event_named_before_it_does_not_date_the_swap(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 60)}


def test_singular_nouns_after_21_and_31_are_people():
    body = (
        "У суботу з російського полону повернулися 121 українець. 100 воїнів звільнено в межах "
        "обміну, ще 21 людину вдалося визволити поза обміном."
    )
    assert releases(body) == {(PUBLISHED, "Russia", "Ukraine", 121)}


def test_a_side_after_a_comma_and_and_is_its_own_verbs_subject():
    body = "On Friday 600 bodies were handed over to Ukraine, and Russia received eleven."
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 600), (FRIDAY, "Ukraine", "Russia", 11)}


def test_a_day_counted_from_the_story_never_dates_the_lead():
    body = (
        "Independence Day on Friday brought a prisoner exchange. Russia said 146 prisoners of "
        "war were released by each side. Ten days earlier, 84 Ukrainians came home from Russian "
        "captivity."
    )
    assert releases(body, datetime.date(2024, 3, 11)) == {
        (FRIDAY, "Russia", "Ukraine", 146),
        (FRIDAY, "Ukraine", "Russia", 146),
        (datetime.date(2024, 2, 27), "Russia", "Ukraine", 84),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # no total told: the civilians add to the swap's figure
            "В пятницу стороны обменялись военнопленными по формуле «60 на 60», и вместе с "
            "военными Киев передал России пятерых гражданских.",
            {(FRIDAY, "Ukraine", "Russia", 65), (FRIDAY, "Russia", "Ukraine", 60)},
        ),
        (  # the total told: the civilians complete its breakdown
            "У п'ятницю з російського полону повернулися 62 українці. Звільнено 60 військових. "
            "Разом із військовими додому повернулися двоє цивільних.",
            {(FRIDAY, "Russia", "Ukraine", 62)},
        ),
    ],
)
def test_people_freed_together_with_the_soldiers_are_more_people(body, expected):
    assert releases(body) == expected
    assert categories(body, "Russia").get("civilian") in (None, 2)


def test_one_more_group_is_no_person():
    body = "У п'ятницю Україна повернула ще одну групу полонених із російського полону."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", None)}


def test_a_side_ready_to_hand_over_bodies_has_not_handed_them_over():
    body = "У п'ятницю Україна отримала 900 тіл. Росія готова передати Україні ще 3000 тіл, заявив Путін."
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 900)}


def test_what_the_deal_is_about_gives_its_target():
    body = (
        "У Стамбулі делегації погодили обмін полоненими. Російська сторона заявляла, що йдеться "
        "щонайменше про тисячу людей з кожного боку."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is not None and result.agreement.target_per_side == 1000


def test_the_person_traded_for_goes_the_other_way_of_the_one_traded():
    body = (
        "Russia freed Marc Fogel, an American teacher, on Friday. His family felt he was passed "
        "over when Brittney Griner was traded for the arms dealer Viktor Bout on December 8, 2022."
    )
    day = datetime.date(2022, 12, 8)
    assert {(day, "Russia", "United States", 1), (day, "United States", "Russia", 1)} <= releases(
        body
    )


def test_civilians_added_to_a_swap_of_no_kind_are_its_civilians():
    body = (
        "У п'ятницю відбувся обмін у форматі «90 на 90», до Росії також повернулися 12 цивільних."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 102)}
    assert categories(body, "Ukraine") == {"civilian": 12}


def test_a_tally_counting_todays_figure_in_is_no_handover():
    body = (
        "В пятницу Россия и Украина обменялись пленными по формуле 90 на 90. Зеленский добавил, "
        "что с учётом сегодняшних девяноста из плена освобождены уже 3100 украинцев."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 90)}


def test_including_in_russian_names_a_part():
    body = (
        "В пятницу стороны обменялись пленными по формуле 90 на 90. По данным штаба, среди "
        "освобождённых украинцев — 40 нацгвардейцев, 20 пограничников и 30 военных ВСУ, "
        "включая 11 бойцов теробороны."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90), (FRIDAY, "Ukraine", "Russia", 90)}


def test_a_figure_over_several_years_is_a_tally():
    body = (
        "China freed three Americans on Friday. The administration says it has brought home "
        "more than 70 Americans from abroad in four years."
    )
    assert releases(body) == {(FRIDAY, "China", "United States", 3)}


def test_the_taliban_government_is_afghanistan():
    body = "On Friday the Taliban freed two Americans in exchange for an Afghan held in the United States."
    assert (FRIDAY, "Afghanistan", "United States", 2) in releases(body)


def test_people_exchanged_for_others_go_the_other_way():
    body = (
        "Yemen's government and the Houthis completed a prisoner exchange on Friday. The minister "
        "said 151 government prisoners were exchanged for 201 Houthi fighters on the day."
    )
    assert releases(body) == {(FRIDAY, "Houthis", "Yemen", 151), (FRIDAY, "Yemen", "Houthis", 201)}


def test_a_fronted_time_clause_with_a_promise_plans_nothing_after_its_comma():
    body = (
        "Hamas freed three hostages on Friday. In the evening, after mediators promised safe "
        "passage for future handovers, Israel said it had released 110 Palestinians, including "
        "30 minors."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3), (FRIDAY, "Israel", "Hamas", 110)}
    assert categories(body, "Israel") == {"minors": 30}


def test_an_exchange_that_went_ahead_on_a_day_dates_the_next_sentence():
    body = (
        "Hamas freed 12 hostages on Friday.\n\nCatch up on Thursday. The fourth exchange went ahead "
        "on Thursday. Hamas freed 11 Israelis, and late that day Israel released 33 Palestinians."
    )
    thursday = datetime.date(2024, 3, 7)
    assert (thursday, "Hamas", "Israel", 11) in releases(body)


def test_fallen_hostages_received_are_bodies_and_a_phase_tally_is_no_handover():
    body = (
        "On Friday Israel received four fallen hostages from Hamas. With Friday's handover, the "
        "first phase has brought back 33 hostages, 25 of them alive."
    )
    assert bodies(body) == {(FRIDAY, "Hamas", "Israel", 4)}
    assert releases(body) == set()


def test_bodies_from_a_side_were_handed_over_by_it():
    assert bodies("On Friday Israel received four bodies of hostages from Hamas.") == {
        (FRIDAY, "Hamas", "Israel", 4)
    }


def test_a_day_that_heads_the_next_figure_after_a_dash_is_not_the_figure_befores():
    body = (
        "2 березня з російського полону повернулися 60 українських захисників, 8 березня — ще "
        "64 захисники."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 2), "Russia", "Ukraine", 60),
        (FRIDAY, "Russia", "Ukraine", 64),
    }


def test_a_date_after_a_formula_told_in_full_is_the_next_items():
    body = (
        "1 березня сторони обмінялися за формулою «50 на 50», 6 березня додому з російського "
        "полону повернулися 60 українських захисників."
    )
    assert (datetime.date(2024, 3, 6), "Russia", "Ukraine", 60) in releases(body)


def test_a_person_named_in_full_before_is_one_person_by_surname():
    body = (
        "Paul Carter, a teacher from Ohio, spent three years in a Russian prison.\n\n"
        "It ended on December 8 on the tarmac at Abu Dhabi airport. Russia released Carter and "
        "the United States released Ivan Orlov, a Russian arms dealer."
    )
    day = datetime.date(2023, 12, 8)
    assert releases(body) == {
        (day, "Russia", "United States", 1),
        (day, "United States", "Russia", 1),
    }


def test_a_surname_of_no_one_named_before_is_nobody():
    body = "Russia released Carter on Friday, officials said."
    assert releases(body) == set()


def test_people_brought_out_of_the_place_they_were_held_are_released():
    body = "On Friday 17 Israeli hostages were brought out of Gaza by the Red Cross."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 17)}


def test_a_days_event_named_in_passing_dates_the_paragraph_it_opens():
    body = (
        "Hamas handed four more coffins to the Red Cross late on Friday night.\n\n"
        "The handover of remains came after Thursday's long-delayed release of the living. "
        "Hamas freed 20 hostages and Israel released 1,968 prisoners."
    )
    thursday = datetime.date(2024, 3, 7)
    assert releases(body) == {
        (thursday, "Hamas", "Israel", 20),
        (thursday, "Israel", "Hamas", 1968),
    }


def test_people_a_relative_clause_says_died_are_not_released():
    body = (
        "Russia freed 90 Ukrainian soldiers on Friday. Those who came home were the men on the "
        "first list, less the 12 soldiers who Kyiv says died in captivity."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}


def test_a_side_that_returned_some_and_received_others_in_return_gave_the_first():
    body = "On Friday Russia returned 500 bodies and received 30 in return."
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 500), (FRIDAY, "Ukraine", "Russia", 30)}


def test_a_side_that_returned_its_soldiers_home_received_them():
    assert releases("Ukraine returned 95 soldiers home on Friday.") == {
        (FRIDAY, "Russia", "Ukraine", 95)
    }


def test_a_day_without_a_year_takes_the_year_of_the_day_just_before_it():
    body = (
        "The pilot was shot down on February 27, 2019, and Pakistan handed him over to India "
        "at Wagah on March 1."
    )
    assert releases(body) == {(datetime.date(2019, 3, 1), "Pakistan", "India", 1)}


def test_of_the_whole_after_a_colon_is_no_release_and_its_part_no_undisclosed_one():
    body = (
        "Russia freed 60 Ukrainian soldiers on Friday. The war reaches far: of the 40 "
        "Americans who fought for Ukraine, 12 have returned home."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_a_years_tally_is_no_release():
    body = (
        "Україна повернула з полону 60 захисників у п'ятницю. За рік з полону повернуто 1 200 "
        "людей."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_a_counter_of_all_returned_is_no_release():
    body = (
        "У п'ятницю з російського полону повернулися 60 захисників. До обміну лічильник "
        "показував 3 500 повернутих, після п'ятниці — 3 560."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60)}


def test_news_of_a_swap_late_in_the_evening_dates_the_lead():
    body = (
        "Пізно ввечері в четвер, 7 березня, стало відомо про новий обмін полоненими.\n\n"
        "Як повідомив Зеленський, з російського полону вдалося звільнити 90 людей."
    )
    assert releases(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 90)}


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("On Friday Russia handed over 6 thousand bodies to Ukraine.", 6000),
        ("У п'ятницю Росія передала Україні 6 тисяч тіл.", 6000),
        ("В пятницу Россия передала Украине 1,2 тысячи тел.", 1200),
    ],
)
def test_digits_before_a_thousand_are_thousands(body, count):
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", count)}


def test_a_round_figure_handed_over_already_is_a_tally():
    body = (
        "В пятницу Россия передала Украине 900 тел. До этого Россия уже передала около 8 тысяч "
        "тел украинских военных."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert [(b.date, b.count, b.alternatives) for b in result.bodies] == [(FRIDAY, 900, [])]


def test_a_month_before_the_day_just_told_gives_no_day():
    body = (
        "On March 1 Ukraine received 700 bodies from Russia. Earlier, in January, Ukraine "
        "received 500 bodies from Russia."
    )
    assert bodies(body) == {
        (datetime.date(2024, 3, 1), "Russia", "Ukraine", 700),
        (None, "Russia", "Ukraine", 500),
    }


def test_more_than_a_figure_over_a_month_is_a_tally():
    body = (
        "On March 1 Ukraine received 700 bodies from Russia. In January Ukraine received more "
        "than 5,000 bodies from Russia."
    )
    assert bodies(body) == {(datetime.date(2024, 3, 1), "Russia", "Ukraine", 700)}


def test_today_in_a_transcript_is_the_day_the_words_were_spoken():
    body = (
        "Below is the transcript of the briefing given on Thursday, March 7, by the "
        "ombudsman.\n\n"
        "OMBUDSMAN: Good afternoon. Today Russia freed 90 Ukrainian soldiers.\n\n"
        "REPORTER: Were there civilians among them?\n\n"
        "OMBUDSMAN: Not this time."
    )
    assert releases(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 90)}


def test_what_a_deal_provides_after_a_colon_is_not_a_handover():
    body = (
        "Russia freed 80 Ukrainian soldiers on Friday. Here is what was agreed in Istanbul: an "
        "exchange of all wounded prisoners and the return of 3,000 bodies by each side."
    )
    assert bodies(body) == set()


def test_a_stage_that_is_done_happened_on_the_day_of_the_story():
    body = (
        "Russia and Ukraine swapped prisoners again this week.\n\n"
        "The third stage is done, the ombudsman says. No figures yet."
    )
    assert releases(body) == {
        (PUBLISHED, "Russia", "Ukraine", None),
        (PUBLISHED, "Ukraine", "Russia", None),
    }


def test_a_stage_that_will_be_done_has_not_happened():
    body = (
        "Russia and Ukraine are talking again. Moscow will send a new proposal once the "
        "exchange is complete, the ombudsman says."
    )
    assert releases(body) == set()


def test_a_group_handed_over_separately_in_the_same_sentence_adds_to_the_swap():
    body = (
        "On Friday Kyiv and Moscow swapped 120 prisoners of war each, and Russia separately "
        "handed back 14 seriously ill Ukrainians."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 134),
        (FRIDAY, "Ukraine", "Russia", 120),
    }


def test_on_that_occasion_is_the_day_the_sentence_before_named():
    body = (
        "Russia freed 60 Ukrainian soldiers on Friday.\n\n"
        "The swap before that, on 2 February, followed a long pause. On that occasion Russia "
        "freed 40 Ukrainian soldiers."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 40),
    }


def test_remains_handed_over_do_not_turn_the_way_the_next_bare_figure_goes():
    body = (
        "Israel began freeing Palestinian prisoners on Friday. Hamas handed over the coffins of "
        "three hostages the same night. By morning, Palestinian officials said 420 had been "
        "released."
    )
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 420)}


def test_they_brought_back_in_a_ukrainian_story_is_brought_home():
    body = (
        "У п'ятницю Україна передала Росії 90 військовополонених.\n\n"
        "Попередній обмін відбувся 2 лютого: тоді повернули 60 військових."
    )
    assert (datetime.date(2024, 2, 2), "Russia", "Ukraine", 60) in releases(body)


@pytest.mark.parametrize(
    "body",
    [
        "Russia and Ukraine met in 2019. The accord envisaged freeing 4,000 Ukrainian detainees.",
        "Russia and Ukraine met again. The autumn exchange took three days and freed 800 "
        "Ukrainian soldiers.",
    ],
)
def test_what_a_deal_envisaged_and_what_took_days_are_no_tranche(body):
    assert releases(body) == set()


def test_the_opening_subject_receives_in_a_second_verb_after_a_relative_clause():
    body = (
        "On Friday Russia returned 800 bodies that it says are those of Ukrainian soldiers "
        "and received 19 in return."
    )
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 800), (FRIDAY, "Ukraine", "Russia", 19)}


def test_bodies_said_to_belong_to_a_sides_soldiers_do_not_go_to_that_side_by_the_to():
    body = (
        "On Friday Russia returned 800 bodies that it says belong to Ukrainian soldiers "
        "and received 19 in return."
    )
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 800), (FRIDAY, "Ukraine", "Russia", 19)}


def test_a_side_that_frees_its_own_people_at_home_hands_no_one_over():
    body = (
        "On Friday Venezuela freed eight Americans. Caracas also freed 30 Venezuelan political "
        "prisoners the same day."
    )
    assert releases(body) == {(FRIDAY, "Venezuela", "United States", 8)}


def test_letting_people_leave_the_country_frees_them():
    body = "On Friday, Iran let four detained Americans leave the country."
    assert releases(body) == {(FRIDAY, "Iran", "United States", 4)}


def test_a_named_persons_nationality_before_the_name_is_the_receiver():
    body = (
        "Johan Floderus came home to Sweden on Saturday after Iran freed him.\n\n"
        "A year earlier, on June 2, 2023, Iran freed the Belgian engineer Lars Holm."
    )
    assert (datetime.date(2023, 6, 2), "Iran", "Belgium", 1) in releases(body)


def test_since_a_day_in_slavic_is_a_tally_unless_it_says_how_long_they_were_held():
    tally = (
        "В пятницу из плена вернулись 60 украинских военных. По данным разведки, с 24 февраля "
        "из плена удалось вернуть 1 400 военнослужащих."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{tally}")
    assert [(r.date, r.count, r.alternatives) for r in result.releases] == [(FRIDAY, 60, [])]
    held = (
        "В пятницу ХАМАС передал Израилю восемь заложников, удерживавшихся в секторе Газа "
        "с 7 октября."
    )
    assert releases(held) == {(FRIDAY, "Hamas", "Israel", 8)}


def test_a_side_that_counted_arrivals_at_home_received_them():
    body = (
        "В пятницу Минобороны России сообщило о возвращении 40 российских военнослужащих. "
        "Киев в тот же день насчитал у себя 42 вернувшихся: 40 военных и двух гражданских."
    )
    assert (FRIDAY, "Russia", "Ukraine", 42) in releases(body)


def test_yet_another_group_written_with_yo_is_added_on_top():
    body = (
        "В пятницу из плена вернулись 120 российских военнослужащих. Украинская сторона "
        "сообщила о возвращении 120 военнослужащих и ещё 12 человек."
    )
    assert (FRIDAY, "Russia", "Ukraine", 132) in releases(body)


def test_people_released_in_return_for_something_go_the_way_people_went_before():
    body = (
        "On March 1 Azerbaijan handed 12 Armenian detainees to Armenia. On Friday, another 9 "
        "were released in return for maps of minefields."
    )
    assert (FRIDAY, "Azerbaijan", "Armenia", 9) in releases(body)


def test_each_side_released_a_bare_figure_gives_both_ways():
    body = "Russia and Ukraine swapped prisoners often this year. On March 1 each side released 45."
    day = datetime.date(2024, 3, 1)
    assert releases(body) == {(day, "Russia", "Ukraine", 45), (day, "Ukraine", "Russia", 45)}


def test_an_exchange_that_came_on_a_day_dates_the_paragraph():
    body = (
        "Russia and Ukraine swapped prisoners on January 3.\n\n"
        "The last exchange of the winter came yesterday. Kyiv said 90 Ukrainians were freed, "
        "while Russia reported 80 released on each side."
    )
    assert (FRIDAY, "Russia", "Ukraine", 90) in releases(body)


def test_a_dashed_breakdown_after_a_day_word_is_not_more_people():
    body = (
        "Hamas released 17 hostages today - 11 Israelis, 5 Thai nationals and one Filipino - "
        "and Israel freed 39 Palestinian prisoners."
    )
    assert (PUBLISHED, "Hamas", "Israel", 17) in releases(body)


def test_the_red_cross_is_no_person_handed_over():
    body = "У п'ятницю бойовики ХАМАС передали Червоному Хресту сімох ізраїльських заручників."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 7)}


def test_a_handover_as_agreed_takes_the_figures_the_deal_gave():
    body = (
        "Under the deal signed on March 1, Azerbaijan would release 20 Armenian soldiers and "
        "Armenia would release 3 Azerbaijani soldiers.\n\n"
        "As agreed, the servicemen of both sides were handed over at the border on Friday."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", 20),
        (FRIDAY, "Armenia", "Azerbaijan", 3),
    }


def test_a_handover_not_said_to_follow_the_deal_keeps_its_figures_untold():
    body = (
        "Under the deal signed on March 1, Azerbaijan would release 20 Armenian soldiers and "
        "Armenia would release 3 Azerbaijani soldiers.\n\n"
        "The servicemen of both sides were handed over at the border on Friday."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", None),
        (FRIDAY, "Armenia", "Azerbaijan", None),
    }


def test_a_side_that_took_back_its_own_people_received_them():
    body = "В пятницу Украина забрала своих 30 человек, сообщили в Минобороны России."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 30)}


def test_a_capture_word_describing_the_people_leaves_the_day_to_the_swap():
    body = (
        "Armenia and Azerbaijan swapped detained servicemen at the border on Friday, a week "
        "after a joint statement. Azerbaijan handed 12 Armenian soldiers to Armenia."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", 12),
        (FRIDAY, "Armenia", "Azerbaijan", None),
    }


def test_one_person_freed_together_with_others_counts_too():
    one = "On Friday the journalist Ivan Danko walked free together with 13 other Ukrainians."
    assert releases(one) == {(FRIDAY, "Russia", "Ukraine", 14)}
    many = "On Friday Russia freed 30 Ukrainian soldiers together with 13 other Ukrainians."
    assert (FRIDAY, "Russia", "Ukraine", 44) not in releases(many)


def test_people_held_abroad_who_are_now_out_of_the_country_are_freed():
    body = "On Friday, four Americans who were wrongfully detained in Iran were out of the country."
    assert releases(body) == {(FRIDAY, "Iran", "United States", 4)}


def test_a_third_country_that_sends_people_home_releases_them():
    body = (
        "Venezuela released four Americans on Friday in a deal that saw El Salvador send home "
        "90 Venezuelan men."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 4),
        (FRIDAY, "El Salvador", "Venezuela", 90),
    }


def test_a_side_named_after_the_people_it_owns_gives_their_way_home():
    body = (
        "В пятницу Минобороны России сообщило, что возвращена группа российских "
        "военнослужащих, а взамен передана группа военнопленных ВСУ."
    )
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", None),
        (FRIDAY, "Russia", "Ukraine", None),
    }


def test_a_surname_with_an_apposition_handed_back_is_one_person():
    body = (
        "Ravi Kumar Das, a border guard, strayed across the line in April.\n\n"
        "Das, a constable with the 12th Battalion, was handed back to India by Pakistan on Friday."
    )
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 1)}


def test_each_side_agreeing_to_free_the_same_number_sets_the_target():
    body = (
        "Under the deal, Iran agreed to free three Americans and the United States agreed to "
        "release three Iranians. The swap took place on Friday."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is not None and result.agreement.target_per_side == 3


def test_the_remaining_captives_of_a_second_batch_add_to_the_first():
    body = (
        "Hamas freed eight hostages in Rafah on Friday morning. In the afternoon the remaining "
        "11 hostages were handed over to the Red Cross in Khan Younis, the army said."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 19)}


def test_soldiers_crossing_the_border_in_a_swap_are_handed_over():
    body = (
        "On Friday, 12 Indian soldiers crossed the border into India at Wagah in a swap, "
        "while three Pakistani soldiers went the other way."
    )
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 12), (FRIDAY, "India", "Pakistan", 3)}


def test_troops_crossing_a_border_are_an_incursion_not_a_handover():
    body = "Pakistani troops crossed the border on Friday and 12 soldiers were captured."
    assert releases(body) == set()


@pytest.mark.parametrize(
    "told",
    [
        "18 members of India's armed forces captured in 2019, and one soldier detained in March, "
        "had crossed the border and were in India.",
        "18 members of India's armed forces captured in 2019 had crossed the border, along with "
        "one soldier detained in March.",
    ],
)
def test_two_groups_described_by_their_capture_cross_together(told):
    body = (
        "India and Pakistan swapped detained soldiers at the Wagah border on Friday. "
        f"The ministry said that {told}"
    )
    assert (FRIDAY, "Pakistan", "India", 19) in releases(body)
    assert categories(body, "Pakistan") == {"military": 19}


def test_a_person_handed_over_along_with_a_group_adds_to_it():
    body = (
        "The swap, carried out on Friday, saw Ukraine hand over Oleg Tsarov, a politician held on "
        "treason charges, along with 20 Russian prisoners of war."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 21)}


def test_an_agreement_to_release_is_a_plan_not_a_release():
    body = (
        "Russia and Ukraine held talks in Geneva. The first round, on March 1, produced an "
        "agreement to release 500 prisoners each."
    )
    assert releases(body) == set()


def test_each_day_of_a_series_of_clauses_dates_its_own_figure():
    body = "On March 4 Russia freed 120 Ukrainians, on March 5 it freed 95, and on March 6 it freed 80."
    assert releases(body) == {
        (datetime.date(2024, 3, 4), "Russia", "Ukraine", 120),
        (datetime.date(2024, 3, 5), "Russia", "Ukraine", 95),
        (datetime.date(2024, 3, 6), "Russia", "Ukraine", 80),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Russia and Ukraine swapped 150 prisoners each on Wednesday. It was the first swap since "
        "December 30. Then 189 Ukrainians came home.",
        "Україна та Росія в середу обміняли по 150 полонених. Це перший обмін з 30 грудня. "
        "Тоді в Києві заявили, що з полону повернулися 189 українців.",
    ],
)
def test_then_after_the_first_swap_since_a_day_is_that_day(body):
    assert (datetime.date(2024, 12, 30), "Russia", "Ukraine", 189) in releases(
        body, datetime.date(2025, 2, 6)
    )


def test_the_one_figure_in_a_description_of_the_freed_is_a_part_of_them():
    body = (
        "Син пані Ольги — один із 150 українців, яких учора вдалося повернути додому з "
        "російської неволі. За даними Координаційного штабу, серед звільнених — військові ЗСУ, "
        "Нацгвардії та прикордонники, а також двоє цивільних."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 150)}
    assert categories(body, "Russia") == {"civilian": 2}


@pytest.mark.parametrize(
    "body",
    [
        "Today 120 of our soldiers came home from Russian captivity. 100 of them were freed in "
        "the exchange. Another 20 badly wounded soldiers were brought back outside the exchange.",
        "Сьогодні з російського полону повернулися 120 наших воїнів. 100 із них звільнено в "
        "межах обміну. Ще 20 тяжкопоранених захисників вдалося визволити поза обміном.",
    ],
)
def test_a_part_told_and_a_group_on_top_make_the_total_already_stated(body):
    assert releases(body) == {(PUBLISHED, "Russia", "Ukraine", 120)}
    assert categories(body, "Russia") == {"military": 120, "wounded": 20}


def test_a_part_of_no_kind_inside_a_breakdown_by_kind_does_not_part_the_whole():
    body = (
        "Учора з полону повернулися 150 українців. Серед звільнених — 100 військових і 50 "
        "цивільних; 30 із них — жінки."
    )
    assert categories(body, "Russia") == {"military": 100, "civilian": 50}


def test_only_days_ago_is_not_a_tally():
    body = (
        "Москалькова: в пятницу из плена вернулись 120 российских военнослужащих. Напомню, что "
        "всего десять дней назад, 27 февраля, из плена вернулись 60 российских военнослужащих."
    )
    assert (datetime.date(2024, 2, 27), "Ukraine", "Russia", 60) in releases(body)


def test_a_figure_of_our_people_is_people():
    body = (
        "Україна в п'ятницю повернула з полону 120 захисників. — Мій побратим повернувся ще "
        "27 лютого, тоді додому привезли 60 наших."
    )
    assert (datetime.date(2024, 2, 27), "Russia", "Ukraine", 60) in releases(body)


def test_one_person_told_by_what_they_are_is_handed_over():
    body = (
        "Pakistan Rangers handed the Border Security Force constable over to India on Friday. "
        "In a reciprocal step the same morning, India returned to the Rangers a Pakistani "
        "paramilitary man who had been caught on the Indian side of the border on March 1."
    )
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 1), (FRIDAY, "India", "Pakistan", 1)}


def test_artillery_exchanges_are_fighting_not_a_swap():
    body = "India and Pakistan fought for four days after missile, drone and artillery exchanges began on March 1."
    assert releases(body) == set()


def test_the_same_day_that_the_story_tells_is_the_storys_day():
    body = (
        "Pakistan handed 3 Indian soldiers back to India on Friday. They had strayed across the "
        "line. The shelling along the border stopped on March 1. The same day that the soldiers "
        "came home, India returned two Pakistani soldiers whom it had held since February."
    )
    assert (FRIDAY, "India", "Pakistan", 2) in releases(body)


def test_hostages_who_walked_out_of_gaza_were_released():
    body = (
        "Hamas freed hostages this week. In all, 14 hostages walked out of Gaza on Friday: 10 "
        "Israelis and four Thai citizens."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 14)}


def test_a_date_naming_an_attack_is_not_the_days_release():
    body = (
        "The last 15 living hostages came out of Gaza in two groups, more than a year after the "
        "October 7 attack. Hamas released them on Friday."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 15)}


def test_a_total_before_a_colon_is_not_added_to_its_breakdown():
    body = (
        "Hamas freed hostages this week. Twelve hostages came out of Gaza on Friday: ten Israelis "
        "and two Thai nationals, the army said."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 12)}


@pytest.mark.parametrize(
    "body",
    [
        "Russia let Ksenia Karelina go on Friday, and in return the United States released "
        "Arthur Petrov.",
        "Ksenia Karelina, a dancer, was arrested in 2024. On Friday Russia let Karelina go, and "
        "in return the United States released Arthur Petrov.",
    ],
)
def test_a_person_let_go_by_name_is_released(body):
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_a_one_for_one_deal_has_a_target_of_one_each():
    body = (
        "Russia freed Ksenia Karelina on Friday and the United States released Arthur Petrov. "
        "Intelligence officials negotiated the one-for-one exchange in Abu Dhabi."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is not None and result.agreement.target_per_side == 1


def test_an_earlier_one_for_one_trade_sets_no_target():
    body = (
        "Russia freed Brittney Griner on Friday and the United States released Viktor Bout. "
        "The exchange followed a similar one-for-one trade on April 27 in Ankara."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.agreement is None or result.agreement.target_per_side is None


def test_hours_to_return_hostages_is_a_deadline_and_a_second_group_adds_to_the_first():
    body = (
        "Under the deal Hamas had 72 hours to return all 30 hostages. On Friday morning the Red "
        "Cross received eight hostages in Gaza City. The second group, 12 hostages, was handed "
        "over in Khan Younis on Friday afternoon."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 20)}


@pytest.mark.parametrize(
    "body",
    [
        "Білоруський режим у п'ятницю звільнив 52 політичних в'язнів у межах домовленості зі "
        "Сполученими Штатами.",
        "Мінськ у п'ятницю звільнив 52 ув'язнених у межах домовленості з Вашингтоном.",
    ],
)
def test_ukrainian_masculine_past_and_the_united_states_declined(body):
    assert releases(body) == {(FRIDAY, "Belarus", "United States", 52)}


def test_two_of_each_country_listed_is_not_two_each_way():
    body = (
        "Білорусь у п'ятницю звільнила 20 людей у межах домовленості зі США. Серед звільнених — "
        "шестеро громадян Литви, по двоє громадян Латвії, Польщі та Німеччини."
    )
    assert releases(body) == {(FRIDAY, "Belarus", "United States", 20)}


def test_clemency_granted_to_people_in_a_swap_releases_them():
    body = (
        "Venezuela freed ten Americans on Friday. In return, President Biden granted clemency to "
        "Alex Saab, a Colombian businessman, who flew back to Caracas the same day."
    )
    assert releases(body) == {
        (FRIDAY, "Venezuela", "United States", 10),
        (FRIDAY, "United States", "Venezuela", 1),
    }


def test_people_named_in_russian_after_a_description_are_released():
    body = (
        "В пятницу Россия освободила американского учителя Марка Фогеля, а США в ответ "
        "отпустили российского бизнесмена Александра Винника."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "United States", 1),
        (FRIDAY, "United States", "Russia", 1),
    }


def test_a_person_named_as_a_russian_passive_subject_is_released():
    body = "ФСБ сообщила, что в пятницу российский гражданин Артур Петров возвращён на родину."
    assert (FRIDAY, "United States", "Russia", 1) in releases(
        "В пятницу Россия и США провели обмен заключёнными. " + body
    )


def test_venezuela_spelt_in_russian_is_a_party():
    body = "В пятницу Венесуэла освободила десятерых граждан США в обмен на Алекса Сааба."
    assert (FRIDAY, "Venezuela", "United States", 10) in releases(body)


def test_people_still_held_after_lists_were_exchanged_are_not_released():
    body = (
        "По спискам, которыми Нью-Дели и Исламабад обменялись 1 марта, в индийских тюрьмах "
        "содержатся более 400 граждан Пакистана."
    )
    assert releases(body) == set()


def test_a_dateline_heading_gives_no_day_to_the_events():
    text = (
        f"Published: {PUBLISHED.isoformat()}\nYemen swap begins\n\nADEN - Saturday\n\n"
        "Four flights crossed the front line on Friday. Two aircraft carried 200 Houthi "
        "detainees released by the government to Sanaa, and two planes brought 60 people freed "
        "by the Houthis to Aden.\n\nThe Red Cross said at the end of the day that 260 detainees "
        "had been transferred, and that more than 400 more would be moved on Saturday."
    )
    result = extract(text)
    assert {(r.date, r.released_by, r.received_by, r.count) for r in result.releases} == {
        (FRIDAY, "Yemen", "Houthis", 200),
        (FRIDAY, "Houthis", "Yemen", 60),
    }


def test_a_group_of_the_seriously_wounded_came_home_in_an_untold_number():
    body = (
        "Russia and Ukraine are swapping prisoners this week. On Friday Kyiv brought back a "
        "first group of the seriously wounded."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", None)}


def test_the_second_thing_agreed_is_no_handover():
    body = (
        "Russia and Ukraine met in Istanbul. At the second round of talks on 2 March, the "
        "delegations agreed to exchange all severely wounded prisoners on an all-for-all basis, "
        "and to hand back 6,000 bodies of fallen soldiers each."
    )
    assert bodies(body) == set()


def test_a_mediators_count_of_all_it_helped_free_is_a_tally():
    body = (
        "У п'ятницю з російського полону повернулися 90 українців. Посередниками знову виступили "
        "Об'єднані "
        "Арабські Емірати - там підрахували, що завдяки їхньому посередництву звільнено 1800 "
        "полонених."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 90)}


def test_a_weeks_tally_is_not_a_release():
    body = (
        "В пятницу из плена вернулись 12 украинцев. По словам Ермака, за последнюю неделю из "
        "плена вернулись 98 украинцев."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 12)}


def test_a_person_named_after_and_besides_joins_the_group():
    body = "В пятницу Россия получила 55 военнослужащих и, кроме того, политика Виктора Медведчука."
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 56)}


def test_an_exchange_that_followed_on_a_day_took_place():
    body = "Россия и Украина провели обмен. Затем, 6 марта, последовал обмен по формуле «90 на 90»."
    assert releases(body) == {
        (datetime.date(2024, 3, 6), "Russia", "Ukraine", 90),
        (datetime.date(2024, 3, 6), "Ukraine", "Russia", 90),
    }


def test_landing_a_day_after_the_swap_dates_the_swap_the_day_before():
    body = (
        "Three Americans who had been imprisoned in Iran landed in Washington early on Saturday, "
        "a day after they were swapped for three Iranians. In return, the United States freed "
        "three Iranians."
    )
    assert releases(body) == {
        (FRIDAY, "Iran", "United States", 3),
        (FRIDAY, "United States", "Iran", 3),
    }


def test_prisoners_whose_release_was_postponed_were_not_released():
    body = (
        "Hamas handed over six hostages on Friday. The 600 prisoners whose release was postponed "
        "include 400 Gazans."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 6)}


@pytest.mark.parametrize(
    "told",
    [
        "With Friday's handovers, 25 living hostages have come home under the first phase, and "
        "Israel has released more than 1,100 Palestinians.",
        "Her mother was freed during the weeklong truce in which 105 hostages and 240 Palestinian "
        "prisoners were released.",
    ],
)
def test_a_phases_or_a_truces_totals_are_not_releases(told):
    body = (
        f"Hamas freed three hostages on Friday and Israel released 90 Palestinian prisoners. {told}"
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3), (FRIDAY, "Israel", "Hamas", 90)}


def test_a_second_person_of_a_nationality_along_with_one_named_is_two():
    body = (
        "Ryan Corbett was released by Afghanistan's Taliban government on Friday in a prisoner "
        "exchange, along with a second American, William McKenty, 69."
    )
    assert releases(body) == {(FRIDAY, "Afghanistan", "United States", 2)}


def test_an_agreement_reached_on_releases_is_no_release():
    body = (
        "On 1 March agreement was reached on the release of 32 Armenian servicemen by "
        "Azerbaijan and 2 Azerbaijani servicemen by Armenia."
    )
    assert releases(body) == set()


def test_a_suspended_death_sentence_does_not_deny_a_release():
    body = (
        "Mark Swidan, an artist who had been held in China since 2012 and lived for years under "
        "a suspended death sentence, was released on Friday along with two other Americans, "
        "Kai Li and John Leung."
    )
    assert releases(body) == {(FRIDAY, "China", "United States", 3)}


def test_prisoners_who_walked_across_the_border_from_a_country_were_freed_by_it():
    body = (
        "Fifty prisoners walked across the border from Belarus into Lithuania on Friday, in a "
        "deal brokered by the United States."
    )
    assert releases(body) == {(FRIDAY, "Belarus", "United States", 50)}


def test_dual_nationals_go_to_the_side_of_the_story():
    body = "Hamas freed ten Israeli hostages on Friday. On Friday Hamas let go two Russian-Israeli women."
    assert {(r[1], r[2]) for r in releases(body)} == {("Hamas", "Israel")}


@pytest.mark.parametrize(
    "told",
    [
        "Ukraine also received the bodies of two British volunteers, John Smith and Tom Brown.",
        "Україні також передали тіла двох британських волонтерів — Джона Сміта та Тома Брауна.",
        "Ukraine also received the bodies of John Smith and Tom Brown, two British volunteers "
        "killed in January.",
    ],
)
def test_the_bodies_of_two_volunteers_are_two_bodies(told):
    body = f"On Friday Russia freed 100 Ukrainian soldiers. {told}"
    assert bodies(body) == {(FRIDAY, "Russia", "Ukraine", 2)}
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 100)}


def test_local_volunteers_who_speak_are_no_release():
    body = (
        "On Friday Russia freed 100 Ukrainian soldiers. Local volunteers who run the support "
        "group said news of the release had spread quickly."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 100)}


def test_a_part_of_a_part_inside_a_breakdown_does_not_part_the_whole():
    body = (
        "On Friday, Ukraine brought home 130 of its citizens from Russian captivity. The group "
        "was made up of 124 servicemen, 11 of them officers, and six civilians."
    )
    assert categories(body, "Russia") == {"military": 124, "civilian": 6}


def test_a_nationality_describing_a_person_is_not_the_next_verbs_subject():
    body = (
        "On Friday Hezbollah freed an Israeli businessman, John Smith, and handed back the "
        "bodies of three soldiers captured in 2000, while Israel released 400 prisoners."
    )
    assert bodies(body) == {(FRIDAY, "Hezbollah", "Israel", 3)}


def test_people_killed_with_others_are_casualties():
    body = (
        "Armenia handed over 15 Azerbaijani detainees on Friday. On 4 March, two journalists and "
        "a local official were killed when their car hit a mine on land handed back by Armenia."
    )
    assert releases(body) == {(FRIDAY, "Armenia", "Azerbaijan", 15)}


def test_prisoners_returned_to_their_cells_were_not_freed():
    body = (
        "Hamas freed six hostages on Friday. Israeli media report that the 600 prisoners, who "
        "had sat on buses for 13 hours, were returned to their cells."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 6)}


def test_a_release_over_the_course_of_one_day_is_that_days():
    body = "Hamas freed six Israeli hostages over the course of Friday, the last of the phase."
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 6)}


def test_a_release_that_will_not_go_ahead_is_none():
    text = (
        f"Published: {PUBLISHED.isoformat()}\nIsrael holds back release of 600 prisoners\n\n"
        "Hamas freed six hostages on Friday. A statement said the release of Palestinian "
        "prisoners that had been planned for Friday will not go ahead until the next handover "
        "is guaranteed."
    )
    result = extract(text)
    assert {(r.released_by, r.received_by) for r in result.releases} == {("Hamas", "Israel")}


def test_a_person_named_in_russian_who_returned_home_was_released():
    body = (
        "Россия и США в пятницу провели обмен в Абу-Даби. Российский предприниматель Виктор Бут, "
        "осуждённый в США на 25 лет, вернулся на родину."
    )
    assert (FRIDAY, "United States", "Russia", 1) in releases(body)


def test_columns_crossing_a_border_at_the_invasion_date_no_swap():
    body = (
        "Her son was on duty at the Chornobyl plant when Russian columns crossed the Belarusian "
        "border on 24 February 2022. On Friday 75 Ukrainians came home in a prisoner exchange. "
        "Russia's Defence Ministry said 75 Russian servicemen were returned in exchange."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 75), (FRIDAY, "Ukraine", "Russia", 75)}


@pytest.mark.parametrize(
    "told",
    [
        "27 лютого Зеленський казав, що Київ готується повернути тисячу людей.",
        "Москалькова повідомляла, що заплановане на 27 лютого повернення жителів Курської "
        "області зірвалося.",
    ],
)
def test_a_return_prepared_or_one_that_fell_through_is_no_release(told):
    body = f"У п'ятницю з полону повернулися 185 захисників. {told}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 185)}


def test_a_filing_stamp_heading_gives_no_day_to_the_story():
    text = (
        "Published: 2024-03-09\nSwap brings three home\n\n09 березня 2024, 10:15 | Пресслужба обласної "
        "військової адміністрації"
        "\n\nУчора, 8 березня, Україна провела обмін полоненими: з російської неволі повернули 100 "
        "наших громадян.\n\nЗа словами голови ОВА, додому повернулися двоє військовослужбовців "
        "ЗСУ та прикордонник.\n\nРосійське міністерство оборони заявило, що отримало 95 своїх "
        "військовослужбовців."
    )
    days = {r.date for r in extract(text).releases}
    assert days == {FRIDAY}


def test_the_day_before_a_holiday_after_a_date_is_that_date():
    body = (
        "The exchange was carried out on Friday, March 8, the day before New Year's Eve, when "
        "Kyiv said 189 Ukrainians had been freed from Russian captivity."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 189)}


def test_the_side_one_swaps_with_gives_ones_people_back():
    body = (
        "Вчера, в ходе очередного обмена с украинской стороной, на Родину возвращены десять "
        "жителей Курской области."
    )
    assert releases(body, datetime.date(2024, 3, 9)) == {(FRIDAY, "Ukraine", "Russia", 10)}


def test_our_defenders_in_a_ukrainian_story_come_home_to_ukraine():
    body = "У п'ятницю відбувся обмін полоненими з Росією. Ми отримали 175 наших захисників."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 175)}


def test_in_a_ukrainian_story_those_who_came_back_came_back_to_ukraine():
    body = (
        "Російське міноборони повідомило, що отримало групу своїх військових. У п'ятницю — "
        "перший етап: повернулися 40 молодих військових."
    )
    assert (FRIDAY, "Russia", "Ukraine", 40) in releases(body)


def test_taking_back_a_figure_of_ones_own_is_receiving_them():
    body = "У п'ятницю відбувся обмін полоненими. Росіяни забрали 175 своїх військових."
    assert (FRIDAY, "Ukraine", "Russia", 175) in releases(body)


def test_people_returned_outside_the_exchange_are_not_its_other_side():
    body = (
        "У п'ятницю відбувся обмін полоненими за формулою 175 на 175. Але це ще не все: поза "
        "обміном додому повернулися ще 22 тяжкопоранені воїни — 21 військовослужбовець ЗСУ та "
        "один прикордонник."
    )
    assert ("Ukraine", "Russia", 22) not in {(r[1], r[2], r[3]) for r in releases(body)}
    assert (FRIDAY, "Russia", "Ukraine", 197) in releases(body)


def test_prisoners_allowed_to_fly_out_were_released():
    body = (
        "On Friday, Iran allowed three imprisoned Americans to fly out of Tehran on a Qatari jet."
    )
    assert releases(body) == {(FRIDAY, "Iran", "United States", 3)}


def test_in_an_exchange_for_a_named_person_gives_the_other_way():
    body = (
        "Two Americans held in Afghanistan were released on Friday in an exchange for Khan "
        "Mohammad, an Afghan convicted in the United States of drug trafficking."
    )
    assert releases(body) == {
        (FRIDAY, "Afghanistan", "United States", 2),
        (FRIDAY, "United States", "Afghanistan", 1),
    }


def test_what_a_deal_obliges_is_no_handover():
    body = (
        "У п'ятницю ХАМАС передав через Червоний Хрест тіла чотирьох загиблих заручників. Угода "
        "зобов'язує угруповання повернути останки всіх 28 загиблих; за даними ізраїльських ЗМІ, "
        "ще чотири тіла мають передати сьогодні ввечері."
    )
    assert bodies(body) == {(FRIDAY, "Hamas", "Israel", 4)}


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (  # a nationality word right before the name; one before the description of the other
            "Tehran freed Swedish Lars Nystrom on Friday in exchange for Iranian engineer "
            "Hamid Rezaei.",
            ("Iran", "Sweden"),
        ),
        (  # a passive name after a description that names its side, traded for another
            "On Friday, Belgian aid worker Pieter Claes was exchanged at Muscat airport for "
            "Iranian diplomat Reza Karimi.",
            ("Iran", "Belgium"),
        ),
        (  # the description names a side outside the story's pair
            "Ukraine and Russia swapped 90 prisoners each on Friday, Kyiv said. Ukrainian "
            "officials said the wounded would be treated in Kyiv. In December, U.S. teacher "
            "Daniel Hale was exchanged for Russian hacker Ilya Orlov.",
            ("Russia", "United States"),
        ),
    ],
)
def test_a_named_person_described_by_their_side_goes_to_that_side(body, sides):
    one_each = {(r[1], r[2]) for r in releases(body) if r[3] == 1}
    assert one_each == {sides, sides[::-1]}


def test_a_word_of_capture_that_describes_the_freed_leaves_the_day_to_the_release():
    body = (
        "The ELN freed a kidnapped engineer on Friday and handed him to Colombian government "
        "envoys."
    )
    assert releases(body) == {(FRIDAY, "ELN", "Colombia", 1)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Moscow freed the prisoners on Friday.", (FRIDAY, "Russia", "Ukraine", None)),
        ("Hamas let the hostages go on Friday.", (FRIDAY, "Hamas", "Israel", None)),
    ],
)
def test_the_side_that_frees_an_untold_group_is_not_its_owner(body, expected):
    assert releases(body) == {expected}


def test_parties_of_wars_beyond_russia_ukraine_and_gaza_are_known():
    body = "Tigrayan forces and the Ethiopian army exchanged 120 prisoners each on Friday."
    assert releases(body) == {
        (FRIDAY, "Tigray", "Ethiopia", 120),
        (FRIDAY, "Ethiopia", "Tigray", 120),
    }


def test_a_carrier_flying_people_back_to_each_side_frees_none_of_them():
    body = (
        "On Friday a Russian military plane flew 15 detainees back to Armenia and nine to "
        "Azerbaijan, in the first swap between the two neighbours this year."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", 15),
        (FRIDAY, "Armenia", "Azerbaijan", 9),
    }


def test_what_a_second_side_frees_in_return_goes_to_the_side_that_freed_first():
    body = (
        "Tigrayan fighters released 52 Eritrean conscripts on Friday, and the government of "
        "Abiy Ahmed freed 300 detainees in return, church mediators said."
    )
    assert releases(body) == {
        (FRIDAY, "Tigray", "Eritrea", 52),
        (FRIDAY, "Ethiopia", "Tigray", 300),
    }


def test_a_side_outside_the_pair_frees_to_its_usual_counterpart():
    body = (
        "The FARC freed two soldiers on Friday, handing them to Colombian government envoys in "
        "Caqueta. The FARC has freed dozens of captives since 2008. The same day the ELN freed a "
        "kidnapped engineer in Arauca."
    )
    assert releases(body) == {(FRIDAY, "FARC", "Colombia", 2), (FRIDAY, "ELN", "Colombia", 1)}


def test_one_person_told_by_what_they_do_then_named_and_a_second_named_person():
    body = (
        "On Friday Tehran freed a Swedish researcher, Karl Lindqvist, and Swedish-Iranian "
        "Maryam Rostami after talks in Muscat."
    )
    assert releases(body) == {(FRIDAY, "Iran", "Sweden", 2)}


def test_a_table_that_names_the_releasing_side_in_each_row():
    body = (
        "Kidnap victims freed by the ELN and the FARC, as Colombia's peace office lists them.\n\n"
        "Date | Group | Who | No.\n"
        "4 Mar 2011 | FARC | two marines | 2\n"
        "9 Jun 2016 | ELN | Salud Hernandez and two TV reporters | 3\n"
        "Jun 2016 | | total for the month | 3\n"
    )
    assert releases(body) == {
        (datetime.date(2011, 3, 4), "FARC", "Colombia", 2),
        (datetime.date(2016, 6, 9), "ELN", "Colombia", 3),
    }


def test_a_table_of_people_one_a_row_adds_them_up_on_the_storys_day():
    body = (
        "Belarus and Poland swapped prisoners at the border on Friday. Those freed:\n\n"
        "No. | Name | Released by | Flown to\n"
        "1 | Jan Kowalski | Belarus | Poland\n"
        "2 | Ewa Nowak | Belarus | Poland\n"
        "3 | Andrzej Poczobut | Belarus | Poland\n"
        "4 | Pavel Sidorov | Poland | Belarus\n"
    )
    assert releases(body) == {
        (FRIDAY, "Belarus", "Poland", 3),
        (FRIDAY, "Poland", "Belarus", 1),
    }


def test_a_table_with_the_other_side_in_each_row_and_one_side_in_its_columns():
    body = (
        "Washington's swaps since 2022.\n\n"
        "| Date | Other side | Freed to the US | Freed by the US |\n"
        "|---|---|---|---|\n"
        "| 27 Apr 2022 | Russia | 1 – a former Marine | 1 – a pilot |\n"
        "| 1 Oct 2022 | Venezuela | 7 Americans | 2 – two nephews |\n"
    )
    assert releases(body) == {
        (datetime.date(2022, 4, 27), "Russia", "United States", 1),
        (datetime.date(2022, 4, 27), "United States", "Russia", 1),
        (datetime.date(2022, 10, 1), "Venezuela", "United States", 7),
        (datetime.date(2022, 10, 1), "United States", "Venezuela", 2),
    }


def test_a_table_inside_an_html_article_is_read():
    page = (
        "<html><head><meta property='article:published_time' content='2024-03-09T10:00:00Z'>"
        "<title>Swaps so far</title></head><body><nav>Home | World | 390 readers</nav>"
        "<article><h1>Swaps so far</h1><p>Kyiv and Moscow have traded prisoners many times "
        "since the start of the full-scale war, most often with the UAE as the go-between, and "
        "the pace of the swaps has picked up in the last year, officials in both capitals say."
        "</p><table><thead><tr><th>Date</th><th>To Ukraine</th><th>To Russia</th></tr></thead>"
        "<tbody><tr><td>31 Jan 2024</td><td>207</td><td>195</td></tr>"
        "<tr><td>8 Feb 2024</td><td>100</td><td>100</td></tr></tbody></table>"
        "<p>Both sides say more exchanges are being prepared, and families keep waiting.</p>"
        "</article><footer>© 2024 · 1,000 subscribers</footer></body></html>"
    )
    found = {(r.date, r.released_by, r.received_by, r.count) for r in extract(page).releases}
    assert found == {
        (datetime.date(2024, 1, 31), "Russia", "Ukraine", 207),
        (datetime.date(2024, 1, 31), "Ukraine", "Russia", 195),
        (datetime.date(2024, 2, 8), "Russia", "Ukraine", 100),
        (datetime.date(2024, 2, 8), "Ukraine", "Russia", 100),
    }


def test_a_day_without_a_year_takes_the_year_its_month_was_given_in_the_sentence():
    body = (
        "The last such handover was in June 2021, when Azerbaijan freed 15 Armenian soldiers "
        "on June 12."
    )
    assert releases(body) == {(datetime.date(2021, 6, 12), "Azerbaijan", "Armenia", 15)}


@pytest.mark.parametrize(
    "body",
    [
        # a named person coming back, whose side a rank and a force before the name gives
        "On Friday, Indian Navy Lieutenant Commander Rohan Mehta crossed back from Pakistan at "
        "the Wagah post.",
        # a passive name after 'after', described by capitalised words
        "Crowds gathered hours after Indian Army sepoy Rohan Mehta was handed over at Wagah on "
        "Friday by Pakistan.",
    ],
)
def test_a_named_person_described_by_rank_and_force_comes_home(body):
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 1)}


def test_one_person_handed_back_told_by_what_they_are_with_a_capture_day_of_their_own():
    body = (
        "Pakistan returned an Indian constable on Friday. At the same crossing that day, India "
        "handed back a Pakistan Rangers man who had been picked up earlier this month."
    )
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 1), (FRIDAY, "India", "Pakistan", 1)}


def test_a_named_person_after_their_age_is_one_released():
    body = "У п'ятницю Москва відпустила 41-річного Івана Сидоренка, громадянина США."
    assert releases(body) == {(FRIDAY, "Russia", "United States", 1)}


@pytest.mark.parametrize(
    "body",
    [
        "У п'ятницю білоруська влада передала американцям у Мінську трьох в'язнів.",
        "В пятницу белорусские власти передали американцам в Минске троих заключённых.",
    ],
)
def test_a_side_in_the_dative_receives_and_a_city_after_in_is_only_where(body):
    assert releases(body) == {(FRIDAY, "Belarus", "United States", 3)}


def test_people_told_in_one_sentence_and_released_by_pronoun_in_the_next():
    body = (
        "On the night of Friday, the 40 Armenian soldiers held since June in Baku landed at "
        "Yerevan airport. Azerbaijani authorities released them to Armenian officials at the "
        "border, and they flew home."
    )
    assert releases(body) == {(FRIDAY, "Azerbaijan", "Armenia", 40)}


def test_a_releasing_subject_outside_the_pair_beats_the_pairs_other_side():
    body = (
        "The United States and Venezuela struck a deal. On Friday the Salvadoran authorities "
        "released 200 Venezuelan men to Venezuelan officials, and Venezuela freed ten Americans "
        "held in Caracas."
    )
    assert (FRIDAY, "El Salvador", "Venezuela", 200) in releases(body)


def test_people_allowed_to_travel_back_are_released():
    body = "On Friday, four German citizens were allowed to travel back with the envoy from Iran."
    assert releases(body) == {(FRIDAY, "Iran", "Germany", 4)}


def test_people_released_on_top_of_the_agreed_numbers_add_to_them():
    body = (
        "Russia and Ukraine each handed over 120 prisoners of war on Friday. On top of the agreed "
        "numbers, Moscow released 11 seriously wounded Ukrainian soldiers."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 131),
        (FRIDAY, "Ukraine", "Russia", 120),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a side, a phrase of its own, then an aside that says who counted
            "У п'ятницю Україна повернула 40 своїх громадян. Росія за тим обміном, за даними її "
            "міністерства оборони, отримала 35 військових.",
            (FRIDAY, "Ukraine", "Russia", 35),
        ),
        (  # "причём" opens a clause of its own: its modal does not govern the release
            "Россия и Украина провели обмен пленными. В пятницу Минобороны России сообщило, "
            "что домой вернулись 35 российских военных, "
            "причём освобождение части из них стало возможным благодаря посредничеству ОАЭ.",
            (FRIDAY, "Ukraine", "Russia", 35),
        ),
    ],
)
def test_a_receiving_side_behind_an_aside_or_a_moreover_clause(body, expected):
    assert expected in releases(body)


def test_a_side_after_a_preposition_is_not_the_subject_of_the_verb_after_it():
    body = (
        "У п'ятницю Україна та Росія провели обмін полоненими. У Міноборони РФ заявили, що на "
        "російський бік передали 40 військовослужбовців."
    )
    assert (FRIDAY, "Ukraine", "Russia", 40) in releases(body)
    assert (FRIDAY, "Russia", "Ukraine", 40) not in releases(body)


def test_a_place_and_date_heading_is_when_it_was_written_not_the_events_day():
    body = (
        "ЗАЯВЛЕНИЕ\n\nг. Белгород, 11 марта 2024 года\n\n"
        "В пятницу, 8 марта, из украинского плена вернулись 30 российских военнослужащих.\n\n"
        "По нашим сведениям, среди них есть совсем молодые ребята.\n\n"
        "В обмен украинской стороне передали столько же военнопленных ВСУ."
    )
    assert releases(body, datetime.date(2024, 3, 11)) == {
        (FRIDAY, "Ukraine", "Russia", 30),
        (FRIDAY, "Russia", "Ukraine", 30),
    }


def test_a_day_said_alone_in_answer_is_the_day_then_refers_to():
    body = (
        "ВЕДУЧА: Коли був попередній обмін?\n\nКОРЕСПОНДЕНТ: Так, двадцять восьмого лютого.\n\n"
        "Тоді додому повернулися сорок українців."
    )
    assert releases(body) == {(datetime.date(2024, 2, 28), "Russia", "Ukraine", 40)}


def test_that_day_then_its_date_in_apposition_is_that_date():
    body = (
        "Families kept a vigil on Monday evening.\n\nEarlier that day, Feb. 26, Ukraine brought "
        "40 of its people home from Russian captivity.\n\nRussia's defence ministry said 35 "
        "Russian servicemen had been returned from Ukrainian-held territory."
    )
    assert releases(body, datetime.date(2024, 3, 1)) == {
        (datetime.date(2024, 2, 26), "Russia", "Ukraine", 40),
        (datetime.date(2024, 2, 26), "Ukraine", "Russia", 35),
    }


def test_a_part_of_the_freed_told_before_the_whole_is_no_release_of_its_own():
    body = (
        "Глава МВД Украины уточнил, что 40 вернувшихся относятся к ведомствам МВД: 25 "
        "нацгвардейцев и 15 пограничников.\n\nВ пятницу Россия вернула Украине 120 военных."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 120)}


def test_what_an_arrangement_called_for_is_its_target_not_a_release():
    body = (
        "Iran and Sweden ended months of talks. The arrangement, reached last month, called for "
        "each side to release three prisoners."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert result.releases == []
    assert result.agreement.target_per_side == 3


def test_people_flown_or_brought_to_a_sides_capital_go_to_that_side():
    body = (
        "Armenia and Azerbaijan swapped prisoners on Friday, when a plane brought 30 Armenian "
        "prisoners to Yerevan and 9 Azerbaijanis were flown to Baku, according to Armenia's "
        "foreign ministry."
    )
    assert releases(body) == {
        (FRIDAY, "Azerbaijan", "Armenia", 30),
        (FRIDAY, "Armenia", "Azerbaijan", 9),
    }


def test_a_named_person_with_a_relative_clause_was_handed_over():
    body = (
        "The Taliban and the United States swapped prisoners again. On Friday, US contractor "
        "John Miller, who had been abducted in Kabul in 2022, was handed over at Kabul airport. "
        "In return, the US freed Haji Rahman, an Afghan tribal leader."
    )
    assert releases(body) == {
        (FRIDAY, "Afghanistan", "United States", 1),
        (FRIDAY, "United States", "Afghanistan", 1),
    }


def test_a_surname_after_that_freed_from_where_he_was_held():
    body = (
        "Iran freed the Swedish diplomat Karl Berg on Friday. Tehran wanted Reza Tavakoli, an "
        "Iranian official jailed in Sweden. Iran's judiciary wrote that Tavakoli had been freed "
        'after being held "illegally" in Sweden.'
    )
    assert releases(body) == {(FRIDAY, "Iran", "Sweden", 1), (FRIDAY, "Sweden", "Iran", 1)}


def test_us_receive_what_the_sentence_does_not_give_the_named_side():
    body = (
        "Россия и Украина провели обмен. В пятницу Киеву отдали 60 человек, а нам вернули 40 "
        "военных."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 40)}


def test_a_surname_named_in_full_before_joins_the_group_in_any_case_form():
    body = (
        "Украинский политик Олег Пашук был арестован в 2023 году. В пятницу Украина передала "
        "России 40 военных и Пашука, а Россия вернула 45 украинцев."
    )
    assert (FRIDAY, "Ukraine", "Russia", 41) in releases(body)


def test_a_named_person_flown_out_of_a_sides_capital_is_freed_by_that_side():
    body = (
        "Russia and the United States swapped prisoners on Friday. The last trade came in "
        "January. Teacher Paul Hart was flown out of Moscow on Jan. 12 aboard an envoy's plane, "
        "and the United States released hacker Ivan Sokolov the following day."
    )
    found = releases(body)
    assert (datetime.date(2024, 1, 12), "Russia", "United States", 1) in found
    assert (datetime.date(2024, 1, 13), "United States", "Russia", 1) in found


def test_a_table_whose_columns_name_a_side_twice_and_whose_notes_mention_bodies():
    body = (
        "Russia and Ukraine swaps so far this year, as each side counted them.\n\n"
        "| Date of exchange | Ukrainians returned (Kyiv's figure) | Russians returned (Moscow's "
        "figure) | Notes |\n"
        "|---|---|---|---|\n"
        "| 2 Feb 2024 | 60 | 55 | Kyiv also received the bodies of 40 soldiers |\n"
    )
    assert releases(body) == {
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 60),
        (datetime.date(2024, 2, 2), "Ukraine", "Russia", 55),
    }


def test_one_person_each_way_told_by_name_by_rank_and_as_one_of_their_men():
    body = (
        "India and Pakistan returned detained border guards on Friday. Her husband, Border "
        "Security Force constable Ram Lal Verma, was handed back by the Pakistan Rangers at Attari "
        "on Friday. In return, the BSF handed over a Pakistan Rangers trooper who had "
        "been held since March 3, when he was caught in Rajasthan. The last such return came on March "
        "1, 2019, when Wing Commander Arjun Rao of the Indian Air Force was released."
    )
    assert releases(body) == {
        (FRIDAY, "Pakistan", "India", 1),
        (FRIDAY, "India", "Pakistan", 1),
        (datetime.date(2019, 3, 1), "Pakistan", "India", 1),
    }


def test_a_named_person_freed_together_with_another_named_person_are_two():
    body = (
        "The sixth oil executive, Juan Perez, was freed by Venezuela on Friday together with "
        "Mark Hale, an American tourist, after US envoys visited Caracas."
    )
    assert releases(body) == {(FRIDAY, "Venezuela", "United States", 2)}


def test_a_day_the_exchange_happened_on_which_nobody_had_expected_dates_the_next_sentence():
    body = (
        "Рік тому, 8 березня минулого року, їй зателефонували.\n\nА 8 березня стався обмін, "
        "якого тоді не очікував майже ніхто. Україна повернула з полону 60 людей."
    )
    assert releases(body, datetime.date(2025, 3, 8)) == {
        (datetime.date(2024, 3, 8), "Russia", "Ukraine", 60)
    }


def test_on_the_weekday_is_the_day_of_that_weekday_the_story_named():
    body = (
        "Our brief rounds up the spring swaps between Russia and Ukraine.\n\n19 February, after "
        "the call\n\n"
        "What happened on the Monday: each side released 50 prisoners."
    )
    assert releases(body, datetime.date(2024, 3, 9)) == {
        (datetime.date(2024, 2, 19), "Russia", "Ukraine", 50),
        (datetime.date(2024, 2, 19), "Ukraine", "Russia", 50),
    }


def test_a_podcast_recorded_on_a_day_counts_its_today_from_that_day():
    body = (
        "[Расшифровка подкаста.]\n\n[00:00] АННА: Привет, это наш подкаст.\n\n[00:03] ИЛЬЯ: "
        "Записываемся в четверг, 7 марта, вечером.\n\n[01:10] АННА: Россия и Украина сегодня "
        "обменялись пленными: по 50 человек с каждой стороны.\n\n[01:30] ИЛЬЯ: Да, это важно."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 7), "Russia", "Ukraine", 50),
        (datetime.date(2024, 3, 7), "Ukraine", "Russia", 50),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Russia and Ukraine swaps this year. The first figure is how many came home to Ukraine; "
        "the second, how many Russia received.\n\n• 5 January — 40 / 38. The first of the "
        "year.\n• 2 February — 12, including 3 women / not disclosed.\n",
        "Обмены России и Украины в этом году. Первая цифра — сколько людей вернулось в Украину; "
        "вторая — сколько своих военных получила Россия.\n\n• 5 января — 40 / 38. Первый в "
        "году.\n• 2 февраля — 12, среди них 3 женщины / количество не сообщалось.\n",
    ],
)
def test_a_list_whose_legend_says_what_its_two_figures_are(body):
    assert releases(body) == {
        (datetime.date(2024, 1, 5), "Russia", "Ukraine", 40),
        (datetime.date(2024, 1, 5), "Ukraine", "Russia", 38),
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 12),
        (datetime.date(2024, 2, 2), "Ukraine", "Russia", None),
    }


def test_a_mediators_record_beside_the_days_swap_is_no_release():
    body = (
        "Russia and Ukraine traded prisoners again. On Friday the sides swapped 206 prisoners of "
        "war each. Moscow said its men had been captured near Kupiansk; Kyiv said 40 of the "
        "returning Ukrainians were border guards. The UAE said its mediation had by then freed "
        "2,410 people."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 206),
        (FRIDAY, "Ukraine", "Russia", 206),
    }


def test_a_tally_of_those_two_days_is_no_release():
    body = (
        "On Thursday each side freed 390 people. On Friday the two sides swapped 206 servicemen "
        "each. Zelensky said that 596 people had been brought back in those two days alone."
    )
    assert (FRIDAY, "Russia", "Ukraine", 206) in releases(body)
    assert (FRIDAY, "Russia", "Ukraine", 596) not in releases(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the month the paragraph names, the weekday agreeing
            "October was busy. On Friday the 20th, Russia freed 31 Ukrainian soldiers.",
            datetime.date(2023, 10, 20),
        ),
        (  # the month named in the sentence before
            "Russia and Ukraine traded prisoners twice in November. On the 14th, Russia freed 31 "
            "Ukrainian soldiers.",
            datetime.date(2023, 11, 14),
        ),
        (  # no month told: the last Friday the 20th before publication
            "On Friday the 20th, Russia freed 31 Ukrainian soldiers.",
            datetime.date(2023, 10, 20),
        ),
    ],
)
def test_a_day_of_the_month_alone_takes_the_month_the_story_is_in(body, expected):
    assert releases(body) == {(expected, "Russia", "Ukraine", 31)}


def test_an_ordinal_before_a_noun_is_no_day_of_the_month():
    body = "The 13th exchange of the year took place on Friday, when Russia freed 31 Ukrainians."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 31)}


def test_the_side_after_a_named_mediator_keeps_its_role():
    body = (
        "12 березня 2021 року за посередництва Туреччини Росія звільнила 18 українських "
        "моряків в обмін на двох росіян."
    )
    assert (datetime.date(2021, 3, 12), "Russia", "Ukraine", 18) in releases(body)


@pytest.mark.parametrize(
    ("body", "to_ukraine"),
    [
        # a verbless second clause: "..., to Ukraine — N"
        (
            "Новый обмен в пятницу: домой вернулись 157 российских военных, на Украину — 149 "
            "человек.",
            149,
        ),
        # a second clause with its own short passive
        ("В пятницу 157 российских военных вернулись домой, Киеву переданы 157 пленных.", 157),
    ],
)
def test_each_side_of_a_russian_summary_keeps_its_own_figure(body, to_ukraine):
    assert releases(body) == {
        (FRIDAY, "Ukraine", "Russia", 157),
        (FRIDAY, "Russia", "Ukraine", to_ukraine),
    }


def test_a_holiday_with_its_year_is_that_years():
    body = "On Christmas Eve 2021, Russia freed 44 Ukrainian soldiers, Kyiv said."
    assert releases(body) == {(datetime.date(2021, 12, 24), "Russia", "Ukraine", 44)}


@pytest.mark.parametrize(
    "tally",
    [
        "По данным СМИ, только за февраль 2024 года из плена вернулись 388 российских "
        "военнослужащих.",
        "За даними ЗМІ, лише за лютий 2024 року з полону повернулися 388 росіян.",
    ],
)
def test_a_months_tally_is_no_release(tally):
    body = f"В пятницу Россия и Украина обменялись пленными: по 157 человек. {tally}"
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 157),
        (FRIDAY, "Ukraine", "Russia", 157),
    }
    assert categories(body, "Ukraine") == {}


@pytest.mark.parametrize(
    "part",
    [
        "За даними обласної адміністрації, четверо зі звільнених — мешканці Волині.",
        "По данным губернатора, четверо из освобождённых — жители Волыни.",
    ],
)
def test_some_of_the_freed_are_a_part(part):
    body = f"У п'ятницю з російського полону повернулися 88 українських військових. {part}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 88)}


@pytest.mark.parametrize(
    "plan",
    [
        "Тогда сообщалось, что обмен пройдет по формуле «120 на 120», а украинской стороне "
        "будут дополнительно переданы 12 раненых.",
        "Тоді повідомлялося, що обмін відбудеться за формулою «120 на 120», а українській "
        "стороні додатково передадуть 12 поранених.",
    ],
)
def test_a_formula_told_as_what_will_happen_is_no_swap(plan):
    body = f"О предстоящем обмене президент сообщил в ходе телефонного разговора 7 марта. {plan}"
    assert not releases(body)


def _releases_of(text: str) -> set[tuple]:
    return {(r.date, r.released_by, r.received_by, r.count) for r in extract(text).releases}


def test_a_dateline_in_mixed_case_gives_the_filing_day_not_the_events():
    text = (
        "Published: 2024-03-09\nFamilies' group welcomes release of 37 soldiers held by the RSF\n\n"
        "Juba / Nairobi, 9 March 2024 - The families' group welcomes the release on Thursday of "
        "37 soldiers of the Sudanese army held by the Rapid Support Forces.\n\n"
        "The men were handed over in Khartoum and driven south by the Red Cross.\n"
    )
    assert _releases_of(text) == {(datetime.date(2024, 3, 7), "Rapid Support Forces", "Sudan", 37)}


def test_a_weekday_heading_of_a_timeline_is_no_dateline():
    body = (
        "Thursday, February 29 - Hamas freed three hostages. Israel freed 90 prisoners in return."
    )
    assert (datetime.date(2024, 2, 29), "Israel", "Hamas", 90) in releases(body)


def test_a_running_total_told_with_now_is_no_release():
    body = (
        "Hamas freed three Israeli hostages on Friday, Israeli officials said. Twenty-two Israelis "
        "have now come home under the deal, along with four Thai workers released separately."
    )
    assert releases(body) == {(FRIDAY, "Hamas", "Israel", 3)}


@pytest.mark.parametrize(
    "line",
    [
        "On Friday Noa Adler, Yael Brenner and Tamar Cohen were handed to the Red Cross in Rafah.",
        # a timeline's present tense
        "Friday: Noa Adler, Yael Brenner and Tamar Cohen are handed to the Red Cross in Rafah.",
    ],
)
def test_people_named_one_by_one_in_a_hostage_story_are_the_hostages(line):
    body = f"Israel and Hamas are in the third week of a ceasefire that frees hostages. {line}"
    assert (FRIDAY, "Hamas", "Israel", 3) in releases(body)


def test_a_breakdown_goes_to_the_side_its_clause_names_in_the_possessive():
    body = (
        "On Friday each side released 64 people. Kyiv's 64 were 50 privates and sergeants and "
        "14 officers; Moscow's were 64 conscripts captured near Sudzha."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    by_receiver = {r.received_by: r.categories for r in result.releases}
    assert by_receiver["Ukraine"] == {"military": 64}


def test_fishermen_are_people_freed():
    body = "Sri Lanka released 23 Indian fishermen on Friday, the Indian High Commission said."
    assert releases(body) == {(FRIDAY, "Sri Lanka", "India", 23)}


def test_a_list_handed_over_is_no_release():
    body = (
        "Pakistan freed 47 Indian prisoners on Friday. The list Islamabad handed over in January "
        "named 194 Indian fishermen and 33 other civilian prisoners."
    )
    assert releases(body) == {(FRIDAY, "Pakistan", "India", 47)}


def test_a_day_said_after_a_comma_following_another_event_is_the_handovers():
    body = (
        "A transport plane crashed on 24 February. Two weeks after the crash, on 8 March, 62 "
        "Ukrainians came home."
    )
    assert releases(body) == {(datetime.date(2024, 3, 8), "Russia", "Ukraine", 62)}


def test_more_bodies_told_with_and_of_are_bodies():
    body = "Ukraine received the bodies of 64 soldiers on 2 February and of 140 on 16 February."
    assert not releases(body)
    assert bodies(body) == {
        (datetime.date(2024, 2, 2), "Russia", "Ukraine", 64),
        (datetime.date(2024, 2, 16), "Russia", "Ukraine", 140),
    }


def test_what_was_returned_before_this_swap_is_a_tally():
    body = (
        "У п'ятницю з полону повернулися 88 захисників. Це вже 52-й обмін. До нього, за даними "
        "Координаційного штабу, з полону вдалося повернути 2834 людей."
    )
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 88)}


def test_a_swap_dated_after_before_this_is_a_release():
    body = (
        "В пятницу из плена вернулись 88 российских военных. До этого, 14 февраля, стороны "
        "обменялись 90 пленными каждая."
    )
    assert (datetime.date(2024, 2, 14), "Russia", "Ukraine", 90) in releases(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On the second of March last year, Venezuela freed six Americans.",
            datetime.date(2023, 3, 2),
        ),
        ("On the second of March, 2022, Venezuela freed six Americans.", datetime.date(2022, 3, 2)),
    ],
)
def test_a_day_in_ordinal_words_takes_the_year_told_after_it(body, expected):
    assert releases(body) == {(expected, "Venezuela", "United States", 6)}


def test_in_return_after_a_comma_starts_the_other_handover():
    body = (
        "В пятницу на Родину вернулись 73 военнослужащих, взамен украинской стороне были переданы "
        "73 военнопленных ВСУ."
    )
    assert releases(body) == {(FRIDAY, "Ukraine", "Russia", 73), (FRIDAY, "Russia", "Ukraine", 73)}


@pytest.mark.parametrize(
    "landing",
    [
        "The plane landed at Andrews before dawn on Saturday, hours after Iran released two "
        "Americans held for years.",
        "Two Americans held in Iran were back on American soil early Saturday, hours after Iran "
        "freed them.",
    ],
)
def test_a_landing_early_in_the_day_hours_after_the_release_dates_it_the_day_before(landing):
    assert releases(landing) == {(FRIDAY, "Iran", "United States", 2)}


def test_a_day_inside_a_since_clause_dates_the_other_event():
    body = (
        "Russia and Ukraine traded prisoners often that year.\n\n"
        "* FEB. 8 - 100 prisoners of war were swapped each way, the first exchange since a "
        "Russian plane came down near Belgorod on Jan. 24."
    )
    assert releases(body) == {
        (datetime.date(2024, 2, 8), "Russia", "Ukraine", 100),
        (datetime.date(2024, 2, 8), "Ukraine", "Russia", 100),
    }


def test_a_ratios_term_is_no_figure():
    body = (
        "Israel and Hamas agreed a four-day truce. Israel's offer was one extra day for every "
        "ten hostages freed."
    )
    assert not releases(body)


@pytest.mark.parametrize(
    "second",
    [
        "Наступного дня обмін пройшов за формулою 60 на 60.",
        "На следующий день обмен произошёл по формуле 60 на 60.",
    ],
)
def test_a_swap_that_passed_in_a_formula_took_place(second):
    body = f"5 березня Україна і Росія обмінялися полоненими. {second}"
    assert {r for r in releases(body) if r[3]} == {
        (datetime.date(2024, 3, 6), "Russia", "Ukraine", 60),
        (datetime.date(2024, 3, 6), "Ukraine", "Russia", 60),
    }


@pytest.mark.parametrize(
    "body",
    [
        "On Friday Russia returned 60 Ukrainian prisoners of war. Among them were nine civilians, "
        "the coordination headquarters said.",
        "У п'ятницю з російського полону повернулися 60 військовополонених, серед них дев'ятеро "
        "цивільних.",
    ],
)
def test_civilians_counted_among_prisoners_of_war_leave_the_rest_as_soldiers(body):
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    (release,) = [r for r in result.releases if r.received_by == "Ukraine"]
    assert (release.count, release.categories) == (60, {"military": 51, "civilian": 9})


def test_what_an_offer_is_about_is_no_release():
    body = (
        "Россия и Украина обменялись пленными. Москва также готова передать Киеву военных в "
        "обмен на жителей приграничья, которых держат на Украине, — речь, по словам "
        "омбудсмена, идёт примерно о 40 гражданских."
    )
    assert not {r for r in releases(body) if r[3] == 40}


def test_over_every_stage_is_a_tally():
    body = (
        "У четвер Україна повернула з полону ще 80 військових. За всі етапи вдалося "
        "повернути понад тисячу людей."
    )
    assert releases(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 80)}


def test_a_swap_being_completed_at_that_moment_took_place_that_day():
    body = (
        "Делегации Украины и России встретились в четверг вечером. Глава делегации сообщил, "
        "что в тот момент на границе завершался обмен пленными по формуле «70 на 70»."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 7), "Russia", "Ukraine", 70),
        (datetime.date(2024, 3, 7), "Ukraine", "Russia", 70),
    }


def test_a_list_after_the_colon_that_ends_the_figures_clause_is_its_breakdown():
    body = (
        "Ukraine and Russia swapped prisoners on Friday. Kyiv said 60 of its soldiers had "
        "returned: 55 privates and sergeants and five officers."
    )
    assert (FRIDAY, "Russia", "Ukraine", 60) in releases(body)


@pytest.mark.parametrize(
    "names",
    [
        "José Ortiz, Ramón Ibáñez and Łukasz Wójcik",
        "Pedro Antonio Ruiz Soto, Juan Carlos de Mello and Ana Maria dos Santos",
    ],
)
def test_people_named_with_accents_or_long_names_are_counted(names):
    body = f"Iran released an American on Friday. In return, the United States freed {names}."
    assert (FRIDAY, "United States", "Iran", 3) in releases(body)


def test_agents_and_spies_are_people():
    body = "Cuba freed an American on Friday. In return, the United States released three spies."
    assert (FRIDAY, "United States", "Cuba", 3) in releases(body)


def test_a_formula_of_the_remains_a_clause_names_is_bodies():
    body = (
        "Russia and Ukraine swapped prisoners on Friday. On March 1 the two sides had exchanged "
        "the remains of fallen servicemen on a 70-for-70 basis."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert not [r for r in result.releases if r.count]
    assert {(b.date, b.released_by, b.count) for b in result.bodies} == {
        (datetime.date(2024, 3, 1), "Russia", 70),
        (datetime.date(2024, 3, 1), "Ukraine", 70),
    }


def test_a_relative_clause_of_whom_ends_at_its_comma_before_a_joined_person():
    body = (
        "Russia and Ukraine swapped prisoners on Friday. Kyiv recovered 40 Ukrainian soldiers, "
        "several of whom had been wounded, along with a British citizen."
    )
    assert (FRIDAY, "Russia", "Ukraine", 41) in releases(body)


def test_a_day_after_a_time_counted_on_sets_the_scene():
    body = (
        "Russia and Ukraine swapped prisoners on Friday.\n\n"
        "A week later, on 1 March, things looked much the same. Kyiv got back 40 soldiers; "
        "Moscow said 38 of its troops had come home."
    )
    assert {
        (datetime.date(2024, 3, 1), "Russia", "Ukraine", 40),
        (datetime.date(2024, 3, 1), "Ukraine", "Russia", 38),
    } <= releases(body)


def test_a_side_reporting_its_people_back_or_home_received_them():
    body = (
        "Russia and Ukraine swapped prisoners on Friday. Kyiv reported 40 people home and "
        "Moscow reported 38 of its soldiers back."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 40),
        (FRIDAY, "Ukraine", "Russia", 38),
    }


@pytest.mark.parametrize(
    "body",
    [
        "У п'ятницю Україна повернула 80 захисників. Обміни проводять з урахуванням "
        "домовленостей раунду переговорів у Стамбулі, що відбувся 2 березня.",
        "On Friday Ukraine brought home 80 soldiers. The swaps follow the agreements of the "
        "round of talks in Istanbul, which took place on March 2.",
    ],
)
def test_talks_that_took_place_on_a_day_are_no_exchange_that_day(body):
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 80)}


def test_a_swap_that_sent_prisoners_each_way():
    body = "Russia and Ukraine swapped prisoners. The one on 1 March sent 70 prisoners each way."
    assert releases(body) == {
        (datetime.date(2024, 3, 1), "Russia", "Ukraine", 70),
        (datetime.date(2024, 3, 1), "Ukraine", "Russia", 70),
    }


def test_a_side_with_a_dash_for_its_verb_takes_the_future_of_the_clause_before():
    body = (
        "Ізраїль і ХАМАС обмінялися полоненими. Етап триває шість тижнів: за цей час ХАМАС має "
        "звільнити 30 заручників, Ізраїль — близько 1500 палестинців."
    )
    assert not {r for r in releases(body) if r[3] == 1500}


def test_a_day_in_a_clause_of_capture_is_not_the_release_day():
    body = (
        "ХАМАС передав Червоному Хресту військовослужбовицю, яку захопили на базі 7 жовтня "
        "2023 року. Ізраїль у відповідь звільнив 50 в'язнів."
    )
    assert not {r for r in releases(body) if r[0] == datetime.date(2023, 10, 7)}


def test_a_day_on_which_a_list_was_published_is_not_the_release_day():
    body = (
        "Ізраїль і ХАМАС провели обмін. Ізраїль звільнив 80 палестинських в'язнів. Згідно з "
        "оприлюдненим напередодні списком, серед звільнених — 12 неповнолітніх."
    )
    assert {r[0] for r in releases(body) if r[3] == 80} == {PUBLISHED}


@pytest.mark.parametrize(
    "line",
    [
        "On March 2 Noa Adler, Yael Brenner and Tamar Cohen were freed.",
        "March 2: Noa Adler, Yael Brenner and Tamar Cohen came home.",
        "March 2: Noa Adler, Yael Brenner and Tamar Cohen, whose families had campaigned for "
        "months, were exchanged for 90 prisoners.",
    ],
)
def test_hostages_named_one_by_one_after_a_date_are_freed_by_their_holder(line):
    body = f"Hamas still holds hostages in Gaza.\n\n{line}"
    assert (datetime.date(2024, 3, 2), "Hamas", "Israel", 3) in releases(body)


def test_hostages_named_with_how_they_looked_and_another_figure_released_in_return():
    body = (
        "Hamas still holds hostages in Gaza.\n\n"
        "MARCH 2 - Noa Adler, Yael Brenner and Tamar Cohen, visibly exhausted, are freed; "
        "Israel releases another 90."
    )
    assert releases(body) == {
        (datetime.date(2024, 3, 2), "Hamas", "Israel", 3),
        (datetime.date(2024, 3, 2), "Israel", "Hamas", 90),
    }


def test_over_the_phase_is_a_tally():
    body = (
        "Israel freed 90 prisoners on Friday. Over the phase, Israel released more than 1,500 "
        "Palestinians."
    )
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 90)}


def test_a_handover_held_up_then_done_took_place():
    body = (
        "Hamas still holds hostages in Gaza. On Friday Israel briefly halted the prisoner "
        "release after crowds mobbed the handover, then freed 90 Palestinians that evening."
    )
    assert releases(body) == {(FRIDAY, "Israel", "Hamas", 90)}


@pytest.mark.parametrize(
    "mediator",
    [
        "in an Oman-brokered swap",
        "in an exchange that Oman's mediation made possible",
        "after Oman, which mediated the deal, flew both men to Muscat",
    ],
)
def test_a_go_between_named_before_what_it_did_is_no_side(mediator):
    body = (
        f"On Friday Iran freed Belgian teacher Jan Peeters and Belgium released Iranian diplomat "
        f"Reza Karimi {mediator}. Oman's foreign ministry thanked both. Oman said the talks in "
        f"Oman went well."
    )
    assert releases(body) == {(FRIDAY, "Iran", "Belgium", 1), (FRIDAY, "Belgium", "Iran", 1)}


def test_a_court_that_handed_him_a_sentence_handed_nobody_over():
    body = (
        "Iran freed Belgian teacher Jan Peeters on Friday. In January a court handed him a "
        "sentence of 40 years."
    )
    assert releases(body) == {(FRIDAY, "Iran", "Belgium", 1)}


def test_french_nationals_go_to_france():
    body = "Iran released two French citizens on Friday."
    assert releases(body) == {(FRIDAY, "Iran", "France", 2)}


@pytest.mark.parametrize(
    "day",
    [
        "Всего в первый день из плена возвращены 200 российских военнослужащих и 50 гражданских.",
        "In all, that day 200 Russian soldiers and 50 civilians came home.",
    ],
)
def test_an_in_all_of_one_day_is_that_days_handover(day):
    body = f"Russia and Ukraine began a three-day exchange on Friday. {day}"
    assert (FRIDAY, "Ukraine", "Russia", 250) in releases(body)


def test_that_changed_on_a_day_sets_the_scene():
    body = (
        "Two veterans walked into the airport terminal on Saturday afternoon. Their families "
        "had waited for months without news.\n\nThat changed on Thursday. The two were among 12 foreign fighters whom Russia handed "
        "over to Saudi Arabia as part of a prisoner exchange between Russia and Ukraine."
    )
    assert (datetime.date(2024, 3, 7), "Russia", "Saudi Arabia", 12) in releases(body)


def test_one_part_of_an_exchange_is_no_person():
    body = (
        "On Friday Russia handed 12 foreign fighters over to Saudi Arabia as part of a prisoner "
        "exchange between Russia and Ukraine.\n\nThe Saudi-brokered release was one part of "
        "the largest exchange of the war. Ukraine got back 200 soldiers."
    )
    assert not {r for r in releases(body) if r[3] == 1}


@pytest.mark.parametrize(
    "earlier",
    [
        "За три дні до того, у вівторок, відбувся обмін за формулою 70 на 70.",
        "За три дня до этого, во вторник, прошёл обмен по формуле 70 на 70.",
    ],
)
def test_days_counted_back_from_the_story_day_date_the_earlier_swap(earlier):
    body = (
        "Україна і Росія обмінювалися полоненими двічі. У п'ятницю, 1 березня, з полону "
        f"повернулися двоє священників.\n\n{earlier}"
    )
    assert {r for r in releases(body) if r[3] == 70} == {
        (datetime.date(2024, 2, 27), "Russia", "Ukraine", 70),
        (datetime.date(2024, 2, 27), "Ukraine", "Russia", 70),
    }


def test_the_day_the_last_such_step_came_dates_the_sentences_after_it():
    body = (
        "Azerbaijan freed four Armenians on Friday.\n\n"
        "The last comparable step came on December 13, 2023. Azerbaijan released 30 Armenian "
        "servicemen and Armenia released two Azerbaijani soldiers at the border."
    )
    assert {
        (datetime.date(2023, 12, 13), "Azerbaijan", "Armenia", 30),
        (datetime.date(2023, 12, 13), "Armenia", "Azerbaijan", 2),
    } <= releases(body)


def test_what_a_side_was_due_to_do_and_the_day_it_was_due():
    body = (
        "Израиль и ХАМАС обменялись пленными.\n\n"
        "Эти люди должны были выйти на свободу ещё в субботу, 2 марта. В тот день ХАМАС "
        "освободил троих заложников. За всё время ХАМАС должен был вернуть 30 заложников, а "
        "Израиль освободить около тысячи палестинцев."
    )
    assert releases(body) == {(datetime.date(2024, 3, 2), "Hamas", "Israel", 3)}


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        (
            "З підконтрольної Україні території повернули 60 військовослужбовців.",
            ("Ukraine", "Russia"),
        ),
        (
            "На підконтрольну Україні територію повернули 60 військовослужбовців.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_from_or_onto_the_territory_a_side_controls(sentence, direction):
    body = f"Україна і Росія обмінялися полоненими в п'ятницю. {sentence}"
    assert (FRIDAY, *direction, 60) in releases(body)


def test_no_kind_outnumbers_the_people_handed_over():
    body = (
        "On Friday, 60 people went each way: 40 soldiers and 20 civilians on the Ukrainian side, "
        "and, by Moscow's own account, 40 servicemen and 20 civilians on the Russian side."
    )
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert {r.count for r in result.releases} == {60}
    for release in result.releases:
        assert all(value <= release.count for value in release.categories.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, Venezuela released the jailed American pastor in exchange for Carlos Orta, "
        "a Venezuelan official held in Florida.",
        "On Friday, Venezuela freed the American ballet dancer in exchange for Carlos Orta, "
        "a Venezuelan official held in Florida.",
    ],
)
def test_one_person_told_by_their_calling_is_one_released(sentence):
    assert releases(sentence) == {
        (FRIDAY, "Venezuela", "United States", 1),
        (FRIDAY, "United States", "Venezuela", 1),
    }


@pytest.mark.parametrize(
    "second_verb",
    [
        "vowed the state would bring back everyone still held",
        "pledged to keep working until the last captive is freed",
    ],
)
def test_a_speakers_second_verb_does_not_govern_the_handover_before_it(second_verb):
    body = (
        "Russia and Ukraine swapped prisoners on Friday. The ombudsman wrote that 48 "
        f"Ukrainians had come home and {second_verb}."
    )
    assert (FRIDAY, "Russia", "Ukraine", 48) in releases(body)


def test_people_who_made_it_home_were_released():
    body = "Zelensky said on Friday that 64 soldiers made it home."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 64)}


def test_the_days_of_a_swap_taken_together_are_no_handover():
    body = (
        "Russia and Ukraine swapped prisoners. On Friday another 120 prisoners went in each "
        "direction. Taken together, the two "
        "days returned 250 people to each side."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 120),
        (FRIDAY, "Ukraine", "Russia", 120),
    }


def test_a_formula_set_off_by_a_dash_is_the_size_of_the_swap_before_it():
    body = "Россия и Украина провели обмен в пятницу — по формуле 60 на 60, при посредничестве ОАЭ."
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 60), (FRIDAY, "Ukraine", "Russia", 60)}


def test_yesterday_with_its_day_of_the_month_is_the_day_before_publication():
    # a chronicle of the year before: its undated days belong to that year, not "yesterday"
    result = extract(
        "Published: 2025-02-06\nХроника обменов в 2024-м\n\n"
        "Вчера, 5 февраля, из плена вернулись 90 украинских военных.\n"
    )
    assert [(r.date, r.count) for r in result.releases] == [(datetime.date(2025, 2, 5), 90)]


def test_over_ten_swaps_is_no_target_per_side():
    result = extract(
        "Published: 2025-01-16\nИтоги\n\n"
        "Россия и Украина провели обмен 15 января. Если сложить данные по восьми обменам, "
        "получится 900 человек."
    )
    assert (result.agreement is None) or result.agreement.target_per_side is None


@pytest.mark.parametrize(
    "tally",
    [
        "По состоянию на 9 марта из плена удалось вернуть 3100 украинцев.",
        "Станом на 9 березня з полону вдалося повернути 3100 українців.",
    ],
)
def test_a_tally_as_of_a_day_is_no_handover(tally):
    body = f"В пятницу из плена вернулись 40 украинских военных. {tally}"
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 40)}


def test_a_group_added_on_top_told_again_in_the_details_is_added_once():
    body = (
        "Главное за день: Россия и Украина провели обмен по формуле «100 на 100». "
        "Дополнительно Украина получила 12 раненых пленных.\n\n"
        "Подробности. В пятницу Украине передали 100 военнопленных, взамен вернули 100 "
        "российских военных. Кроме того, Украине отдали 12 раненых военнопленных."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 112),
        (FRIDAY, "Ukraine", "Russia", 100),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday Ukraine handed over Oleh Marchenko, a former mayor who had defected, and 40 "
        "Russian prisoners of war.",
        "У п'ятницю Україна передала Олега Марченка, колишнього мера, якого судили за зраду, та "
        "40 російських військовополонених.",
    ],
)
def test_one_person_with_an_aside_and_a_group_are_both_handed_over(sentence):
    assert releases(sentence) == {(FRIDAY, "Ukraine", "Russia", 41)}


def test_the_day_before_restated_by_its_date_sets_the_scene():
    body = (
        "Россия и Украина в пятницу провели обмен пленными.\n\n"
        "Накануне, 7 марта, состоялась и передача тел погибших. По словам переговорщиков, "
        "Россия передала Украине 500 тел погибших военных."
    )
    assert bodies(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 500)}


@pytest.mark.parametrize(
    "sentence",
    [
        "В пятницу ХАМАС передал Красному Кресту вторую с начала перемирия группу заложников — "
        "12 человек.",
        "On Friday Hamas handed the second group since the truce began, 12 people, to the Red "
        "Cross.",
    ],
)
def test_the_second_since_a_truce_began_is_which_group_not_a_tally(sentence):
    assert releases(sentence) == {(FRIDAY, "Hamas", "Israel", 12)}


def test_a_live_blog_entry_under_a_clock_time_is_of_the_blogs_day():
    result = extract(
        "Published: 2024-03-09\nSwap day: live updates\n\nNewest entries first.\n\n18:00\n"
        "For context: the previous exchange took place ten days ago. Then 50 Ukrainians "
        "came home.\n\n15:30\nRussia's defence ministry said 80 Russian servicemen had "
        "returned and 80 Ukrainian prisoners of war had been handed over.\n"
    )
    found = {(r.date, r.released_by, r.count) for r in result.releases}
    assert found == {
        (PUBLISHED, "Ukraine", 80),
        (PUBLISHED, "Russia", 80),
        (datetime.date(2024, 2, 28), "Russia", 50),
    }


def test_the_previous_day_under_a_heading_counts_from_the_storys_day():
    body = (
        "Russia freed 60 Ukrainian soldiers on Saturday, Kyiv said.\n\n"
        "Friday's return\n\n"
        "On the previous day, 30 Ukrainians came home."
    )
    assert releases(body) == {
        (PUBLISHED, "Russia", "Ukraine", 60),
        (FRIDAY, "Russia", "Ukraine", 30),
    }


@pytest.mark.parametrize(
    "extra",
    [
        "Moscow also threw in 12 badly wounded Ukrainian prisoners.",
        "In addition, Moscow handed over 12 badly wounded Ukrainian prisoners.",
    ],
)
def test_wounded_prisoners_added_on_top_of_a_swap_add_to_it(extra):
    body = f"Russia and Ukraine swapped prisoners on Friday. Each side freed 100 captives. {extra}"
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 112),
        (FRIDAY, "Ukraine", "Russia", 100),
    }


def test_on_the_eve_is_the_day_before_the_storys_day():
    body = (
        "Russia and Ukraine swapped 80 prisoners each on Saturday. The previous exchange took "
        "place on February 20, when 60 went each way. On the eve, 30 Ukrainians came home."
    )
    assert (FRIDAY, "Russia", "Ukraine", 30) in releases(body, datetime.date(2024, 3, 10))


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, 64 Ukrainians - 60 soldiers and four civilians - came home from captivity.",
        "On Friday 64 Ukrainians — 60 soldiers and four civilians — returned from Russia.",
    ],
)
def test_a_dashed_breakdown_after_an_opening_day_is_not_a_dateline(body):
    # "Place, 5 January - " is a dateline; "On Friday, 64 Ukrainians - " is not: the day after
    # the comma of a dateline is a month's day
    assert releases(body) == {(FRIDAY, "Russia", "Ukraine", 64)}
    assert categories(body, "Russia") == {"military": 60, "civilian": 4}


@pytest.mark.parametrize(
    "dateline", ["KYIV, March 8 - ", "Kyiv, 8 March - ", "Kyiv, Mar. 8 - ", "Київ, 8 березня — "]
)
def test_a_dateline_is_still_not_the_event_day(dateline):
    body = f"{dateline}Russia freed 64 Ukrainians on Thursday."
    assert releases(body) == {(datetime.date(2024, 3, 7), "Russia", "Ukraine", 64)}


@pytest.mark.parametrize(
    "body",
    [
        "Переговори в Стамбулі 2 березня завершилися домовленістю обміняти щонайменше по 500 "
        "полонених з кожного боку.",
        "Переговоры в Стамбуле 2 марта закончились договорённостью обменять не менее 500 "
        "пленных с каждой стороны.",
    ],
)
def test_talks_that_ended_in_a_deal_to_exchange_give_a_target_not_a_release(body):
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert not result.releases
    agreement = result.agreement
    assert (agreement.target_per_side, agreement.agreed_on, agreement.venue) == (
        500,
        datetime.date(2024, 3, 2),
        "Istanbul",
    )


@pytest.mark.parametrize(
    "heading", ["How it went in 2023", "Как это было в 2023-м", "Як це було у 2023 році"]
)
def test_a_heading_naming_a_year_sets_the_year_of_the_days_under_it(heading):
    body = (
        "Russia and Ukraine swapped 40 prisoners each on Wednesday.\n\n"
        f"{heading}\n\n"
        "The year opened with a big swap. On 5 January, 90 Ukrainians came home."
    )
    assert (datetime.date(2023, 1, 5), "Russia", "Ukraine", 90) in releases(
        body, datetime.date(2024, 1, 20)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Последний обмен между Россией и Украиной прошёл 28 февраля. Минобороны сообщило "
        "о формуле «120 на 120».",
        "Russia and Ukraine last swapped prisoners on 28 February. The Defence Ministry said "
        "the exchange followed the 120-for-120 formula.",
    ],
)
def test_a_sides_formula_told_right_after_a_dated_swap_is_its_size(body):
    assert releases(body) == {
        (datetime.date(2024, 2, 28), "Russia", "Ukraine", 120),
        (datetime.date(2024, 2, 28), "Ukraine", "Russia", 120),
    }


@pytest.mark.parametrize(
    "opening",
    [
        "That brings the number of hostages freed since the truce began on Monday to 40.",
        "С начала перемирия в понедельник освобождены 40 заложников.",
    ],
)
def test_the_day_a_truce_began_is_not_the_storys_day(opening):
    body = f"{opening}\n\nThe prison service says it has freed 39 Palestinian prisoners."
    assert releases(body) == {(PUBLISHED, "Israel", "Hamas", 39)}


@pytest.mark.parametrize(
    "body",
    [
        "Другий обмін у лютому відбувся 21-го: додому повернулися 70 українців.",
        "Второй обмен в феврале состоялся 21-го: домой вернулись 70 украинцев.",
    ],
)
def test_a_day_of_the_month_the_sentence_is_set_in(body):
    assert releases(body) == {(datetime.date(2024, 2, 21), "Russia", "Ukraine", 70)}


@pytest.mark.parametrize(
    "body",
    [
        "У п'ятницю Зеленський сказав, що Київ хоче повернути з полону 500 людей.",
        "В пятницу Зеленский сказал, что Киев хочет вернуть из плена 500 человек.",
    ],
)
def test_a_wish_to_bring_people_back_is_not_a_release(body):
    assert releases(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Після переговорів у Стамбулі 2 березня сторони погодили обмін 300 на 300.",
        "После переговоров в Стамбуле 2 марта стороны согласовали обмен 300 на 300.",
    ],
)
def test_a_formula_the_sides_settled_on_is_the_deals_target(body):
    result = extract(f"Published: {PUBLISHED.isoformat()}\nHeadline\n\n{body}")
    assert not result.releases
    assert result.agreement.target_per_side == 300


@pytest.mark.parametrize(
    "body",
    [
        "Сьогодні омбудсман написав, що всі ініціативи України щодо повернення захисників "
        "наштовхуються на небажання Москви.",
        "Today the ombudsman wrote that all of Ukraine's initiatives regarding the return of "
        "soldiers run into Moscow's refusal.",
    ],
)
def test_a_return_that_is_only_the_topic_of_talks_is_not_told(body):
    assert releases(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "За підрахунками штабу, з полону вже повернулися 2450 людей, з них 900 — у цьому році.",
        "По подсчётам штаба, из российского плена уже вернулись 2450 украинцев, из них 900 — "
        "в этом году.",
        "By the headquarters' count, 2,450 Ukrainians have come home from Russian captivity, "
        "900 of them this year.",
    ],
)
def test_a_figure_with_a_part_in_this_year_is_a_tally(body):
    assert releases(body) == set()


def test_the_day_a_long_since_clause_names_is_not_a_swap_day():
    body = (
        "Russia and Ukraine swapped 60 prisoners each on Friday. It was the first exchange "
        "since the armed forces of Ukraine began their cross-border operation in the Kursk "
        "region of the Russian Federation on February 20."
    )
    assert releases(body) == {
        (FRIDAY, "Russia", "Ukraine", 60),
        (FRIDAY, "Ukraine", "Russia", 60),
    }


def test_a_part_of_them_named_as_service_members_is_military():
    body = (
        "On Friday Russia released 150 Ukrainians, 141 of them service members and nine civilians."
    )
    assert categories(body, "Russia") == {"military": 141, "civilian": 9}

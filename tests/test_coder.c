/*
** test_coder.c — the event coder on sentences of our own, parsed by hand
** (CoNLL-U), with a small lexicon compiled from tests/data/lexicon and
** patterns written here: roles from subjects, objects and the passive;
** conjoined actors; control verbs; reported speech; negation; modality;
** country adjectives with agent nouns (whom events name: test_coder_actors.c).
*/
#include "coder_fixture.h"

TEST(subject_and_object)
{
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "Ukrainian Ukrainian ADJ 5 amod; villages village NOUN 3 obj; . . PUNCT 3 punct"),
              "190 RUSMIL>UKR");
}

TEST(passive_voice)
{
    CHECK_STR(code("Ukraine Ukraine PROPN 3 nsubj:pass; was be AUX 3 aux:pass; attacked attack VERB 0 root; "
                   "by by ADP 5 case; Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct"),
              "190 RUSGOV>UKR");
}

/* A "---" pattern, more specific than the verb's own, says no event */
TEST(a_no_event_pattern_silences_the_word)
{
    /* "Britain attacked the problem of Moldova": without the "---"
    ** pattern the object's owner would be the target (190 GBR>MDA) */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; attacked attack VERB 0 root; the the DET 4 det; "
                   "problem problem NOUN 2 obj; of of ADP 6 case; Moldova Moldova PROPN 4 nmod; . . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; attacked attack VERB 0 root; Moldova Moldova PROPN 2 obj; "
                   ". . PUNCT 2 punct"),
              "190 GBR>MDA");
}

/* "Britain threatened to deliver blows to Moldova": the threat is aimed
** where its clause's object is, "to" hung on the noun */
TEST(a_threat_is_aimed_where_its_clause_object_is)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; threatened threaten VERB 0 root; to to PART 4 mark; "
                   "deliver deliver VERB 2 xcomp; blows blow NOUN 4 obj; to to ADP 7 case; "
                   "Moldova Moldova PROPN 5 nmod; . . PUNCT 2 punct"),
              "138 GBR>MDA");
}

/* "Britain vowed to attack Moldova": the vow is the threat, and the
** attack only what is threatened, not a second, done event */
TEST(a_vowed_blow_is_the_threat_alone)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; vowed vow VERB 0 root; to to PART 4 mark; "
                   "attack attack VERB 2 xcomp; Moldova Moldova PROPN 4 obj; . . PUNCT 2 punct"),
              "138 GBR>MDA");
}

/* "Moldova's troops today attacked Britain", parsed with the day for
** the subject's head: the day's possessor is the troops' */
TEST(a_day_parsed_as_the_head_keeps_the_phrase_together)
{
    CHECK_STR(code("Moldova Moldova PROPN 4 nmod:poss; 's 's PART 1 case; troops troop NOUN 4 compound; "
                   "today today NOUN 5 nsubj; attacked attack VERB 0 root; Britain Britain PROPN 5 obj; "
                   ". . PUNCT 5 punct"),
              "190 MDAMIL>GBR");
}

/* "Britain sent 500 tons of aid to Moldova": the measure's "of" noun is
** the object a pattern asks for, and what hangs on it the oblique */
TEST(a_measure_stands_for_what_it_counts)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; sent send VERB 0 root; 500 500 NUM 4 nummod; tons ton NOUN 2 obj; "
                   "of of ADP 6 case; aid aid NOUN 4 nmod; to to ADP 8 case; Moldova Moldova PROPN 6 nmod; "
                   ". . PUNCT 2 punct"),
              "070 GBR>MDA");
    /* "part of" counts too: "Britain sent part of the aid to Moldova" */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; sent send VERB 0 root; part part NOUN 2 obj; of of ADP 6 case; "
                   "the the DET 6 det; aid aid NOUN 3 nmod; to to ADP 8 case; Moldova Moldova PROPN 6 nmod; "
                   ". . PUNCT 2 punct"),
              "070 GBR>MDA");
}

/* "Britain attacked, Moldovan sources said.", the reporters parsed as
** the object: the pattern's target is dropped, and nothing is coded */
TEST(the_speaker_of_a_closing_attribution_is_no_target)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; attacked attack VERB 0 root; , , PUNCT 5 punct; "
                   "Moldovan Moldovan ADJ 5 amod; sources source NOUN 2 obj; said say VERB 5 acl; . . PUNCT 2 punct"),
              "");
}

/* "Britain sent blankets and aid to Moldova": a conjunct of the object
** fits the pattern's word list for it */
TEST(a_conjoined_object_fits_for_the_first)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; sent send VERB 0 root; blankets blanket NOUN 2 obj; "
                   "and and CCONJ 5 cc; aid aid NOUN 3 conj; to to ADP 7 case; Moldova Moldova PROPN 2 obl; "
                   ". . PUNCT 2 punct"),
              "070 GBR>MDA");
}

/* "Britain undertook a mediation mission between Moldova and Ukraine":
** a noun event naming the kind of the clause's object takes the clause's
** subject, and whom the object is aimed at */
TEST(a_noun_naming_the_kind_of_the_object_takes_the_clause)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; undertook undertake VERB 0 root; a a DET 5 det; "
                   "mediation mediation NOUN 5 compound; mission mission NOUN 2 obj; between between ADP 7 case; "
                   "Moldova Moldova PROPN 5 nmod; and and CCONJ 9 cc; Ukraine Ukraine PROPN 7 conj; "
                   ". . PUNCT 2 punct"),
              "045 GBR>MDA | 045 GBR>UKR");
    /* (an event of its own under a subject-less noun phrase names no one) */
    CHECK_STR(code("The the DET 3 det; mediation mediation NOUN 3 compound; mission mission NOUN 4 nsubj; "
                   "failed fail VERB 0 root; . . PUNCT 4 punct"),
              "");
}

/* "Britain fired rockets and shells against Moldova": a phrase on the
** last of conjoined objects belongs to them all, for a pattern's oblique
** ("sent blankets and aid to Moldova") as for whom a thing is aimed at */
TEST(a_phrase_on_the_last_conjunct_belongs_to_all)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; fired fire VERB 0 root; rockets rocket NOUN 2 obj; "
                   "and and CCONJ 5 cc; shells shell NOUN 3 conj; against against ADP 7 case; "
                   "Moldova Moldova PROPN 5 nmod; . . PUNCT 2 punct"),
              "190 GBR>MDA");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; sent send VERB 0 root; blankets blanket NOUN 2 obj; "
                   "and and CCONJ 5 cc; aid aid NOUN 3 conj; to to ADP 7 case; Moldova Moldova PROPN 5 nmod; "
                   ". . PUNCT 2 punct"),
              "070 GBR>MDA");
}

/* "Russian troops captured a stronghold on the Ukrainian border": a
** border lies between two countries, it names neither as the target */
TEST(a_border_is_no_target)
{
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; captured capture VERB 0 root; "
                   "a a DET 5 det; stronghold stronghold NOUN 3 obj; on on ADP 9 case; the the DET 9 det; "
                   "Ukrainian Ukrainian ADJ 9 amod; border border NOUN 5 nmod; . . PUNCT 3 punct"),
              "");
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; captured capture VERB 0 root; "
                   "a a DET 5 det; stronghold stronghold NOUN 3 obj; of of ADP 7 case; "
                   "Ukrainians Ukrainian PROPN 5 nmod; . . PUNCT 3 punct"),
              "192 RUSMIL>UKR");
}

/* "Britain and Moldova signed a deal on Ukraine": what an agreement is
** on is its topic, not a party, whether the parser hangs it on the noun
** or on the verb */
TEST(what_an_agreement_is_on_is_no_party)
{
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Moldova Moldova PROPN 1 conj; "
                   "signed sign VERB 0 root; a a DET 6 det; deal deal NOUN 4 obj; on on ADP 8 case; "
                   "Ukraine Ukraine PROPN 6 nmod; . . PUNCT 4 punct"),
              "057 GBR>MDA | 057 MDA>GBR");
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Moldova Moldova PROPN 1 conj; "
                   "signed sign VERB 0 root; a a DET 6 det; deal deal NOUN 4 obj; on on ADP 8 case; "
                   "Ukraine Ukraine PROPN 4 obl; . . PUNCT 4 punct"),
              "057 GBR>MDA | 057 MDA>GBR");
    /* a deal "with" someone is with that party */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; signed sign VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "with with ADP 6 case; Ukraine Ukraine PROPN 4 nmod; . . PUNCT 2 punct"),
              "057 GBR>UKR");
}

/* "Britain threatened to act unless Moldova withdrew": a threat is aimed
** at whoever must meet its condition */
TEST(a_threat_is_aimed_at_whom_its_condition_binds)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; threatened threaten VERB 0 root; to to PART 4 mark; "
                   "act act VERB 2 xcomp; unless unless SCONJ 7 mark; Moldova Moldova PROPN 7 nsubj; "
                   "withdrew withdraw VERB 4 advcl; . . PUNCT 2 punct"),
              "138 GBR>MDA");
    /* a condition of anything but a threat binds no one */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; marched march VERB 0 root; unless unless SCONJ 5 mark; "
                   "Moldova Moldova PROPN 5 nsubj; withdrew withdraw VERB 2 advcl; . . PUNCT 2 punct"),
              "");
}

/* "Moldovans marched to protest Britain's decision": a protest is aimed
** at what its purpose clause protests, or its owner */
TEST(a_protest_is_aimed_at_what_it_protests)
{
    CHECK_STR(code("Moldovans Moldovan PROPN 2 nsubj; marched march VERB 0 root; to to PART 4 mark; "
                   "protest protest VERB 2 advcl; Britain Britain PROPN 7 nmod:poss; 's 's PART 5 case; "
                   "decision decision NOUN 4 obj; . . PUNCT 2 punct"),
              "141 MDA>GBR");
    /* "Moldovans blocked a road to show their anger at Britain", the
    ** purpose hung on the road: at whom the anger is */
    CHECK_STR(code("Moldovans Moldovan PROPN 2 nsubj; blocked block VERB 0 root; a a DET 4 det; road road NOUN 2 obj; "
                   "to to PART 6 mark; show show VERB 4 acl; their their PRON 8 nmod:poss; anger anger NOUN 6 obj; "
                   "at at ADP 10 case; Britain Britain PROPN 6 obl; . . PUNCT 2 punct"),
              "144 MDA>GBR");
    /* a purpose that protests nothing named leaves no target */
    CHECK_STR(code("Moldovans Moldovan PROPN 2 nsubj; marched march VERB 0 root; to to PART 4 mark; "
                   "protest protest VERB 2 advcl; the the DET 6 det; decision decision NOUN 4 obj; "
                   ". . PUNCT 2 punct"),
              "");
}

TEST(conjoined_actors_give_one_event_each)
{
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Ukraine Ukraine PROPN 1 conj; "
                   "criticized criticize VERB 0 root; Moldova Moldova PROPN 4 obj; . . PUNCT 4 punct"),
              "111 GBR>MDA | 111 UKR>MDA");
    /* "American and Russian troops": both are troops */
    CHECK_STR(code("American American ADJ 4 amod; and and CCONJ 3 cc; Russian Russian ADJ 1 conj; "
                   "troops troop NOUN 5 nsubj; attacked attack VERB 0 root; Moldova Moldova PROPN 5 obj; "
                   ". . PUNCT 5 punct"),
              "190 USAMIL>MDA | 190 RUSMIL>MDA");
}

TEST(control_verbs_lend_their_subject)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; promised promise VERB 0 root; to to PART 4 mark; "
                   "send send VERB 2 xcomp; aid aid NOUN 4 obj; to to ADP 7 case; Ukraine Ukraine PROPN 4 obl; "
                   ". . PUNCT 2 punct"),
              "033 GBR>UKR future");     /* a promise of aid: CAMEO's intent */
    /* "Moscow helped Britain to attack Moldova": the object is the one to act */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; helped help VERB 0 root; Britain Britain PROPN 2 obj; to to PART 5 mark; "
                   "attack attack VERB 2 xcomp; Moldova Moldova PROPN 5 obj; . . PUNCT 2 punct"),
              "190 GBR>MDA");
    /* "Moscow asked Britain to attack Moldova": only asked, no attack */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; asked ask VERB 0 root; Britain Britain PROPN 2 obj; to to PART 5 mark; "
                   "attack attack VERB 2 xcomp; Moldova Moldova PROPN 5 obj; . . PUNCT 2 punct"),
              "");
    /* "US and UK troops attacked Moldova": both countries' troops act */
    CHECK_STR(code("US US PROPN 4 compound; and and CCONJ 3 cc; UK UK PROPN 1 conj; troops troop NOUN 5 nsubj; "
                   "attacked attack VERB 0 root; Moldova Moldova PROPN 5 obj; . . PUNCT 5 punct"),
              "190 USAMIL>MDA | 190 GBRMIL>MDA");
    /* "Moscow wants to attack Moldova": a wish, not an attack: a threat */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; wants want VERB 0 root; to to PART 4 mark; "
                   "attack attack VERB 2 xcomp; Moldova Moldova PROPN 4 obj; . . PUNCT 2 punct"),
              "1384 RUSGOV>MDA future");
    /* "Britain began to send aid": control without a promise is the act */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; began begin VERB 0 root; to to PART 4 mark; "
                   "send send VERB 2 xcomp; aid aid NOUN 4 obj; to to ADP 7 case; Ukraine Ukraine PROPN 4 obl; "
                   ". . PUNCT 2 punct"),
              "070 GBR>UKR");
}

TEST(reported_speech_codes_what_was_reported)
{
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; Britain Britain PROPN 4 nsubj; "
                   "attacked attack VERB 2 ccomp; Ukraine Ukraine PROPN 4 obj; . . PUNCT 2 punct"),
              "190 GBR>UKR reported");
    /* what one alleges another did is the accusation, not the act */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; alleged allege VERB 0 root; Britain Britain PROPN 4 nsubj; "
                   "attacked attack VERB 2 ccomp; Ukraine Ukraine PROPN 4 obj; . . PUNCT 2 punct"),
              "112 RUSGOV>GBR");
}

TEST(negation_and_modality)
{
    CHECK_STR(code("Moscow Moscow PROPN 4 nsubj; did do AUX 4 aux; not not PART 4 advmod; attack attack VERB 0 root; "
                   "Ukraine Ukraine PROPN 4 obj; . . PUNCT 4 punct"),
              "190 RUSGOV>UKR negated");
    CHECK_STR(code("Moscow Moscow PROPN 3 nsubj; will will AUX 3 aux; attack attack VERB 0 root; "
                   "Ukraine Ukraine PROPN 3 obj; . . PUNCT 3 punct"),
              "1384 RUSGOV>UKR future");     /* a future attack is a threat */
}

TEST(promises_as_acts_codes_the_promised_act)
{
    /* PETRARCH-2 codes "will attack" as the attack */
    dyad_coder *plain = coder, *literal = NULL;
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 1, 0, 0, 0 };
    char err[256];
    CHECK(dyad_coder_open(&literal, &options, err, sizeof err) == DYAD_OK);
    if (!literal) return;
    coder = literal;
    CHECK_STR(code("Moscow Moscow PROPN 3 nsubj; will will AUX 3 aux; attack attack VERB 0 root; "
                   "Ukraine Ukraine PROPN 3 obj; . . PUNCT 3 punct"),
              "190 RUSGOV>UKR future");
    coder = plain;
    dyad_coder_close(literal);
}

TEST(a_refused_promise_is_a_rejection)
{
    /* "Britain will not send aid to Ukraine": a refusal (122), not aid */
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; will will AUX 4 aux; not not PART 4 advmod; send send VERB 0 root; "
                   "aid aid NOUN 4 obj; to to ADP 7 case; Ukraine Ukraine PROPN 4 obl; . . PUNCT 4 punct"),
              "122 GBR>UKR future");
}

TEST(a_refused_act_is_a_rejection_and_a_described_one_no_event)
{
    /* "Britain refused to send aid to Ukraine": 122, the refusal */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; refused refuse VERB 0 root; to to PART 4 mark; send send VERB 2 xcomp; "
                   "aid aid NOUN 4 obj; to to ADP 7 case; Ukraine Ukraine PROPN 4 obl; . . PUNCT 2 punct"),
              "122 GBR>UKR");
    /* "Moscow criticized the attacked Ukraine": the participle is no attack */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 5 det; "
                   "attacked attack VERB 5 amod; Ukraine Ukraine PROPN 2 obj; . . PUNCT 2 punct"),
              "111 RUSGOV>UKR");
}

TEST(plural_nouns_fit_their_singular)
{
    /* the lemmatizer may keep "troops" whole */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; withdrew withdraw VERB 0 root; troops troops NOUN 2 obj; "
                   "from from ADP 5 case; Moldova Moldova PROPN 2 obl; . . PUNCT 2 punct"),
              "087 RUSGOV>MDA");
}

TEST(a_rejected_call_is_aimed_at_its_caller)
{
    /* "Moscow rejected calls by Ukraine": by names whose calls */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; rejected reject VERB 0 root; calls call NOUN 2 obj; "
                   "by by ADP 5 case; Ukraine Ukraine PROPN 3 nmod; . . PUNCT 2 punct"),
              "120 RUSGOV>UKR");
}

TEST(a_demand_is_addressed_to_its_clause_subject)
{
    /* "Moscow reiterated its demand that Britain stop": the parser reads
    ** the content clause as a relative one */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; reiterated reiterate VERB 0 root; its its PRON 4 nmod:poss; "
                   "demand demand NOUN 2 obj; that that PRON 7 obj; Britain Britain PROPN 7 nsubj; "
                   "stop stop VERB 4 acl:relcl; . . PUNCT 2 punct"),
              "100 RUSGOV>GBR");
    /* ... but a relative clause that says who made it names no one asked */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; reiterated reiterate VERB 0 root; the the DET 4 det; "
                   "demand demand NOUN 2 obj; that that PRON 7 obj; Britain Britain PROPN 7 nsubj; "
                   "made make VERB 4 acl:relcl; . . PUNCT 2 punct"),
              "");
}

TEST(what_must_be_done_is_a_demand)
{
    /* "Moscow said Britain must attack Moldova": Moscow demands it of Britain */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; Britain Britain PROPN 5 nsubj; must must AUX 5 aux; "
                   "attack attack VERB 2 ccomp; Moldova Moldova PROPN 5 obj; . . PUNCT 2 punct"),
              "100 RUSGOV>GBR");
    /* and alone, an obligation is no event */
    CHECK_STR(code("Britain Britain PROPN 3 nsubj; must must AUX 3 aux; attack attack VERB 0 root; Moldova Moldova PROPN 3 obj; "
                   ". . PUNCT 3 punct"),
              "");
}

TEST(what_someone_called_something_is_no_event)
{
    /* "Moscow criticized what Britain attacked": a free relative */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; criticized criticize VERB 0 root; what what PRON 2 obj; "
                   "Britain Britain PROPN 5 nsubj; attacked attack VERB 3 acl:relcl; Ukraine Ukraine PROPN 5 obj; "
                   ". . PUNCT 2 punct"),
              "");
}

TEST(relative_clauses_and_participles)
{
    /* "Britain criticized the visiting Ukrainian envoys", the participle
    ** read as a verb with an object: it describes the envoys, no visit */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 6 det; "
                   "visiting visit VERB/VBG 2 xcomp; Ukrainian Ukrainian ADJ 6 amod; envoys envoy NOUN 4 obj; "
                   ". . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; visiting visit VERB/VBG 0 root; "
                   "Ukraine Ukraine PROPN 2 obj; . . PUNCT 2 punct"),
              "042 GBR>UKR");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; visiting visit VERB 0 root; "
                   "Ukraine Ukraine PROPN 2 obj; . . PUNCT 2 punct"),
              "042 GBR>UKR");
    /* "Ukraine, which criticized Moldova, ..." */
    CHECK_STR(code("Ukraine Ukraine PROPN 0 root; , , PUNCT 4 punct; which which PRON 4 nsubj; "
                   "criticized criticize VERB 1 acl:relcl; Moldova Moldova PROPN 4 obj; . . PUNCT 1 punct"),
              "111 UKR>MDA");
    /* a participle with an object is active: "Russian troops attacked villages", misparsed */
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 0 root; attacked attack VERB 2 acl; "
                   "Moldovan Moldovan ADJ 5 amod; villages village NOUN 3 obj; . . PUNCT 2 punct"),
              "190 RUSMIL>MDA");
}

/* "Britain fired shells at Moldovans": an act of force's "at" points it
** at someone, whether the parser hangs it on the verb or on the thing
** fired; a criticism's or a friendly act's "at" is where it happens */
TEST(a_hostile_act_is_aimed_at_whom_its_at_names)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; fired fire VERB 0 root; shells shell NOUN 2 obj; "
                   "at at ADP 5 case; Moldovans Moldovan PROPN 2 obl; . . PUNCT 2 punct"),
              "190 GBR>MDA");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; fired fire VERB 0 root; shells shell NOUN 2 obj; "
                   "at at ADP 5 case; Moldovans Moldovan PROPN 3 nmod; . . PUNCT 2 punct"),
              "190 GBR>MDA");
    /* "Britain criticized the plan at the UN": where it was said */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 4 det; "
                   "plan plan NOUN 2 obj; at at ADP 7 case; the the DET 7 det; UN UN PROPN 2 obl; . . PUNCT 2 punct"),
              "");
    /* "Britain signed a deal at the Moldovans' talks": not aimed by its "at" */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; signed sign VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "at at ADP 6 case; Moldovans Moldovan PROPN 2 obl; . . PUNCT 2 punct"),
              "");
}

/* "Britain signed a deal to send aid to Moldovans": what an agreement
** binds its parties to says who the other party is, whether the parser
** hangs the "to" clause on the agreement or on the verb */
TEST(an_agreement_is_with_whom_its_clause_acts_on)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; signed sign VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "to to PART 6 mark; send send VERB 4 acl; aid aid NOUN 6 obj; to to ADP 9 case; "
                   "Moldovans Moldovan PROPN 6 obl; . . PUNCT 2 punct"),
              "057 GBR>MDA");
    /* "Britain signed a deal on Monday to visit Moldovans" */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; signed sign VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "on on ADP 6 case; Monday Monday PROPN 2 obl; to to PART 8 mark; visit visit VERB 2 advcl; "
                   "Moldovans Moldovan PROPN 8 obj; . . PUNCT 2 punct"),
              "057 GBR>MDA");
}

/* "Britain blocked the road leading into Transnistria": a way is known
** by where it goes, so an act on it reaches that place's people; people
** are not known by where they go ("dispersed demonstrators marching
** toward Odesa" is not aimed at Ukraine) */
TEST(a_way_is_aimed_where_it_leads)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; blocked block VERB 0 root; the the DET 4 det; road road NOUN 2 obj; "
                   "leading lead VERB/VBG 4 acl; into into ADP 7 case; Transnistria Transnistria PROPN 5 obl; "
                   ". . PUNCT 2 punct"),
              "144 GBR>MDA");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; dispersed disperse VERB 0 root; demonstrators demonstrator NOUN 2 obj; "
                   "marching march VERB/VBG 3 acl; toward toward ADP 6 case; Odesa Odesa PROPN 4 obl; . . PUNCT 2 punct"),
              "");
}

TEST(a_thing_as_object_points_to_whom_it_is_aimed_at)
{
    /* "Britain signed a deal with Moldova" */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; signed sign VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "with with ADP 6 case; Moldova Moldova PROPN 4 nmod; . . PUNCT 2 punct"),
              "057 GBR>MDA");
    /* "Britain rejected a deal with Moldova": the pattern's own target
    ** is a thing, so whom the thing is aimed at is */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; rejected reject VERB 0 root; a a DET 4 det; deal deal NOUN 2 obj; "
                   "with with ADP 6 case; Moldova Moldova PROPN 4 nmod; . . PUNCT 2 punct"),
              "120 GBR>MDA");
    /* "Britain rejected the plan drafted by Moldova": whoever did the
    ** thing, as its participle says */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; rejected reject VERB 0 root; the the DET 4 det; plan plan NOUN 2 obj; "
                   "drafted draft VERB 4 acl; by by ADP 7 case; Moldova Moldova PROPN 5 obl:agent; . . PUNCT 2 punct"),
              "120 GBR>MDA");
    /* "Britain mediated among Moldovans": among many, as between two */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; mediated mediate VERB 0 root; among among ADP 4 case; "
                   "Moldovans Moldovan PROPN 2 obl; . . PUNCT 2 punct"),
              "045 GBR>MDA");
    /* "Britain pushed for Moldova to act": what is asked for is asked
    ** of the clause's subject */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; pushed push VERB 0 root; for for SCONJ 6 mark; "
                   "Moldova Moldova PROPN 6 nsubj; to to PART 6 mark; act act VERB 2 advcl; . . PUNCT 2 punct"),
              "020 GBR>MDA");
    /* "Britain demanded that Moscow stop" */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; demanded demand VERB 0 root; that that SCONJ 5 mark; "
                   "Moscow Moscow PROPN 5 nsubj; stop stop VERB 2 ccomp; . . PUNCT 2 punct"),
              "100 GBR>RUSGOV");
}

TEST(conjoined_subjects_without_a_target_act_on_each_other)
{
    CHECK_STR(code("Britain Britain PROPN 5 nsubj; and and CCONJ 3 cc; Ukraine Ukraine PROPN 1 conj; "
                   "have have AUX 5 aux; signed sign VERB 0 root; a a DET 7 det; deal deal NOUN 5 obj; . . PUNCT 5 punct"),
              "057 GBR>UKR | 057 UKR>GBR");
    /* force goes both ways when nothing else is acted upon ... */
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Ukraine Ukraine PROPN 1 conj; "
                   "clashed clash VERB 0 root; . . PUNCT 4 punct"),
              "190 GBR>UKR | 190 UKR>GBR");
    /* ... but not when a third party is: "fought the rebels" */
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Ukraine Ukraine PROPN 1 conj; "
                   "fought fight VERB 0 root; the the DET 6 det; rebels rebel NOUN 4 obj; . . PUNCT 4 punct"),
              "");
}

TEST(intent_takes_cameo_intent_codes)
{
    CHECK_STR(code("Britain Britain PROPN 3 nsubj; will will AUX 3 aux; visit visit VERB 0 root; "
                   "Ukraine Ukraine PROPN 3 obj; . . PUNCT 3 punct"),
              "036 GBR>UKR future");
    /* "Britain is willing to visit Ukraine": an intent too */
    CHECK_STR(code("Britain Britain PROPN 3 nsubj; is be AUX 3 cop; willing willing ADJ 0 root; to to PART 5 mark; "
                   "visit visit VERB 3 xcomp; Ukraine Ukraine PROPN 5 obj; . . PUNCT 3 punct"),
              "036 GBR>UKR future");
    /* "Britain is prepared to attack Ukraine": readiness is no blow yet,
    ** a threat */
    CHECK_STR(code("Britain Britain PROPN 3 nsubj:pass; is be AUX 3 aux:pass; prepared prepare VERB 0 root; "
                   "to to PART 5 mark; attack attack VERB 3 xcomp; Ukraine Ukraine PROPN 5 obj; . . PUNCT 3 punct"),
              "1384 GBR>UKR future");
}

TEST(noun_events_take_their_clause_roles_unless_a_verb_coded)
{
    /* "Britain protested after air strikes on Ukraine": an event in a
    ** time adjunct is another event, not Britain's */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; protested protest VERB 0 root; after after ADP 5 case; "
                   "air air NOUN 5 compound; strikes strike NOUN 2 obl; on on ADP 7 case; Ukraine Ukraine PROPN 5 nmod; "
                   ". . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; protested protest VERB 0 root; following follow VERB/VBG 2 advcl; "
                   "air air NOUN 5 compound; strikes strike NOUN 3 obj; on on ADP 7 case; Ukraine Ukraine PROPN 5 nmod; "
                   ". . PUNCT 2 punct"),
              "");
    /* ... but an event the clause's verb acts out is its subject's */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; launched launch VERB 0 root; "
                   "air air NOUN 4 compound; strikes strike NOUN 2 obj; on on ADP 6 case; Ukraine Ukraine PROPN 4 nmod; "
                   ". . PUNCT 2 punct"),
              "190 GBR>UKR");
    /* "Moscow launched air strikes on Ukraine": strike/N takes launch's subject */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; launched launch VERB 0 root; air air NOUN 4 compound; "
                   "strikes strike NOUN 2 obj; on on ADP 6 case; Ukraine Ukraine PROPN 4 nmod; . . PUNCT 2 punct"),
              "190 RUSGOV>UKR");
}

/* "Britain criticized the attack on Moldovan troops": whom an attack,
** a killing or a crackdown is on or of is its victim, not the one
** criticized; with no one named who did it, no target, no event */
TEST(criticism_of_an_act_is_not_aimed_at_its_victim)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 4 det; "
                   "attack attack NOUN 2 obj; on on ADP 7 case; Moldovan Moldovan ADJ 7 amod; "
                   "troops troop NOUN 4 nmod; . . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 4 det; "
                   "killing killing NOUN 2 obj; of of ADP 7 case; Moldovan Moldovan ADJ 7 amod; "
                   "troops troop NOUN 4 nmod; . . PUNCT 2 punct"),
              "");
    /* who did it is the one criticized */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 5 det; "
                   "Russian Russian ADJ 5 amod; attack attack NOUN 2 obj; on on ADP 8 case; "
                   "Moldovan Moldovan ADJ 8 amod; troops troop NOUN 5 nmod; . . PUNCT 2 punct"),
              "111 GBR>RUS");
    /* a thing that is no act done to anyone keeps its owner */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; criticized criticize VERB 0 root; the the DET 4 det; "
                   "policy policy NOUN 2 obj; of of ADP 7 case; Moldovan Moldovan ADJ 7 amod; "
                   "troops troop NOUN 4 nmod; . . PUNCT 2 punct"),
              "111 GBR>MDAMIL");
}

/* "Britain said Russian troops attacked Moldovan villages and arrested
** demonstrators": a verb joined to another with no subject of its own is
** in the same clause, so reported (threatened, denied) with it */
TEST(a_joined_verb_shares_its_clause_modality)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; said say VERB 0 root; Russian Russian ADJ 4 amod; "
                   "troops troop NOUN 5 nsubj; attacked attack VERB 2 ccomp; Moldovan Moldovan ADJ 7 amod; "
                   "villages village NOUN 5 obj; and and CCONJ 9 cc; arrested arrest VERB 5 conj; "
                   "Moldovan Moldovan ADJ 11 amod; demonstrators demonstrator NOUN 9 obj; . . PUNCT 2 punct"),
              "190 RUSMIL>MDA reported | 173 RUSMIL>MDAOPP reported");
    /* a subject of its own makes it a clause of its own */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; said say VERB 0 root; Russian Russian ADJ 4 amod; "
                   "troops troop NOUN 5 nsubj; attacked attack VERB 2 ccomp; Moldovan Moldovan ADJ 7 amod; "
                   "villages village NOUN 5 obj; and and CCONJ 10 cc; Britain Britain PROPN 10 nsubj; "
                   "arrested arrest VERB 5 conj; Moldovan Moldovan ADJ 12 amod; demonstrators demonstrator NOUN 10 obj; "
                   ". . PUNCT 2 punct"),
              "190 RUSMIL>MDA reported | 173 GBR>MDAOPP");
}

/* "Moldova rejected claims that Russian troops attacked villages": the
** "that" clause a denial rejects is denied, also when the parser hangs
** it on the verb as an adverbial clause or on the claim as a noun's */
TEST(a_rejected_that_clause_is_denied_however_it_is_hung)
{
    const char *as_advcl = "Moldova Moldova PROPN 2 nsubj; rejected reject VERB 0 root; claims claim NOUN 2 obj; "
                           "that that SCONJ 7 mark; Russian Russian ADJ 6 amod; troops troop NOUN 7 nsubj; "
                           "attacked attack VERB 2 advcl; Moldovan Moldovan ADJ 9 amod; villages village NOUN 7 obj; "
                           ". . PUNCT 2 punct";
    CHECK_STR(code(as_advcl), "190 RUSMIL>MDA denied");
    const char *as_acl = "Moldova Moldova PROPN 2 nsubj; rejected reject VERB 0 root; claims claim NOUN 2 obj; "
                         "that that SCONJ 7 mark; Russian Russian ADJ 6 amod; troops troop NOUN 7 nsubj; "
                         "attacked attack VERB 3 acl; Moldovan Moldovan ADJ 9 amod; villages village NOUN 7 obj; "
                         ". . PUNCT 2 punct";
    CHECK_STR(code(as_acl), "190 RUSMIL>MDA denied");
}

/* "Talks began two years after Russian troops attacked Moldovan
** villages": an act the sentence recalls, set years back or in a year
** before the story's (the test story is of 2026), is not coded */
TEST(a_recalled_act_is_not_coded)
{
    const char *years_after = "Talks talk NOUN 2 nsubj; began begin VERB 0 root; two two NUM 4 nummod; "
                              "years year NOUN 2 obl:unmarked; after after SCONJ 8 mark; Russian Russian ADJ 7 amod; "
                              "troops troop NOUN 8 nsubj; attacked attack VERB 2 advcl; Moldovan Moldovan ADJ 10 amod; "
                              "villages village NOUN 8 obj; . . PUNCT 2 punct";
    CHECK_STR(code(years_after), "");
    const char *hours_after = "Talks talk NOUN 2 nsubj; began begin VERB 0 root; two two NUM 4 nummod; "
                              "hours hour NOUN 2 obl:unmarked; after after SCONJ 8 mark; Russian Russian ADJ 7 amod; "
                              "troops troop NOUN 8 nsubj; attacked attack VERB 2 advcl; Moldovan Moldovan ADJ 10 amod; "
                              "villages village NOUN 8 obj; . . PUNCT 2 punct";
    CHECK_STR(code(hours_after), "190 RUSMIL>MDA");
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "Moldovan Moldovan ADJ 5 amod; villages village NOUN 3 obj; in in ADP 7 case; "
                   "2014 2014 NUM 3 obl; . . PUNCT 3 punct"),
              "");
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "Moldovan Moldovan ADJ 5 amod; villages village NOUN 3 obj; in in ADP 7 case; "
                   "2026 2026 NUM 3 obl; . . PUNCT 3 punct"),
              "190 RUSMIL>MDA");
}

/* "Britain believes Russian troops could attack Moldovan villages": a
** possibility someone believes or predicts is no act, nor a threat of the
** one who would act; said by the party it is its threat */
TEST(a_possibility_believed_is_no_event)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; believes believe VERB 0 root; Russian Russian ADJ 4 amod; "
                   "troops troop NOUN 6 nsubj; could could AUX 6 aux; attack attack VERB 2 ccomp; "
                   "Moldovan Moldovan ADJ 8 amod; villages village NOUN 6 obj; . . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 4 nsubj; could could AUX 4 aux; "
                   "attack attack VERB 0 root; Moldovan Moldovan ADJ 6 amod; villages village NOUN 4 obj; "
                   ", , PUNCT 8 punct; Moscow Moscow PROPN 9 nsubj; said say VERB 4 parataxis; . . PUNCT 4 punct"),
              "1384 RUSMIL>MDA conditional");
}

/* "Russian troops are expected to attack Moldovan villages": a forecast
** is no act; "Moscow expects to attack ..." is its own intent */
TEST(what_is_expected_has_not_happened)
{
    CHECK_STR(code("Russian Russian ADJ 2 amod; troops troop NOUN 4 nsubj:pass; are be AUX 4 aux:pass; "
                   "expected expect VERB 0 root; to to PART 6 mark; attack attack VERB 4 xcomp; "
                   "Moldovan Moldovan ADJ 8 amod; villages village NOUN 6 obj; . . PUNCT 4 punct"),
              "");
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; expects expect VERB 0 root; to to PART 4 mark; "
                   "attack attack VERB 2 xcomp; Moldovan Moldovan ADJ 6 amod; villages village NOUN 4 obj; "
                   ". . PUNCT 2 punct"),
              "1384 RUSGOV>MDA future");
}

/* "Britain and Moldova criticized each other": conjoined actors whose
** object is a reciprocal pronoun act on each other, whatever the act */
TEST(each_other_makes_conjoined_actors_act_on_each_other)
{
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Moldova Moldova PROPN 1 conj; "
                   "criticized criticize VERB 0 root; each each DET 6 det; other other ADJ 4 obj; . . PUNCT 4 punct"),
              "111 GBR>MDA | 111 MDA>GBR");
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Moldova Moldova PROPN 1 conj; "
                   "criticized criticize VERB 0 root; one one PRON 4 obj; another another DET 5 nmod; . . PUNCT 4 punct"),
              "111 GBR>MDA | 111 MDA>GBR");
}

/* "Britain delivered aid from Moldova": who the aid comes from is its
** giver, not the one given to, so a giving event has no target there */
TEST(the_giver_of_a_thing_given_is_not_its_recipient)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; delivered deliver VERB 0 root; aid aid NOUN 2 obj; "
                   "from from ADP 5 case; Moldova Moldova PROPN 3 nmod; . . PUNCT 2 punct"),
              "");
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; delivered deliver VERB 0 root; aid aid NOUN 2 obj; "
                   "to to ADP 5 case; Moldova Moldova PROPN 3 nmod; . . PUNCT 2 punct"),
              "070 GBR>MDA");
}

/* "Moldova is to visit Britain": an act arranged and still to come, its
** subject the outer one of "is to" */
TEST(is_to_do_is_arranged_not_done)
{
    CHECK_STR(code("Moldova Moldova PROPN 4 nsubj:outer; is be AUX 4 cop; to to PART 4 mark; "
                   "visit visit VERB 0 root; Britain Britain PROPN 4 obj; . . PUNCT 4 punct"),
              "036 MDA>GBR future");
}

/* "Britain rejected a Russian statement criticizing Moldova": what a
** rejected, blocked or vetoed thing would have done never came to be */
TEST(what_a_blocked_thing_would_do_is_no_event)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; rejected reject VERB 0 root; a a DET 5 det; "
                   "Russian Russian ADJ 5 amod; statement statement NOUN 2 obj; criticizing criticize VERB 5 acl; "
                   "Moldova Moldova PROPN 6 obj; . . PUNCT 2 punct"),
              "120 GBR>RUS");
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_coder.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(subject_and_object);
    RUN(passive_voice);
    RUN(a_no_event_pattern_silences_the_word);
    RUN(a_threat_is_aimed_where_its_clause_object_is);
    RUN(a_vowed_blow_is_the_threat_alone);
    RUN(a_day_parsed_as_the_head_keeps_the_phrase_together);
    RUN(a_measure_stands_for_what_it_counts);
    RUN(the_speaker_of_a_closing_attribution_is_no_target);
    RUN(a_conjoined_object_fits_for_the_first);
    RUN(a_noun_naming_the_kind_of_the_object_takes_the_clause);
    RUN(a_phrase_on_the_last_conjunct_belongs_to_all);
    RUN(a_border_is_no_target);
    RUN(what_an_agreement_is_on_is_no_party);
    RUN(a_threat_is_aimed_at_whom_its_condition_binds);
    RUN(a_protest_is_aimed_at_what_it_protests);
    RUN(conjoined_actors_give_one_event_each);
    RUN(control_verbs_lend_their_subject);
    RUN(reported_speech_codes_what_was_reported);
    RUN(negation_and_modality);
    RUN(promises_as_acts_codes_the_promised_act);
    RUN(a_refused_promise_is_a_rejection);
    RUN(a_refused_act_is_a_rejection_and_a_described_one_no_event);
    RUN(plural_nouns_fit_their_singular);
    RUN(a_rejected_call_is_aimed_at_its_caller);
    RUN(a_demand_is_addressed_to_its_clause_subject);
    RUN(what_must_be_done_is_a_demand);
    RUN(what_someone_called_something_is_no_event);
    RUN(relative_clauses_and_participles);
    RUN(a_thing_as_object_points_to_whom_it_is_aimed_at);
    RUN(a_hostile_act_is_aimed_at_whom_its_at_names);
    RUN(an_agreement_is_with_whom_its_clause_acts_on);
    RUN(a_way_is_aimed_where_it_leads);
    RUN(conjoined_subjects_without_a_target_act_on_each_other);
    RUN(intent_takes_cameo_intent_codes);
    RUN(noun_events_take_their_clause_roles_unless_a_verb_coded);
    RUN(criticism_of_an_act_is_not_aimed_at_its_victim);
    RUN(a_joined_verb_shares_its_clause_modality);
    RUN(a_rejected_that_clause_is_denied_however_it_is_hung);
    RUN(a_recalled_act_is_not_coded);
    RUN(a_possibility_believed_is_no_event);
    RUN(what_is_expected_has_not_happened);
    RUN(each_other_makes_conjoined_actors_act_on_each_other);
    RUN(the_giver_of_a_thing_given_is_not_its_recipient);
    RUN(is_to_do_is_arranged_not_done);
    RUN(what_a_blocked_thing_would_do_is_no_event);
    teardown();
    return TEST_DONE();
}

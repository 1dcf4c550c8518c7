/*
** test_coder_actors.c — whom the coder's events name, on sentences of our
** own parsed by hand (coder_fixture.h): police and states acting at home,
** places as the people acted upon, pronouns and later mentions, owners of
** sector nouns, bodies with no country, people the lexicon lacks.
*/
#include "coder_fixture.h"

/* "Moldovan police dispersed demonstrators": police act at home, so the
** people they coerce or attack, named by no country, are their own
** country's; troops may be abroad */
TEST(police_act_on_their_own_country_people)
{
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; dispersed disperse VERB 0 root; "
                   "demonstrators demonstrator NOUN 3 obj; . . PUNCT 3 punct"),
              "175 MDACOP>MDAOPP");
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "demonstrators demonstrator NOUN 3 obj; . . PUNCT 3 punct"),
              "190 MDACOP>MDAOPP");
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; troops troop NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "demonstrators demonstrator NOUN 3 obj; . . PUNCT 3 punct"),
              "");
    /* "... prevented a rally staged by demonstrators": those who hold it */
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; prevented prevent VERB 0 root; "
                   "a a DET 5 det; rally rally NOUN 3 obj; staged stage VERB 5 acl; by by ADP 8 case; "
                   "demonstrators demonstrator NOUN 6 obl:agent; . . PUNCT 3 punct"),
              "1721 MDACOP>MDAOPP");
    /* ... and the suspects they arrest */
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; police police NOUN 3 nsubj; arrested arrest VERB 0 root; "
                   "suspects suspect NOUN 3 obj; . . PUNCT 3 punct"),
              "173 MDACOP>MDACRM");
    /* police named with no country are the country's of the people
    ** they face, on either side */
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; demonstrators demonstrator NOUN 3 nsubj; attacked attack VERB 0 root; "
                   "police police NOUN 3 obj; . . PUNCT 3 punct"),
              "190 MDAOPP>MDACOP");
    CHECK_STR(code("police police NOUN 2 nsubj; clashed clash VERB 0 root; with with ADP 5 case; "
                   "Moldovan Moldovan ADJ 5 amod; demonstrators demonstrator NOUN 2 obl; . . PUNCT 2 punct"),
              "190 MDACOP>MDAOPP");
}

/* "Ukrainians were arrested in Moscow": with state_agents, an act only
** a state does, in the passive with no agent, is the state's where it
** happened, with the sector the act implies */
TEST(a_state_act_with_no_agent_is_the_state_where_it_happened)
{
    const char *arrested = "Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; arrested arrest VERB 0 root; "
                           "in in ADP 5 case; Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct";
    CHECK_STR(code(arrested), "");        /* not asked for: no source */
    dyad_coder *plain = coder, *inferring = NULL;
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 1, 0, 0 };
    char err[256];
    CHECK(dyad_coder_open(&inferring, &options, err, sizeof err) == DYAD_OK);
    if (!inferring) return;
    coder = inferring;
    CHECK_STR(code(arrested), "173 RUSCOP>UKR");
    /* the expelled are sent from the state that expels them */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; deported deport VERB 0 root; "
                   "from from ADP 5 case; Britain Britain PROPN 3 obl; . . PUNCT 3 punct"),
              "174 GBRGOV>UKR");
    /* ... not from a body that is no state ("from the party") */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; deported deport VERB 0 root; "
                   "from from ADP 6 case; the the DET 6 det; party party NOUN 3 obl; in in ADP 8 case; "
                   "Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct"),
              "");
    /* a "by" agent always wins */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; arrested arrest VERB 0 root; "
                   "by by ADP 6 case; Moldovan Moldovan ADJ 6 amod; police police NOUN 3 obl:agent; "
                   "in in ADP 8 case; Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct"),
              "173 MDACOP>UKR");
    /* violence is anyone's */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; attacked attack VERB 0 root; "
                   "in in ADP 5 case; Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct"),
              "");
    /* what is to come has not been done */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 4 nsubj:pass; will will AUX 4 aux; be be AUX 4 aux:pass; "
                   "arrested arrest VERB 0 root; in in ADP 6 case; Moscow Moscow PROPN 4 obl; . . PUNCT 4 punct"),
              "");
    /* no place said, no state */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; arrested arrest VERB 0 root; "
                   ". . PUNCT 3 punct"),
              "");
    /* the state's own police acted on by it: an actor acting on itself */
    CHECK_STR(code("Russian Russian ADJ 2 amod; police police NOUN 4 nsubj:pass; were be AUX 4 aux:pass; "
                   "arrested arrest VERB 0 root; in in ADP 6 case; Moscow Moscow PROPN 4 obl; . . PUNCT 4 punct"),
              "");
    /* a state's police act on the people at home it names no country of */
    CHECK_STR(code("Opposition opposition NOUN 2 compound; supporters supporter NOUN 4 nsubj:pass; were be AUX 4 aux:pass; "
                   "arrested arrest VERB 0 root; in in ADP 6 case; Moscow Moscow PROPN 4 obl; . . PUNCT 4 punct"),
              "173 RUSCOP>RUSOPP");
    /* a subject that names no actor: the place is not both the state and
    ** its people acted upon (one name gives no event: prefilter.c) */
    CHECK_STR(code("Demonstrators demonstrator NOUN 3 nsubj:pass; were be AUX 3 aux:pass; dispersed disperse VERB 0 root; "
                   "in in ADP 5 case; Galati Galati PROPN 3 obl; . . PUNCT 3 punct"),
              "");
    coder = plain;
    dyad_coder_close(inferring);
}

TEST(pronouns_stand_for_the_subject_above_them)
{
    /* "Moscow said it would attack Ukraine": it is Moscow */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; it it PRON 5 nsubj; would would AUX 5 aux; "
                   "attack attack VERB 2 ccomp; Ukraine Ukraine PROPN 5 obj; . . PUNCT 2 punct"),
              "1384 RUSGOV>UKR conditional");
    /* "they" after conjoined subjects is all of them */
    CHECK_STR(code("Britain Britain PROPN 4 nsubj; and and CCONJ 3 cc; Ukraine Ukraine PROPN 1 conj; said say VERB 0 root; "
                   "they they PRON 6 nsubj; attacked attack VERB 4 ccomp; Moldova Moldova PROPN 6 obj; . . PUNCT 4 punct"),
              "190 GBR>MDA reported | 190 UKR>MDA reported");
    /* "he" wants a person: a country is no antecedent */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; said say VERB 0 root; he he PRON 4 nsubj; attacked attack VERB 2 ccomp; "
                   "Moldova Moldova PROPN 4 obj; . . PUNCT 2 punct"),
              "");
}

TEST(a_place_is_the_target_of_actions_on_its_people)
{
    /* "Ukrainian police protested in Galati": no one named, so Romania */
    CHECK_STR(code("Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; protested protest VERB 0 root; "
                   "in in ADP 5 case; Galati Galati PROPN 3 obl; . . PUNCT 3 punct"),
              "141 UKRCOP>ROU");
    /* "Ukrainians protested in Odesa": at home, to their government */
    CHECK_STR(code("Ukrainians Ukrainians PROPN 2 nsubj; protested protest VERB 0 root; "
                   "in in ADP 4 case; Odesa Odesa PROPN 2 obl; . . PUNCT 2 punct"),
              "141 UKR>UKRGOV");
    /* "thousands of police across Ukraine protested": where they are */
    CHECK_STR(code("Thousands thousand NOUN 6 nsubj; of of ADP 3 case; police police NOUN 1 nmod; across across ADP 5 case; "
                   "Ukraine Ukraine PROPN 3 nmod; protested protest VERB 0 root; . . PUNCT 6 punct"),
              "141 UKRCOP>UKR");
    /* a place in a role is its country's people */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; Galati Galati PROPN 2 obj; . . PUNCT 2 punct"),
              "190 RUSGOV>ROU");
    /* "Moscow attacked targets in Galati": what is hit at a place */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; targets target NOUN 2 obj; "
                   "in in ADP 5 case; Galati Galati PROPN 3 nmod; . . PUNCT 2 punct"),
              "190 RUSGOV>ROU");
    /* "Moscow attacked a refinery in Moldova" with the country on the
    ** verb: the site is where the act on it happens */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; a a DET 4 det; refinery refinery NOUN 2 obj; "
                   "in in ADP 6 case; Moldova Moldova PROPN 2 obl; . . PUNCT 2 punct"),
              "190 RUSGOV>MDA");
    /* but not someone met there ("attacked the envoy in Moldova") */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; the the DET 4 det; envoy envoy NOUN 2 obj; "
                   "in in ADP 6 case; Moldova Moldova PROPN 2 obl; . . PUNCT 2 punct"),
              "");
    /* "police based in Galati attacked Moldova": where a sector is based */
    CHECK_STR(code("police police NOUN 5 nsubj; based base VERB 1 acl; in in ADP 4 case; Galati Galati PROPN 2 obl; "
                   "attacked attack VERB 0 root; Moldova Moldova PROPN 5 obj; . . PUNCT 5 punct"),
              "190 ROUCOP>MDA");
    /* "Moldova attacked troops fleeing Ukraine" (or "fleeing the war in
    ** Ukraine"): people fleeing a place are of it */
    CHECK_STR(code("Moldova Moldova PROPN 2 nsubj; attacked attack VERB 0 root; troops troop NOUN 2 obj; "
                   "fleeing flee VERB 3 acl; Ukraine Ukraine PROPN 4 obj; . . PUNCT 2 punct"),
              "190 MDA>UKRMIL");
    CHECK_STR(code("Moldova Moldova PROPN 2 nsubj; attacked attack VERB 0 root; troops troop NOUN 2 obj; "
                   "fleeing flee VERB 3 acl; the the DET 6 det; war war NOUN 4 obj; in in ADP 8 case; "
                   "Ukraine Ukraine PROPN 4 obl; . . PUNCT 2 punct"),
              "190 MDA>UKRMIL");
    /* "Moldovan opposition supporters protested", no place said: a
    ** country's governed protest to their own government ... */
    CHECK_STR(code("Moldovan Moldovan ADJ 3 amod; opposition opposition NOUN 3 compound; supporters supporter NOUN 4 nsubj; "
                   "protested protest VERB 0 root; . . PUNCT 4 punct"),
              "141 MDAOPP>MDAGOV");
    /* ... not its police, nor a country as a whole */
    CHECK_STR(code("Ukrainian Ukrainian ADJ 2 amod; police police NOUN 3 nsubj; protested protest VERB 0 root; "
                   ". . PUNCT 3 punct"),
              "");
    CHECK_STR(code("Ukraine Ukraine PROPN 2 nsubj; protested protest VERB 0 root; . . PUNCT 2 punct"), "");
    /* "Britain delivered aid in Galati": aid given at a place is for its
    ** people */
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; delivered deliver VERB 0 root; aid aid NOUN 2 obj; "
                   "in in ADP 5 case; Galati Galati PROPN 2 obl; . . PUNCT 2 punct"),
              "070 GBR>ROU");
    /* but a visit or a statement there is not aimed at it */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; said say VERB 0 root; in in ADP 4 case; Odesa Odesa PROPN 2 obl; "
                   ". . PUNCT 2 punct"),
              "");
}

TEST(a_weapon_acts_for_whoever_wields_it)
{
    /* "A bomb planted by Moscow attacked Ukraine": the agent of the
    ** participle wields the weapon */
    CHECK_STR(code("A a DET 2 det; bomb bomb NOUN 6 nsubj; planted plant VERB 2 acl; by by ADP 5 case; "
                   "Moscow Moscow PROPN 3 obl:agent; attacked attack VERB 0 root; Ukraine Ukraine PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 RUSGOV>UKR");
}

TEST(the_possessor_owns_a_sector_noun)
{
    /* "Ukraine's UN troops attacked Moldova": Ukraine's, not the UN's */
    CHECK_STR(code("Ukraine Ukraine PROPN 4 nmod:poss; 's 's PART 1 case; UN UN PROPN 4 compound; troops troop NOUN 5 nsubj; "
                   "attacked attack VERB 0 root; Moldova Moldova PROPN 5 obj; . . PUNCT 5 punct"),
              "190 UKRMIL>MDA");
    /* but a name at the head wins: "Ukraine's United Nations" stays the UN */
    CHECK_STR(code("Ukraine Ukraine PROPN 4 nmod:poss; 's 's PART 1 case; United United PROPN 4 compound; Nations Nations PROPN 5 nsubj; "
                   "attacked attack VERB 0 root; Moldova Moldova PROPN 5 obj; . . PUNCT 5 punct"),
              "190 IGOUNO>MDA");
}

TEST(a_noun_modifier_naming_no_one_leaves_the_role_to_the_clause)
{
    /* "Moscow mounted its long-threatened invasion of Moldova" */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; mounted mount VERB 0 root; its its PRON 5 nmod:poss; "
                   "long-threatened threaten VERB 5 amod; invasion invasion NOUN 2 obj; of of ADP 7 case; "
                   "Moldova Moldova PROPN 5 nmod; . . PUNCT 2 punct"),
              "192 RUSGOV>MDA");
}

TEST(who_speaks_for_a_body_takes_its_sector)
{
    /* "Leaders of the Moldovan opposition coalition criticized Romania":
    ** the coalition's, not the government's */
    CHECK_STR(code("Leaders leader NOUN 7 nsubj; of of ADP 6 case; the the DET 6 det; Moldovan Moldovan ADJ 6 amod; "
                   "opposition opposition NOUN 6 compound; coalition coalition NOUN 1 nmod; criticized criticize VERB 0 root; "
                   "Romania Romania PROPN 7 obj; . . PUNCT 7 punct"),
              "111 MDAOPP>ROU");
    /* "A spokesman for the Moldovan militia criticized Romania" */
    CHECK_STR(code("A a DET 2 det; spokesman spokesman NOUN 7 nsubj; for for ADP 6 case; the the DET 6 det; "
                   "Moldovan Moldovan ADJ 6 amod; militia militia NOUN 2 nmod; criticized criticize VERB 0 root; "
                   "Romania Romania PROPN 7 obj; . . PUNCT 7 punct"),
              "111 MDAREB>ROU");
    /* with no body named, a leader is the government's */
    CHECK_STR(code("Moldovan Moldovan ADJ 2 amod; leaders leader NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Romania Romania PROPN 3 obj; . . PUNCT 3 punct"),
              "111 MDAGOV>ROU");
}

TEST(an_international_or_nongovernmental_body_needs_no_country)
{
    CHECK_STR(code("Rights rights NOUN 2 compound; groups group NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct"),
              "111 NGOHRI>MDA");
    CHECK_STR(code("Aid aid NOUN 2 compound; agencies agency NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct"),
              "111 NGO>MDA");
    CHECK_STR(code("A a DET 3 det; UN UN PROPN 3 compound; official official NOUN 4 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 4 obj; . . PUNCT 4 punct"),
              "111 IGO>MDA");
    /* the body said in an "of" phrase is the noun's */
    CHECK_STR(code("Officials official NOUN 6 nsubj; of of ADP 5 case; a a DET 5 det; rights rights NOUN 5 compound; "
                   "group group NOUN 1 nmod; criticized criticize VERB 0 root; Moldova Moldova PROPN 6 obj; . . PUNCT 6 punct"),
              "111 NGOHRI>MDA");
    /* a title may be a state's ("police commissioner"), a rights lawyer
    ** anyone's: no actor by themselves */
    CHECK_STR(code("Commissioner Commissioner PROPN 3 compound; Ion Ion PROPN 3 flat; Rusu Rusu PROPN 4 nsubj; "
                   "criticized criticize VERB 0 root; Moldova Moldova PROPN 4 obj; . . PUNCT 4 punct"),
              "");
    CHECK_STR(code("Rights rights NOUN 2 compound; lawyers lawyer NOUN 3 nsubj; criticized criticize VERB 0 root; "
                   "Moldova Moldova PROPN 3 obj; . . PUNCT 3 punct"),
              "");
    /* and a country said makes it that country's */
    CHECK_STR(code("Moldovan Moldovan ADJ 3 amod; aid aid NOUN 3 compound; agencies agency NOUN 4 nsubj; "
                   "criticized criticize VERB 0 root; Romania Romania PROPN 4 obj; . . PUNCT 4 punct"),
              "111 MDANGO>ROU");
}

TEST(a_possessive_pronoun_gives_its_antecedent_country)
{
    /* "The Moldovan minister said Romania criticized his government" */
    CHECK_STR(code("The the DET 3 det; Moldovan Moldovan ADJ 3 amod; minister minister NOUN 4 nsubj; said say VERB 0 root; "
                   "Romania Romania PROPN 6 nsubj; criticized criticize VERB 4 ccomp; his he PRON 8 nmod:poss; "
                   "government government NOUN 6 obj; . . PUNCT 4 punct"),
              "111 ROU>MDAGOV reported");
    /* "... attacked members of its government" */
    CHECK_STR(code("Moldova Moldova PROPN 2 nsubj; said say VERB 0 root; Romania Romania PROPN 4 nsubj; "
                   "attacked attack VERB 2 ccomp; members member NOUN 4 obj; of of ADP 8 case; its its PRON 8 nmod:poss; "
                   "government government NOUN 5 nmod; . . PUNCT 2 punct"),
              "190 ROU>MDAGOV reported");
    /* the clause's own subject owns its own: no event between two */
    CHECK_STR(code("Romania Romania PROPN 2 nsubj; criticized criticize VERB 0 root; its its PRON 4 nmod:poss; "
                   "government government NOUN 2 obj; . . PUNCT 2 punct"),
              "");
}

TEST(no_actor_no_event)
{
    CHECK_STR(code("Someone someone PRON 2 nsubj; attacked attack VERB 0 root; Ukraine Ukraine PROPN 2 obj; . . PUNCT 2 punct"), "");
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; slept sleep VERB 0 root; . . PUNCT 2 punct"), "");
    /* "ethnic Ukrainians" are a people, not Ukraine: with no place to
    ** say whose they are, no actor */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; ethnic ethnic ADJ 4 amod; "
                   "Ukrainians Ukrainians PROPN 2 obj; . . PUNCT 2 punct"), "");
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; "
                   "Ukrainians Ukrainians PROPN 2 obj; . . PUNCT 2 punct"), "190 RUSGOV>UKR");
    /* ... and the place where the event happens does */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; attacked attack VERB 0 root; ethnic ethnic ADJ 4 amod; "
                   "Moldovans Moldovans PROPN 2 obj; in in ADP 6 case; Odesa Odesa PROPN 2 obl; . . PUNCT 2 punct"),
              "190 RUSGOV>UKR");
}

TEST(conjoined_places_of_an_agent_are_agents_too)
{
    /* "Troops in Britain and Ukraine attacked America ." */
    CHECK_STR(code("Troops troop NOUN 6 nsubj; in in ADP 3 case; Britain Britain PROPN 1 nmod; and and CCONJ 5 cc; "
                   "Ukraine Ukraine PROPN 3 conj; attacked attack VERB 0 root; America America PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 GBRMIL>USA | 190 UKRMIL>USA");
    /* "Troops of Britain and Ukraine attacked America ." */
    CHECK_STR(code("Troops troop NOUN 6 nsubj; of of ADP 3 case; Britain Britain PROPN 1 nmod; and and CCONJ 5 cc; "
                   "Ukraine Ukraine PROPN 3 conj; attacked attack VERB 0 root; America America PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 GBRMIL>USA | 190 UKRMIL>USA");
}

TEST(a_place_on_the_first_conjunct_is_the_later_ones_too)
{
    /* "Troops and police in Britain attacked America .": UD hangs the
    ** shared place on the first conjunct */
    CHECK_STR(code("Troops troop NOUN 6 nsubj; and and CCONJ 3 cc; police police NOUN 1 conj; in in ADP 5 case; "
                   "Britain Britain PROPN 1 nmod; attacked attack VERB 0 root; America America PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 GBRMIL>USA | 190 GBRCOP>USA");
    /* "Troops in Britain and police attacked America .": the place
    ** before the conjunct is the first one's alone */
    CHECK_STR(code("Troops troop NOUN 6 nsubj; in in ADP 3 case; Britain Britain PROPN 1 nmod; and and CCONJ 5 cc; "
                   "police police NOUN 1 conj; attacked attack VERB 0 root; America America PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 GBRMIL>USA");
    /* "Troops and police in Britain and Ukraine attacked America .":
    ** each is of each place */
    CHECK_STR(code("Troops troop NOUN 8 nsubj; and and CCONJ 3 cc; police police NOUN 1 conj; in in ADP 5 case; "
                   "Britain Britain PROPN 1 nmod; and and CCONJ 7 cc; Ukraine Ukraine PROPN 5 conj; "
                   "attacked attack VERB 0 root; America America PROPN 8 obj; . . PUNCT 8 punct"),
              "190 GBRMIL>USA | 190 GBRCOP>USA | 190 UKRMIL>USA | 190 UKRCOP>USA");
}

TEST(later_mentions_point_back)
{
    /* two sentences: "Maia Sandu visited Ukraine. She criticized Moscow." */
    dyad_doc doc;
    rows_to_doc("Maia Maia PROPN 3 nsubj; Sandu Sandu PROPN 1 flat; visited visit VERB 0 root; "
                "Ukraine Ukraine PROPN 3 obj; // She she PRON 2 nsubj; criticized criticize VERB 0 root; "
                "Moscow Moscow PROPN 2 obj", &doc);
    dyad_events events;
    dyad_events_init(&events);
    CHECK_INT(dyad_code_doc(coder, &doc, &events), DYAD_OK);
    CHECK_INT(events.n, 2);
    if (events.n == 2) {
        CHECK_STR(events.items[1].source.code, "MDAGOV");
        CHECK_STR(events.items[1].cameo, "111");
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
}

TEST(a_titled_person_the_lexicon_lacks_is_called_by_surname_later)
{
    /* "Moldovan President Ion Rusu visited Ukraine. Rusu criticized Moscow." */
    const char *visit = "Moldovan Moldovan ADJ 4 amod; President President PROPN 4 compound; Ion Ion PROPN 4 compound; "
                        "Rusu Rusu PROPN 5 nsubj; visited visit VERB 0 root; Ukraine Ukraine PROPN 5 obj; . . PUNCT 5 punct; // ";
    char rows[1024];
    snprintf(rows, sizeof rows, "%s%s", visit, "Rusu Rusu PROPN 2 nsubj; criticized criticize VERB 0 root; "
                                               "Moscow Moscow PROPN 2 obj; . . PUNCT 2 punct");
    CHECK_STR(code(rows), "042 MDAGOV>UKR | 111 MDAGOV>RUSGOV");
    /* ... and "he" too; another surname is someone else */
    snprintf(rows, sizeof rows, "%s%s", visit, "He he PRON 2 nsubj; criticized criticize VERB 0 root; "
                                               "Moscow Moscow PROPN 2 obj; . . PUNCT 2 punct");
    CHECK_STR(code(rows), "042 MDAGOV>UKR | 111 MDAGOV>RUSGOV");
    snprintf(rows, sizeof rows, "%s%s", visit, "Popescu Popescu PROPN 2 nsubj; criticized criticize VERB 0 root; "
                                               "Moscow Moscow PROPN 2 obj; . . PUNCT 2 punct");
    CHECK_STR(code(rows), "042 MDAGOV>UKR");
    /* "The Moldovan minister Tuesday visited Ukraine": a day is no name */
    CHECK_STR(code("The the DET 3 det; Moldovan Moldovan ADJ 3 amod; minister minister NOUN 5 nsubj; "
                   "Tuesday Tuesday PROPN 5 obl:tmod; visited visit VERB 0 root; Ukraine Ukraine PROPN 5 obj; . . PUNCT 5 punct; // "
                   "Tuesday Tuesday PROPN 2 nsubj; criticized criticize VERB 0 root; Moscow Moscow PROPN 2 obj; . . PUNCT 2 punct"),
              "042 MDAGOV>UKR");
    /* "Ion Rusu, the Moldovan minister, visited Ukraine. Rusu criticized Moscow." */
    CHECK_STR(code("Ion Ion PROPN 2 compound; Rusu Rusu PROPN 8 nsubj; , , PUNCT 6 punct; the the DET 6 det; "
                   "Moldovan Moldovan ADJ 6 amod; minister minister NOUN 2 appos; , , PUNCT 6 punct; "
                   "visited visit VERB 0 root; Ukraine Ukraine PROPN 8 obj; . . PUNCT 8 punct; // "
                   "Rusu Rusu PROPN 2 nsubj; criticized criticize VERB 0 root; Moscow Moscow PROPN 2 obj; . . PUNCT 2 punct"),
              "042 MDAGOV>UKR | 111 MDAGOV>RUSGOV");
}

/* "Britain said Russian troops attacked its soldiers in Moldova": a
** possessive pronoun says whose the soldiers are; the place only where */
TEST(a_possessive_pronoun_owns_before_a_place)
{
    CHECK_STR(code("Britain Britain PROPN 2 nsubj; said say VERB 0 root; Russian Russian ADJ 4 amod; "
                   "troops troop NOUN 5 nsubj; attacked attack VERB 2 ccomp; its its PRON 7 nmod:poss; "
                   "soldiers soldier NOUN 5 obj; in in ADP 9 case; Moldova Moldova PROPN 7 nmod; . . PUNCT 2 punct"),
              "190 RUSMIL>GBRMIL reported");
}

int main(void)
{
    if (!fixture_ready()) {
        printf("test_coder_actors.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(police_act_on_their_own_country_people);
    RUN(a_possessive_pronoun_owns_before_a_place);
    RUN(a_state_act_with_no_agent_is_the_state_where_it_happened);
    RUN(pronouns_stand_for_the_subject_above_them);
    RUN(a_place_is_the_target_of_actions_on_its_people);
    RUN(a_weapon_acts_for_whoever_wields_it);
    RUN(the_possessor_owns_a_sector_noun);
    RUN(a_noun_modifier_naming_no_one_leaves_the_role_to_the_clause);
    RUN(who_speaks_for_a_body_takes_its_sector);
    RUN(an_international_or_nongovernmental_body_needs_no_country);
    RUN(a_possessive_pronoun_gives_its_antecedent_country);
    RUN(no_actor_no_event);
    RUN(conjoined_places_of_an_agent_are_agents_too);
    RUN(a_place_on_the_first_conjunct_is_the_later_ones_too);
    RUN(later_mentions_point_back);
    RUN(a_titled_person_the_lexicon_lacks_is_called_by_surname_later);
    teardown();
    return TEST_DONE();
}

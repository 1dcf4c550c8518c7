/*
** test_coder.c — the event coder on sentences of our own, parsed by hand
** (CoNLL-U), with a small lexicon compiled from tests/data/lexicon and
** patterns written here: roles from subjects, objects and the passive;
** conjoined actors; control verbs; reported speech; negation; modality;
** country adjectives with agent nouns.
*/
#include <stdlib.h>
#include "testing.h"
#include "code_helpers.h"
#include "dyad.h"

static char dir[] = "/tmp/dyad-test-coder-XXXXXX";
static char lexicon_bin[256], verbs_dir[256], cameo_path[256];
static dyad_coder *coder;

static int setup(void)
{
    if (!mkdtemp(dir)) return -1;
    snprintf(lexicon_bin, sizeof lexicon_bin, "%s/lexicon.bin", dir);
    snprintf(verbs_dir, sizeof verbs_dir, "%s/verbs", dir);
    snprintf(cameo_path, sizeof cameo_path, "%s/cameo.tsv", dir);
    int rc = compile_test_lexicon(lexicon_bin);
    if (rc) return -1;
    char mk[512];
    snprintf(mk, sizeof mk, "mkdir -p %s", verbs_dir);
    if (system(mk)) return -1;
    FILE *f = fopen(cameo_path, "w");
    fputs("010\tMake statement\t0.0\t1\t\t\n070\tProvide aid\t7.0\t2\tAID\t\n"
          "111\tCriticize or denounce\t-2.0\t3\tACCUSE\t\n190\tUse conventional military force\t-10.0\t4\tASSAULT\t\n"
          "138\tThreaten with military force\t-7.0\t3\tTHREATEN\t\n1384\tThreaten conventional attack\t-7.0\t3\tTHREATEN\t\n036\tExpress intent to meet\t4.0\t1\tAGREE\t\n"
          "042\tMake a visit\t1.9\t1\tCONSULT\t\n057\tSign formal agreement\t8.0\t1\tAGREE\t\n"
          "100\tDemand\t-5.0\t3\tREQUEST\t\n033\tExpress intent to provide material aid\t5.2\t1\tAGREE\t\n"
          "122\tReject request for material aid\t-4.0\t3\tREJECT\t\n141\tDemonstrate or rally\t-6.5\t3\tPROTEST\t\n"
          "120\tReject\t-4.0\t3\tREJECT\t\n045\tEngage in mediation\t5.0\t1\tCONSULT\t\n020\tMake an appeal\t3.0\t1\tREQUEST\t\n144\tObstruct passage\t-7.5\t3\tPROTEST\t\n192\tOccupy territory\t-9.5\t4\tCOERCE\t\n087\tDe-escalate military engagement\t9.0\t2\tRETREAT\t\n"
          "175\tUse tactics of violent repression\t-9.0\t4\tCOERCE\t\n1721\tImpose restrictions on freedoms\t-5.0\t4\tCOERCE\t\n", f);
    fclose(f);
    char path[512];
    snprintf(path, sizeof path, "%s/test.tsv", verbs_dir);
    f = fopen(path, "w");
    fputs("010\tsay\tThey said so.\n190\tattack obj@T\tThey attacked it.\n111\tcriticize obj@T\tThey criticized it.\n"
          "070\tsend obj=aid obl:to@T\tThey sent aid to them.\n057\tsign obj=agreement|deal\tThey signed a deal.\n"
          "042\tvisit obj@T\tThey visited it.\n100\tdemand ccomp\tThey demanded that it stop.\n"
          "190\tstrike/N compound=air\tAir strikes hit the town.\n"
          "087\twithdraw obj=troop obl:from@T\tThey withdrew troops from it.\n"
          "141\tprotest\tThey protested.\n120\treject obj@T\tThey rejected it.\n"
          "192\tinvasion/N amod@S nmod:of@T\tThe Russian invasion of Ukraine.\n"
          "190\tclash\tThey clashed.\n100\treiterate obj=demand\tThey reiterated the demand.\n190\tfight obj\tThey fought the war.\n"
          "---\tattack obj=problem\tThey attacked the problem.\n"
          "138\tthreaten xcomp\tThey threatened to act.\n"
          "190\tfire obj=rocket|shell\tThey fired rockets.\n192\tcapture obj=stronghold\tThey took the fort.\n"
          "141\tmarch !obj\tThey marched.\n070\tdeliver obj=aid\tThey delivered aid.\n045\tmediate\tThey mediated.\n045\tmediation/N\tThe mediation failed.\n175\tdisperse obj=demonstrator\tThey dispersed demonstrators.\n1721\tprevent obj=rally\tThey prevented the rally.\n173\tarrest obj@T\tThey arrested them.\n174\tdeport obj@T obl:from\tThey deported them from it.\n020\tpush advcl:for\tThey pushed for it to act.\n144\tblock obj=road\tThey blocked the road.\n", f);
    fclose(f);
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 0 };
    char err[256];
    rc = dyad_coder_open(&coder, &options, err, sizeof err);
    if (rc) fprintf(stderr, "coder: %s\n", err);
    return rc;
}

/* Codes one hand-parsed sentence ("form lemma upos head deprel; ...") and
** renders its events as "CODE SRC>TGT[ flags]" joined by " | ". */
static const char *code(const char *rows)
{
    static char out[1024];
    dyad_doc doc;
    rows_to_doc(rows, &doc);
    dyad_events events;
    dyad_events_init(&events);
    out[0] = '\0';
    if (dyad_code_doc(coder, &doc, &events) == DYAD_OK) {
        size_t len = 0;
        for (size_t e = 0; e < events.n; e++) {
            const dyad_event *ev = &events.items[e];
            len += (size_t)snprintf(out + len, sizeof out - len, "%s%s %s>%s%s%s", e ? " | " : "", ev->cameo,
                                    ev->source.code, ev->target.code ? ev->target.code : "",
                                    ev->negated ? " negated" : "",
                                    strcmp(ev->modality, "asserted") ? " " : "");
            if (strcmp(ev->modality, "asserted"))
                len += (size_t)snprintf(out + len, sizeof out - len, "%s", ev->modality);
        }
    } else {
        strcpy(out, "(error)");
    }
    dyad_events_free(&events);
    dyad_doc_free(&doc);
    return out;
}

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
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 1, 0 };
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

/* "Ukrainians were arrested in Moscow": with state_agents, an act only
** a state does, in the passive with no agent, is the state's where it
** happened, with the sector the act implies */
TEST(a_state_act_with_no_agent_is_the_state_where_it_happened)
{
    const char *arrested = "Ukrainians Ukrainians PROPN 3 nsubj:pass; were be AUX 3 aux:pass; arrested arrest VERB 0 root; "
                           "in in ADP 5 case; Moscow Moscow PROPN 3 obl; . . PUNCT 3 punct";
    CHECK_STR(code(arrested), "");        /* not asked for: no source */
    dyad_coder *plain = coder, *inferring = NULL;
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 1 };
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

TEST(a_weapon_acts_for_whoever_wields_it)
{
    /* "A bomb planted by Moscow attacked Ukraine": the agent of the
    ** participle wields the weapon */
    CHECK_STR(code("A a DET 2 det; bomb bomb NOUN 6 nsubj; planted plant VERB 2 acl; by by ADP 5 case; "
                   "Moscow Moscow PROPN 3 obl:agent; attacked attack VERB 0 root; Ukraine Ukraine PROPN 6 obj; "
                   ". . PUNCT 6 punct"),
              "190 RUSGOV>UKR");
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

TEST(what_someone_called_something_is_no_event)
{
    /* "Moscow criticized what Britain attacked": a free relative */
    CHECK_STR(code("Moscow Moscow PROPN 2 nsubj; criticized criticize VERB 0 root; what what PRON 2 obj; "
                   "Britain Britain PROPN 5 nsubj; attacked attack VERB 3 acl:relcl; Ukraine Ukraine PROPN 5 obj; "
                   ". . PUNCT 2 punct"),
              "");
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

int main(void)
{
    if (access("/usr/share/iso-codes/json/iso_3166-1.json", R_OK) != 0 || setup() != 0) {
        printf("test_coder.c: 0 passed, 1 failed, 0 skipped\n");
        return 1;
    }
    RUN(subject_and_object);
    RUN(passive_voice);
    RUN(a_no_event_pattern_silences_the_word);
    RUN(a_threat_is_aimed_where_its_clause_object_is);
    RUN(a_day_parsed_as_the_head_keeps_the_phrase_together);
    RUN(a_measure_stands_for_what_it_counts);
    RUN(the_speaker_of_a_closing_attribution_is_no_target);
    RUN(a_conjoined_object_fits_for_the_first);
    RUN(a_noun_naming_the_kind_of_the_object_takes_the_clause);
    RUN(police_act_on_their_own_country_people);
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
    RUN(a_state_act_with_no_agent_is_the_state_where_it_happened);
    RUN(pronouns_stand_for_the_subject_above_them);
    RUN(a_refused_promise_is_a_rejection);
    RUN(a_refused_act_is_a_rejection_and_a_described_one_no_event);
    RUN(plural_nouns_fit_their_singular);
    RUN(a_place_is_the_target_of_actions_on_its_people);
    RUN(a_rejected_call_is_aimed_at_its_caller);
    RUN(a_demand_is_addressed_to_its_clause_subject);
    RUN(a_weapon_acts_for_whoever_wields_it);
    RUN(what_must_be_done_is_a_demand);
    RUN(the_possessor_owns_a_sector_noun);
    RUN(a_noun_modifier_naming_no_one_leaves_the_role_to_the_clause);
    RUN(what_someone_called_something_is_no_event);
    RUN(who_speaks_for_a_body_takes_its_sector);
    RUN(an_international_or_nongovernmental_body_needs_no_country);
    RUN(a_possessive_pronoun_gives_its_antecedent_country);
    RUN(no_actor_no_event);
    RUN(relative_clauses_and_participles);
    RUN(a_thing_as_object_points_to_whom_it_is_aimed_at);
    RUN(conjoined_places_of_an_agent_are_agents_too);
    RUN(a_place_on_the_first_conjunct_is_the_later_ones_too);
    RUN(conjoined_subjects_without_a_target_act_on_each_other);
    RUN(intent_takes_cameo_intent_codes);
    RUN(noun_events_take_their_clause_roles_unless_a_verb_coded);
    RUN(later_mentions_point_back);
    RUN(a_titled_person_the_lexicon_lacks_is_called_by_surname_later);
    dyad_coder_close(coder);
    char rm[512];
    snprintf(rm, sizeof rm, "rm -rf %s", dir);
    if (system(rm)) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_DONE();
}

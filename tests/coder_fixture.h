/*
** coder_fixture.h — the coder the coder's tests share: a small lexicon
** compiled from tests/data/lexicon, a CAMEO list and verb patterns
** written here, and code() to render a hand-parsed sentence's events.
** One copy per test program (static): fixture_ready() builds it,
** teardown() removes it.
*/
#ifndef DYAD_CODER_FIXTURE_H
#define DYAD_CODER_FIXTURE_H

#include <stdlib.h>
#include <unistd.h>
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
          "112\tAccuse\t-2.0\t3\tACCUSE\t\n120\tReject\t-4.0\t3\tREJECT\t\n045\tEngage in mediation\t5.0\t1\tCONSULT\t\n020\tMake an appeal\t3.0\t1\tREQUEST\t\n144\tObstruct passage\t-7.5\t3\tPROTEST\t\n192\tOccupy territory\t-9.5\t4\tCOERCE\t\n087\tDe-escalate military engagement\t9.0\t2\tRETREAT\t\n"
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
          "141\tprotest\tThey protested.\n112\tallege ccomp>attack[nsubj@T]\tThey alleged that it attacked.\n120\treject obj@T\tThey rejected it.\n"
          "192\tinvasion/N amod@S nmod:of@T\tThe Russian invasion of Ukraine.\n"
          "190\tclash\tThey clashed.\n100\treiterate obj=demand\tThey reiterated the demand.\n190\tfight obj\tThey fought the war.\n"
          "---\tattack obj=problem\tThey attacked the problem.\n"
          "138\tthreaten xcomp\tThey threatened to act.\n"
          "190\tfire obj=rocket|shell\tThey fired rockets.\n192\tcapture obj=stronghold\tThey took the fort.\n"
          "141\tmarch !obj\tThey marched.\n070\tdeliver obj=aid\tThey delivered aid.\n045\tmediate\tThey mediated.\n045\tmediation/N\tThe mediation failed.\n175\tdisperse obj=demonstrator\tThey dispersed demonstrators.\n1721\tprevent obj=rally\tThey prevented the rally.\n173\tarrest obj@T\tThey arrested them.\n174\tdeport obj@T obl:from\tThey deported them from it.\n020\tpush advcl:for\tThey pushed for it to act.\n144\tblock obj=road\tThey blocked the road.\n", f);
    fputs("138\tvow xcomp>attack\tThey vowed to attack.\n", f);
    fclose(f);
    dyad_coder_options options = { NULL, NULL, lexicon_bin, verbs_dir, cameo_path, 0, 0, 0, 0, 0, 0, 0 };
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

/* 1 when the coder is built; 0 when it cannot be here (no iso-codes). */
static int fixture_ready(void)
{
    return access("/usr/share/iso-codes/json/iso_3166-1.json", R_OK) == 0 && setup() == 0;
}

static void teardown(void)
{
    dyad_coder_close(coder);
    char rm[512];
    snprintf(rm, sizeof rm, "rm -rf %s", dir);
    if (system(rm)) fprintf(stderr, "could not remove %s\n", dir);
}

#endif

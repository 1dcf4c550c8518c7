/*
** main.c — the `dyad` command: dispatches to a subcommand.
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
#define X(name, fn, summary) { name, fn, summary },
#include "cli/commands.def"
#undef X
};

static void usage(FILE *out)
{
    fprintf(out,
        "dyad %s — political event data from news text\n\n"
        "usage: dyad COMMAND [OPTIONS] [FILE...]\n\ncommands:\n", DYAD_VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\nRun 'dyad COMMAND --help' for a command's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return EXIT_ALL_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return EXIT_ALL_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'; run 'dyad --help' for the list\n", argv[1]);
    return EXIT_USAGE;
}

/*
 * The floor of `aftale validate` in aftale-bench (issue 18): the least any validator of the corpus
 * must do. It reads every *.md file of a folder and parses its YAML front matter (between the
 * first line "---" and the next line "---") with libyaml's event API, the parser Aftaler's
 * YAMLComposer reads too. It builds nothing, checks nothing and looks at no section.
 *
 *   frontmatter_floor FOLDER
 *
 * Prints "files=N events=E" (E counts libyaml's events, so the parse is not optimised away) and
 * exits 1 when a file cannot be read or its front matter does not parse. One thread, like a plain
 * C program would be written; `aftale validate` uses both cores. Built by the benchmark itself with
 *   gcc -O2 frontmatter_floor.c $(pkg-config --cflags --libs yaml-0.1)
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

/* Reads the whole file at `path` (relative to `folder`) into `*buffer`; returns its length or -1. */
static long read_file(int folder, const char *path, char **buffer, size_t *capacity) {
    int fd = openat(folder, path, O_RDONLY);
    if (fd < 0) return -1;
    struct stat info;
    if (fstat(fd, &info) != 0) { close(fd); return -1; }
    size_t size = (size_t)info.st_size;
    if (size + 1 > *capacity) {
        *capacity = size + 1;
        *buffer = realloc(*buffer, *capacity);
        if (!*buffer) { close(fd); return -1; }
    }
    size_t done = 0;
    while (done < size) {
        ssize_t count = read(fd, *buffer + done, size - done);
        if (count <= 0) { close(fd); return -1; }
        done += (size_t)count;
    }
    close(fd);
    (*buffer)[done] = '\0';
    return (long)done;
}

/* The front matter of `text`: from after the first "---\n" to the line "---"; length or -1. */
static long front_matter(const char *text, long length, const char **start) {
    if (length < 4 || strncmp(text, "---\n", 4) != 0) return -1;
    *start = text + 4;
    const char *end = strstr(*start, "\n---");
    if (!end) return -1;
    return (long)(end - *start) + 1;
}

/* libyaml's events of `yaml`, counted; -1 on a parse error. */
static long parse(const char *yaml, long length) {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_string(&parser, (const unsigned char *)yaml, (size_t)length);
    long events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) { events = -1; break; }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: frontmatter_floor FOLDER\n");
        return 64;
    }
    DIR *directory = opendir(argv[1]);
    if (!directory) { perror(argv[1]); return 1; }
    int folder = dirfd(directory);
    char *buffer = NULL;
    size_t capacity = 0;
    long files = 0, events = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        size_t name = strlen(entry->d_name);
        if (name < 4 || strcmp(entry->d_name + name - 3, ".md") != 0) continue;
        long length = read_file(folder, entry->d_name, &buffer, &capacity);
        const char *yaml = NULL;
        long yaml_length = length < 0 ? -1 : front_matter(buffer, length, &yaml);
        long counted = yaml_length < 0 ? -1 : parse(yaml, yaml_length);
        if (counted < 0) {
            fprintf(stderr, "%s/%s: cannot read or parse the front matter\n", argv[1], entry->d_name);
            return 1;
        }
        files++;
        events += counted;
    }
    closedir(directory);
    free(buffer);
    printf("files=%ld events=%ld\n", files, events);
    return 0;
}

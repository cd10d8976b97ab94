/*
 * The raw C baseline of `aftale-bench`: writes the cells of a workplan sheet with libxlsxwriter
 * directly, with the same look as Aftaler's exporter (title row, filled header, group rows, wrapped
 * bordered text, column widths and row heights from the content, frozen header, autofilter, status
 * drop-down and colours, A4 landscape print setup, document properties).
 *
 *   xlsx_cells CELLS.tsv OUT.xlsx
 *
 * CELLS.tsv is the benchmark's cells file (see Sources/BenchmarkKit/CellsFile.swift): lines
 * "T\ttitle", "H\theading...", "G\tgroup heading" and "R\tcell...", with \\, \t and \n escaped.
 * Like Aftaler, it reads the file twice (widths first) and switches to constant-memory mode above
 * 50,000 rows. The last column is the agreement status. Built by the benchmark itself with
 *   cc -O2 xlsx_cells.c $(pkg-config --cflags --libs xlsxwriter)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_FIELDS 64
#define THRESHOLD 50000

static char *statuses[] = {"Ikke igangsat", "Under udarbejdelse", "I høring", "Godkendt",
                                 "Under implementering", "Implementeret", "Evalueret", "Pauseret",
                                 "Afsluttet", "Udgået", NULL};
static const char *fills[] = {"EDEDED", "FFF2CC", "FCE4D6", "DDEBF7", "E2EFDA", "C6EFCE", "A9D08E", "FFC7CE", "D9D9D9", "BFBFBF"};
static const char *fonts[] = {"3A3A3A", "7F6000", "833C0B", "1F4E79", "375623", "006100", "1E4620", "9C0006", "262626", "262626"};

/* Splits a line into tab-separated fields and unescapes them in place; returns the count. */
static int split(char *line, char **fields) {
    size_t length = strlen(line);
    if (length > 0 && line[length - 1] == '\n') line[--length] = '\0';
    int count = 0;
    char *start = line;
    for (char *p = line;; p++) {
        if (*p == '\t' || *p == '\0') {
            int end = *p == '\0';
            *p = '\0';
            if (count < MAX_FIELDS) fields[count++] = start;
            if (end) break;
            start = p + 1;
        }
    }
    for (int i = 0; i < count; i++) {
        char *in = fields[i], *out = fields[i];
        if (!strchr(in, '\\')) continue;
        while (*in) {
            if (*in == '\\' && in[1]) {
                in++;
                *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in;
                in++;
            } else {
                *out++ = *in++;
            }
        }
        *out = '\0';
    }
    return count;
}

/* Characters (not bytes) of the longest line of a UTF-8 text. */
static int longest_line(const char *text) {
    int longest = 0, current = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '\n') { current = 0; continue; }
        if ((*p & 0xC0) != 0x80 && ++current > longest) longest = current;
    }
    return longest;
}

/* Wrapped lines of a cell in a column `per_line` characters wide. */
static int wrapped_lines(const char *text, int per_line) {
    int lines = 0, current = 0;
    for (const unsigned char *p = (const unsigned char *)text;; p++) {
        if (*p == '\n' || *p == '\0') {
            int here = (current + per_line - 1) / per_line;
            lines += here < 1 ? 1 : here;
            current = 0;
            if (*p == '\0') break;
        } else if ((*p & 0xC0) != 0x80) {
            current++;
        }
    }
    return lines;
}

static lxw_color_t hex(const char *text) { return (lxw_color_t)strtol(text, NULL, 16); }

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: xlsx_cells CELLS.tsv OUT.xlsx\n");
        return 64;
    }
    FILE *input = fopen(argv[1], "r");
    if (!input) { perror(argv[1]); return 1; }
    char *line = NULL, *fields[MAX_FIELDS];
    size_t capacity = 0;
    double widths[MAX_FIELDS];
    int columns = 0;
    long rows = 0;
    /* First pass: widths and the number of rows. */
    while (getline(&line, &capacity, input) > 0) {
        int count = split(line, fields);
        if (line[0] == 'H') {
            columns = count - 1;
            for (int c = 0; c < columns; c++) widths[c] = longest_line(fields[c + 1]) * 0.9 + 2;
        } else if (line[0] == 'R') {
            rows++;
            for (int c = 0; c + 1 < count && c < columns; c++) {
                double width = longest_line(fields[c + 1]) + 2;
                if (width > widths[c]) widths[c] = width;
            }
        }
    }
    for (int c = 0; c < columns; c++) widths[c] = fmin(55, fmax(10, round(widths[c])));

    lxw_workbook_options options = {.constant_memory = rows > THRESHOLD ? LXW_TRUE : LXW_FALSE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_doc_properties properties = {.title = "Arbejdsplan", .subject = "Benchmark", .author = "aftale-bench",
                                     .company = "aftale-bench", .comments = "raw C baseline", .created = 1696118400};
    workbook_set_properties(workbook, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Arbejdsplan 2023");

    lxw_format *title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, hex("1F4E79"));
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, hex("A6A6A6"));
    lxw_format *group = workbook_add_format(workbook);
    format_set_bold(group);
    format_set_pattern(group, LXW_PATTERN_SOLID);
    format_set_bg_color(group, hex("D9E2F3"));
    format_set_align(group, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_border_color(text, hex("A6A6A6"));

    for (int c = 0; c < columns; c++) worksheet_set_column(sheet, c, c, widths[c], NULL);
    /* Second pass: the cells. */
    rewind(input);
    lxw_row_t row = 2;
    while (getline(&line, &capacity, input) > 0) {
        char tag = line[0];
        int count = split(line, fields);
        if (tag == 'T') {
            worksheet_set_row(sheet, 0, 24, NULL);
            worksheet_write_string(sheet, 0, 0, fields[1], title);
        } else if (tag == 'H') {
            for (int c = 0; c < columns; c++) worksheet_write_string(sheet, 1, c, fields[c + 1], header);
        } else if (tag == 'G') {
            worksheet_set_row(sheet, row, 20, NULL);
            worksheet_write_string(sheet, row, 0, fields[1], group);
            for (int c = 1; c < columns; c++) worksheet_write_blank(sheet, row, c, group);
            row++;
        } else if (tag == 'R') {
            int lines = 1;
            for (int c = 0; c < columns && c + 1 < count; c++) {
                int per_line = (int)widths[c] - 1;
                int here = wrapped_lines(fields[c + 1], per_line < 1 ? 1 : per_line);
                if (here > lines) lines = here;
            }
            worksheet_set_row(sheet, row, fmin(409, lines * 15.0 + 3), NULL);
            for (int c = 0; c < columns && c + 1 < count; c++) {
                if (fields[c + 1][0]) worksheet_write_string(sheet, row, c, fields[c + 1], text);
                else worksheet_write_blank(sheet, row, c, text);
            }
            row++;
        }
    }
    free(line);
    fclose(input);

    lxw_row_t last = row - 1;
    worksheet_freeze_panes(sheet, 2, 0);
    worksheet_autofilter(sheet, 1, 0, last > 1 ? last : 1, columns - 1);
    if (last >= 2) {
        lxw_col_t status = columns - 1;
        lxw_data_validation validation = {.validate = LXW_VALIDATION_TYPE_LIST, .value_list = statuses};
        worksheet_data_validation_range(sheet, 2, status, last, status, &validation);
        for (int s = 0; statuses[s]; s++) {
            lxw_format *colour = workbook_add_format(workbook);
            format_set_font_color(colour, hex(fonts[s]));
            format_set_pattern(colour, LXW_PATTERN_SOLID);
            format_set_bg_color(colour, hex(fills[s]));
            char quoted[64];
            snprintf(quoted, sizeof quoted, "\"%s\"", statuses[s]);
            lxw_conditional_format rule = {.type = LXW_CONDITIONAL_TYPE_CELL,
                                           .criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO,
                                           .value_string = quoted, .format = colour};
            worksheet_conditional_format_range(sheet, 2, status, last, status, &rule);
        }
    }
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75);
    worksheet_repeat_rows(sheet, 1, 1);
    lxw_header_footer_options margin = {.margin = 0.3};
    worksheet_set_header_opt(sheet, "&C&\"-,Bold\"Arbejdsplan", &margin);
    worksheet_set_footer_opt(sheet, "&LSundhedsaftalen i Region Midtjylland&RSide &P af &N", &margin);
    lxw_error error = workbook_close(workbook);
    if (error) {
        fprintf(stderr, "xlsx_cells: %s\n", lxw_strerror(error));
        return 1;
    }
    return 0;
}

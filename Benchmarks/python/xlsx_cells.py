#!/usr/bin/env python3
"""The Python baseline of aftale-bench for XLSX: the same cells, look and rules as
Benchmarks/c/xlsx_cells.c, written with XlsxWriter (pip install XlsxWriter).

    python3 xlsx_cells.py CELLS.tsv OUT.xlsx

Reads the cells file twice (widths first) and uses constant_memory above 50,000 rows.
"""
import math
import sys

import xlsxwriter

THRESHOLD = 50_000
STATUSES = ["Ikke igangsat", "Under udarbejdelse", "I høring", "Godkendt", "Under implementering",
            "Implementeret", "Evalueret", "Pauseret", "Afsluttet", "Udgået"]
FILLS = ["#EDEDED", "#FFF2CC", "#FCE4D6", "#DDEBF7", "#E2EFDA", "#C6EFCE", "#A9D08E", "#FFC7CE", "#D9D9D9", "#BFBFBF"]
FONTS = ["#3A3A3A", "#7F6000", "#833C0B", "#1F4E79", "#375623", "#006100", "#1E4620", "#9C0006", "#262626", "#262626"]
ESCAPES = {"t": "\t", "n": "\n"}


def unescape(field):
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field):
            out.append(ESCAPES.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def lines(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            yield parts[0], [unescape(part) for part in parts[1:]]


def longest_line(text):
    return max((len(part) for part in text.split("\n")), default=0)


def main(source, target):
    widths, rows = [], 0
    for tag, fields in lines(source):
        if tag == "H":
            widths = [longest_line(heading) * 0.9 + 2 for heading in fields]
        elif tag == "R":
            rows += 1
            for column, cell in enumerate(fields[:len(widths)]):
                widths[column] = max(widths[column], longest_line(cell) + 2)
    widths = [min(55.0, max(10.0, float(math.floor(width + 0.5)))) for width in widths]
    columns = len(widths)

    workbook = xlsxwriter.Workbook(target, {"constant_memory": rows > THRESHOLD})
    workbook.set_properties({"title": "Arbejdsplan", "subject": "Benchmark", "author": "aftale-bench",
                             "company": "aftale-bench", "comments": "Python XlsxWriter baseline"})
    sheet = workbook.add_worksheet("Arbejdsplan 2023")
    title = workbook.add_format({"bold": True, "font_size": 14})
    header = workbook.add_format({"bold": True, "font_color": "white", "bg_color": "#1F4E79", "pattern": 1,
                                  "text_wrap": True, "valign": "top", "border": 1, "border_color": "#A6A6A6"})
    group = workbook.add_format({"bold": True, "bg_color": "#D9E2F3", "pattern": 1, "valign": "vcenter"})
    text = workbook.add_format({"text_wrap": True, "valign": "top", "border": 1, "border_color": "#A6A6A6"})
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)

    row = 2
    for tag, fields in lines(source):
        if tag == "T":
            sheet.set_row(0, 24)
            sheet.write_string(0, 0, fields[0], title)
        elif tag == "H":
            for column, heading in enumerate(fields):
                sheet.write_string(1, column, heading, header)
        elif tag == "G":
            sheet.set_row(row, 20)
            sheet.write_string(row, 0, fields[0], group)
            for column in range(1, columns):
                sheet.write_blank(row, column, None, group)
            row += 1
        elif tag == "R":
            height = 1
            for column, cell in enumerate(fields[:columns]):
                per_line = max(1, int(widths[column]) - 1)
                count = sum(max(1, (len(part) + per_line - 1) // per_line) for part in cell.split("\n"))
                height = max(height, count)
            sheet.set_row(row, min(409, height * 15 + 3))
            for column, cell in enumerate(fields[:columns]):
                if cell:
                    sheet.write_string(row, column, cell, text)
                else:
                    sheet.write_blank(row, column, None, text)
            row += 1

    last = row - 1
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, max(1, last), columns - 1)
    if last >= 2:
        status = columns - 1
        sheet.data_validation(2, status, last, status, {"validate": "list", "source": STATUSES})
        for label, fill, font in zip(STATUSES, FILLS, FONTS):
            colour = workbook.add_format({"font_color": font, "bg_color": fill, "pattern": 1})
            sheet.conditional_format(2, status, last, status, {"type": "cell", "criteria": "equal to",
                                                               "value": '"%s"' % label, "format": colour})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(0.5, 0.5, 0.75, 0.75)
    sheet.repeat_rows(1)
    sheet.set_header('&C&"-,Bold"Arbejdsplan', {"margin": 0.3})
    sheet.set_footer("&LSundhedsaftalen i Region Midtjylland&RSide &P af &N", {"margin": 0.3})
    workbook.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: xlsx_cells.py CELLS.tsv OUT.xlsx")
    main(sys.argv[1], sys.argv[2])

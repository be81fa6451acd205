#!/usr/bin/python3
"""Reads an XLSX back with openpyxl and prints what a spreadsheet sees, as JSON:
{"sheet", "freeze", "autofilter", "widths": {"A": 12.0}, "rows": [[{"value", "type", "date",
"format", "bold"} or null, ...], ...]}. type is openpyxl's data_type: n number, s string, d date,
b boolean; dates are printed ISO."""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    if cell.value is None:
        return None
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        value = value.isoformat()
    return {"value": value, "type": cell.data_type, "date": cell.is_date,
            "format": cell.number_format, "bold": bool(cell.font and cell.font.b)}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book.worksheets[0]
    out = {
        "sheet": sheet.title,
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "widths": {k: v.width for k, v in sheet.column_dimensions.items() if v.width},
        "rows": [[cell_json(c) for c in row] for row in sheet.iter_rows()],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
